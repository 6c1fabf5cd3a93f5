/**
 * Properties of fix-all over the corpus and random mutations of it (issue 11): (a) every character outside
 * the spans the applied fixes name survives, in order, and a replaced span is a cell that holds no typed
 * number (blank or a placeholder) or the words of a heading; (b) fixing twice is fixing once; (c) fix-all never increases the findings. `NIANBAO_PROPERTY_RUNS` runs more cases (the default keeps the
 * suite fast).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fixAll, type AppliedFix } from '../../server/src/engine/features/fixAll';
import { read, type Span } from '../../server/src/engine/index';
import { analyze } from '../support/fixtures';
import { mutated, TEXTS } from './mutations';
import { assertNamed, nameableSpans } from './spans';

const RUNS = Number(process.env.NIANBAO_PROPERTY_RUNS ?? 60);

/**
 * Replays the passes edit by edit, as spans and slices only: the result must be fix-all's text, so
 * nothing outside the named spans changed and what survives keeps its order; and each replaced span
 * must be one a fix may name.
 */
function checkNamedSpans(original: string, passes: readonly (readonly AppliedFix[])[], fixed: string): void {
	let text = original;
	for (const pass of passes) {
		const model = read(text);
		const nameable = nameableSpans(model);
		const edits = pass.flatMap((f) => f.edits.map((e) => ({ ...e, code: f.code }))).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
		const out: string[] = [];
		let at = 0;
		let previous: (typeof edits)[number] | null = null;
		for (const e of edits) {
			// Disjoint, and no two rules inserting at one place (their order would be a guess); insertions of
			// one rule at one place keep the order it gave them, and an insertion goes before a replacement there.
			const inserts = (x: { span: Span }) => x.span.start === x.span.end;
			const clash = e.span.start < at || (previous !== null && previous.span.start === e.span.start && inserts(previous) && inserts(e) && previous.code !== e.code);
			assert.ok(!clash, `${e.code}: edits of one pass overlap`);
			previous = e;
			if (e.span.end > e.span.start) {
				// Fix-all applies safe fixes only, and a safe fix never overwrites a number the user typed.
				assertNamed(text, nameable, e, true);
			}
			out.push(text.slice(at, e.span.start), e.newText);
			at = e.span.end;
		}
		out.push(text.slice(at));
		text = out.join('');
	}
	assert.equal(text, fixed, 'fix-all changed text outside the edits it reports');
}

function checkFixAll(text: string): void {
	const before = analyze(text).diagnostics.length;
	const once = fixAll(text, analyze);
	checkNamedSpans(text, once.passes, once.text);
	assert.equal(fixAll(once.text, analyze).text, once.text, 'a second fix-all changed the text');
	assert.ok(analyze(once.text).diagnostics.length <= before, 'fix-all increased the findings');
}

describe('Properties of fix-all (issue 11)', () => {
	test('Should keep every character outside the named spans, reach a fixed point and reduce the findings, on every corpus text', () => {
		for (const text of TEXTS) checkFixAll(text);
	});

	test('Should keep every character outside the named spans, reach a fixed point and reduce the findings, on random mutations of the corpus', () => {
		fc.assert(fc.property(mutated, checkFixAll), { numRuns: RUNS });
	});
});
