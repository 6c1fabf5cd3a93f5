import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { REQUEST_ROWS, APPEAL_CELLS } from '../../server/src/engine/format/tables';
import { compatibleSafeFixes, fixAll } from '../../server/src/engine/features/fixAll';
import { relationsOf, statusOf } from '../../server/src/engine/arithmetic/relations';
import type { Cell, Diagnostic, Report, Row, Table } from '../../server/src/engine/index';
import { analyze, CORPUS, corpusText } from '../support/fixtures';
import { applyFix, makeReport } from '../support/reports';

const ARITHMETIC = new Set(['row-total', 'result-total', 'balance', 'appeal-total']);
const TABLED = [CORPUS.suiling, CORPUS.taonan, CORPUS.linkou].map((name) => ({ name, text: corpusText(name) }));

function numericCells(report: Report): Cell[] {
	return Object.values(report.tables).flatMap((t: Table | null) => (t ? t.rows.flatMap((r: Row) => r.cells.filter((c) => c.kind === 'number' && c.columnKind === 'count')) : []));
}

/** A corpus text with a few of its count cells changed. */
const mutated = fc.tuple(fc.nat({ max: TABLED.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 3 })).map(([which, changes]) => {
	let text = TABLED[which].text;
	for (const [pick, value] of changes) {
		const cells = numericCells(analyze(text));
		const c = cells[pick % cells.length];
		text = text.slice(0, c.span.start) + String(value) + text.slice(c.span.end);
	}
	return text;
});

function errorCounts(diagnostics: readonly Diagnostic[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const d of diagnostics) if (d.severity === 'error') m.set(d.code, (m.get(d.code) ?? 0) + 1);
	return m;
}

/** The relations of SPEC §2.5 that fail, by kind and place (row, column or group). */
function failingRelations(report: Report): Set<string> {
	return new Set(relationsOf(report.tables).relations.filter((r) => statusOf(r) === 'fails').map((r) => `${r.kind}:${r.where}:${r.target.cell.column}`));
}

/**
 * Every fix removes its own diagnostic (the same rule saying the same thing; positions may shift) and adds
 * no error: no relation that held fails afterwards, and no other error appears. Which failures a single
 * wrong cell explains may regroup when one of several errors is fixed; that is not a new error.
 */
function checkFixes(text: string): void {
	const report = analyze(text);
	const before = report.diagnostics;
	const beforeErrors = errorCounts(before.filter((d) => !ARITHMETIC.has(d.code)));
	const beforeFailing = failingRelations(report);
	for (const d of before) {
		for (const fix of d.fixes) {
			const afterReport = analyze(applyFix(text, fix));
			const after = afterReport.diagnostics;
			assert.ok(!after.some((x) => x.code === d.code && x.message.zh === d.message.zh), `${d.code}: “${fix.title.zh}” removes its diagnostic`);
			for (const [code, n] of errorCounts(after.filter((x) => !ARITHMETIC.has(x.code)))) {
				if (code !== d.code) assert.ok(n <= (beforeErrors.get(code) ?? 0), `${d.code}: “${fix.title.zh}” adds a ${code} error`);
			}
			for (const r of failingRelations(afterReport)) assert.ok(beforeFailing.has(r), `${d.code}: “${fix.title.zh}” breaks ${r}`);
		}
	}
}

describe('Properties of the fixes', () => {
	test('Should remove its own diagnostic and add no error, for every fix on the corpus', () => {
		for (const name of Object.values(CORPUS)) checkFixes(corpusText(name));
	});

	test('Should remove its own diagnostic and add no error, for every fix on random numeric mutations of the corpus tables', () => {
		fc.assert(fc.property(mutated, checkFixes), { numRuns: 150 });
	});

	test('Should reach a fixed point with fix-all, with no safe fix left', () => {
		fc.assert(
			fc.property(mutated, (text) => {
				const fixed = fixAll(text, analyze).text;
				assert.deepEqual(compatibleSafeFixes(analyze(fixed).diagnostics), []);
				assert.equal(fixAll(fixed, analyze).text, fixed);
			}),
			{ numRuns: 40 },
		);
	});

	test('Should never report arithmetic on a consistent table', () => {
		const results = REQUEST_ROWS.filter((r) => r.role === 'result' && r.versions.includes('2021'));
		const count = fc.integer({ min: 0, max: 50 });
		fc.assert(
			fc.property(
				fc.array(fc.array(count, { minLength: 6, maxLength: 6 }), { minLength: results.length, maxLength: results.length }),
				fc.array(count, { minLength: 6, maxLength: 6 }), fc.array(count, { minLength: 6, maxLength: 6 }),
				fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
				fc.constantFrom('tsv' as const, 'markdown' as const, 'cells' as const),
				(resultValues, carriedOver, carriedForward, appealGroups, style) => {
					const withTotal = (v: number[]) => [...v, v.reduce((a, b) => a + b, 0)];
					const rows: Record<string, number[]> = {};
					results.forEach((r, k) => (rows[r.key] = withTotal(resultValues[k])));
					const resultTotal = [0, 1, 2, 3, 4, 5].map((c) => resultValues.reduce((a, v) => a + v[c], 0));
					rows.resultTotal = withTotal(resultTotal);
					rows.carriedOver = withTotal(carriedOver);
					rows.carriedForward = withTotal(carriedForward);
					// 一 = （七）+ 四 − 二, made non-negative by raising 四 where needed.
					const newRequests = resultTotal.map((r, c) => r + carriedForward[c] - carriedOver[c]);
					newRequests.forEach((n, c) => {
						if (n < 0) {
							carriedForward[c] -= n;
							newRequests[c] = 0;
						}
					});
					rows.carriedForward = withTotal(carriedForward);
					rows.newRequests = withTotal(newRequests);
					const appeals = appealGroups.flatMap((g) => withTotal(g));
					assert.equal(appeals.length, APPEAL_CELLS.length);
					const codes = analyze(makeReport({ rows, appeals, style })).diagnostics.map((d) => d.code);
					assert.deepEqual(codes.filter((c) => ARITHMETIC.has(c)), []);
				},
			),
			{ numRuns: 60 },
		);
	});
});
