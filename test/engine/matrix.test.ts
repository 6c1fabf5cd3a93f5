import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ActiveBlock, Row } from '../../server/src/engine/index';
import { analyze, allTextCorpus } from '../support/fixtures';
import { dropsBlanks, renderReport, SHAPES, tablesOf, type Shape, type TableRow } from '../support/shapes';

/**
 * The shape matrix: the tables of every corpus report, as the reader reads them, rendered into every
 * layout real reports arrive in, must read back cell-identical. Where a layout drops blank cells, a row
 * with some blank cells cannot be placed and must be reported as such (never read with shifted values);
 * a row with no value at all is blank.
 */
const reports = allTextCorpus()
	.map(({ name, text }) => ({ name, tables: tablesOf(analyze(text)) }))
	.filter((r) => r.tables.active.length > 0 || r.tables.requests.length > 0 || r.tables.appeals !== null);

function expectation(row: TableRow, shape: Shape): 'read' | 'unplaced' {
	return dropsBlanks(shape) && row.cells.some((c) => c === '') && row.cells.some((c) => c !== '') ? 'unplaced' : 'read';
}

/**
 * Every expected row is read with its cells, or, where the layout made it uncertain, not read and named as
 * not placed; the rows not placed are exactly those.
 */
function assertReadBack(rows: readonly Row[], notPlaced: readonly { readonly keys: readonly string[] }[], expected: readonly TableRow[], shape: Shape): void {
	const unplaced = new Set(notPlaced.flatMap((u) => u.keys));
	for (const row of expected) {
		const got = rows.find((x) => x.key === row.key);
		if (expectation(row, shape) === 'unplaced') {
			assert.equal(got, undefined, `${row.key} must not be read`);
			assert.ok(unplaced.has(row.key), `${row.key} reported as not placed`);
		} else {
			assert.ok(got, `${row.key} read`);
			assert.deepEqual(got.cells.map((c) => c.text), row.cells, row.key);
		}
	}
	assert.deepEqual([...unplaced].sort(), expected.filter((x) => expectation(x, shape) === 'unplaced').map((x) => x.key).sort());
}

describe('Shape matrix', () => {
	test('Should have corpus tables to render', () => assert.ok(reports.length >= 5, reports.map((r) => r.name).join(', ')));

	for (const { name, tables } of reports) {
		for (const shape of SHAPES) {
			test(`Should read ${name} back cell-identical as ${shape}`, () => {
				const text = renderReport(tables, shape);
				const r = analyze(text);
				const expected = tables.active.flatMap((b) => b.rows);
				if (expected.length > 0) {
					const t = r.tables.active;
					assert.ok(t, 'table 二 found');
					assertReadBack(t.rows, t.unplaced, expected, shape);
					// Each cell is named by its own block's header.
					for (const block of tables.active) {
						const mine: ActiveBlock | undefined = t.blocks.find((b) => b.key === block.key);
						if (mine && mine.rows.length > 0) for (const row of mine.rows) assert.deepEqual(row.cells.map((c) => c.column), mine.columns, `${block.key} columns`);
					}
				}
				const t = r.tables.requests;
				if (tables.requests.length > 0) {
					assert.ok(t, 'table 三 found');
					assertReadBack(t.rows, t.unplaced, tables.requests, shape);
				}
				if (tables.appeals) {
					const a = r.tables.appeals;
					assert.ok(a, 'table 四 found');
					if (expectation(tables.appeals, shape) === 'unplaced') assert.equal(a.rows.length, 0);
					else assert.deepEqual(a.rows[0]?.cells.map((c) => c.text), tables.appeals.cells);
				}
			});
		}
	}
});

describe('A report with most rows readable gets all its checks', () => {
	test('Should check every relation whose cells were read where one row of 002 cannot be placed, and name only that row', () => {
		const taonan = reports.find((r) => r.name.startsWith('002'));
		assert.ok(taonan);
		const text = renderReport(taonan.tables, 'paragraphs');
		// Drop one cell of 1.属于国家秘密 (a blank paragraph that vanished): that row alone becomes uncertain.
		const at = text.indexOf('1.属于国家秘密');
		const cut = text.slice(0, at) + text.slice(at).replace('\n\n0\n\n', '\n\n');
		const r = analyze(cut);
		const t = r.tables.requests!;
		assert.deepEqual(t.unplaced.map((u) => u.keys), [['denied.stateSecret']]);
		assert.equal(t.rows.length, taonan.tables.requests.length - 1);
		// 002's real defect, 一 + 二 = （七） + 四 broken in the 自然人 and 总计 columns, is still found.
		const codes = r.diagnostics.map((d) => d.code);
		assert.equal(codes.filter((c) => c === 'balance').length, 2);
		assert.equal(codes.filter((c) => c === 'unparsed-table').length, 1);
		assert.match(r.diagnostics.find((d) => d.code === 'unparsed-table')!.message.zh, /1\.属于国家秘密/);
	});
});
