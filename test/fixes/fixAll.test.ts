import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, compatibleSafeFixes, fixAll } from '../../server/src/engine/features/fixAll';
import { analyze, type Diagnostic, type Fix, type TextEdit } from '../../server/src/engine/index';

/** A finding with one safe fix, as a rule would report it. */
function finding(code: string, message: string, edits: TextEdit[], safe = true): Diagnostic {
	const fix: Fix = { title: { zh: message, en: message }, edits, safe };
	return { code, severity: 'warning', message: { zh: message, en: message }, span: edits[0]?.span ?? { start: 0, end: 0 }, related: [], fixes: [fix] };
}

/** An analyzer over a toy language: every `x` is a finding whose fix writes `y`, unless the rules say otherwise. */
function toy(extra: (text: string) => Diagnostic[] = () => []) {
	return (text: string) => {
		const diagnostics: Diagnostic[] = [];
		for (let k = text.indexOf('x'); k >= 0; k = text.indexOf('x', k + 1)) diagnostics.push(finding('x', `x at ${k}`, [{ span: { start: k, end: k + 1 }, newText: 'y' }]));
		return { diagnostics: [...diagnostics, ...extra(text)] };
	};
}

describe('Fix-all', () => {
	test('Should apply every safe fix and stop at a fixed point', () => {
		const out = fixAll('axbxc', toy());
		assert.equal(out.text, 'aybyc');
		assert.equal(out.applied, 2);
		assert.equal(fixAll(out.text, toy()).text, out.text);
	});

	test('Should refuse a fix that leaves its own finding, and apply the others', () => {
		// `z` claims a fix that rewrites z as z: its finding never goes away.
		const analyze = toy((text) => (text.includes('z') ? [finding('z', 'z stays', [{ span: { start: text.indexOf('z'), end: text.indexOf('z') + 1 }, newText: 'zz' }])] : []));
		const out = fixAll('xzx', analyze);
		assert.equal(out.text, 'yzy');
		assert.equal(fixAll(out.text, analyze).text, out.text);
	});

	test('Should refuse a fix that adds findings elsewhere, so the count never grows', () => {
		// Writing `w` removes its finding but every `q` it brings is a new one.
		const analyze = toy((text) => {
			const out: Diagnostic[] = [];
			const w = text.indexOf('w');
			if (w >= 0) out.push(finding('w', 'w', [{ span: { start: w, end: w + 1 }, newText: 'qq' }]));
			for (let k = text.indexOf('q'); k >= 0; k = text.indexOf('q', k + 1)) out.push({ ...finding('q', `q at ${k}`, [{ span: { start: k, end: k + 1 }, newText: 'q' }], false) });
			return out;
		});
		const before = analyze('xw').diagnostics.length;
		const out = fixAll('xw', analyze);
		assert.equal(out.text, 'yw');
		assert.ok(analyze(out.text).diagnostics.length <= before);
	});

	test('Should never apply a labelled choice', () => {
		const analyze = (text: string) => ({ diagnostics: text === 'a' ? [finding('c', 'choice', [{ span: { start: 0, end: 1 }, newText: 'b' }], false)] : [] });
		assert.equal(fixAll('a', analyze).text, 'a');
	});

	test('Should report the edits of each pass', () => {
		const out = fixAll('x', toy());
		assert.deepEqual(out.passes, [[{ code: 'x', edits: [{ span: { start: 0, end: 1 }, newText: 'y' }] }]]);
	});

	test('Should choose fixes that do not touch each other, an insertion going before a replacement at its place', () => {
		const fixes = compatibleSafeFixes([
			finding('a', 'a', [{ span: { start: 2, end: 4 }, newText: 'A' }]),
			finding('b', 'b', [{ span: { start: 3, end: 5 }, newText: 'B' }]),
			finding('c', 'c', [{ span: { start: 2, end: 2 }, newText: 'C' }]),
			finding('d', 'd', [{ span: { start: 4, end: 4 }, newText: 'D' }]),
			finding('e', 'e', [{ span: { start: 0, end: 1 }, newText: 'E' }]),
			finding('f', 'f', [{ span: { start: 0, end: 1 }, newText: 'E' }]),
		]);
		assert.deepEqual(fixes.map((f) => f.title.zh), ['a', 'c', 'd', 'e']);
		assert.equal(applyEdits('012345', fixes.flatMap((f) => f.edits)), 'E1CAD45');
	});

	test('Should apply insertions at one place by one rule in its order, and refuse a second rule inserting there', () => {
		const at = { start: 1, end: 1 };
		const fixes = compatibleSafeFixes([
			finding('s', 'one', [{ span: at, newText: '1' }]),
			finding('s', 'three', [{ span: at, newText: '3' }]),
			finding('t', 'other', [{ span: at, newText: 'T' }]),
			finding('s', 'four', [{ span: at, newText: '4' }]),
		]);
		assert.deepEqual(fixes.map((f) => f.title.zh), ['one', 'three', 'four']);
		assert.equal(applyEdits('ab', fixes.flatMap((f) => f.edits)), 'a134b');
	});

	test('Should reach the fixed point with one analysis of the text and one of the result, when the fixes touch nothing in common', () => {
		let analyses = 0;
		const counted = (text: string) => (analyses++, toy()(text));
		const initial = toy()('x.x.x');
		const out = fixAll('x.x.x', counted, undefined, initial);
		assert.equal(out.text, 'y.y.y');
		assert.equal(analyses, 1, 'the caller\'s analysis of the text is used, and the result is read once');
		assert.deepEqual(out.analysis.diagnostics, []);
	});

	test('Should fix a report with repeated, variant headings and missing sections in one pass: the text and the result read once each', () => {
		// The shape of bench/fix.ts: every missing section goes in at one place, before a heading whose words are fixed.
		const text = '五、存在问题及改进情况\n文字。\n二、主动公开政府信息情况\n本年度主动公开信息若干条。\n'.repeat(40);
		let analyses = 0;
		const out = fixAll(text, (t: string) => (analyses++, analyze(t)));
		assert.equal(out.passes.length, 1);
		assert.equal(analyses, 2);
		assert.ok(out.text.startsWith('一、总体情况\n\n三、收到和处理政府信息公开申请情况\n'), out.text.slice(0, 80));
		assert.equal(fixAll(out.text, analyze).text, out.text);
	});
});
