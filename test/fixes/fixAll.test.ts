import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, compatibleSafeFixes, fixAll } from '../../server/src/engine/features/fixAll';
import type { Diagnostic, Fix, TextEdit } from '../../server/src/engine/index';

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

	test('Should choose fixes that do not touch each other, an insertion and a replacement at one place included', () => {
		const fixes = compatibleSafeFixes([
			finding('a', 'a', [{ span: { start: 2, end: 4 }, newText: 'A' }]),
			finding('b', 'b', [{ span: { start: 3, end: 5 }, newText: 'B' }]),
			finding('c', 'c', [{ span: { start: 2, end: 2 }, newText: 'C' }]),
			finding('d', 'd', [{ span: { start: 4, end: 4 }, newText: 'D' }]),
			finding('e', 'e', [{ span: { start: 0, end: 1 }, newText: 'E' }]),
			finding('f', 'f', [{ span: { start: 0, end: 1 }, newText: 'E' }]),
		]);
		assert.deepEqual(fixes.map((f) => f.title.zh), ['a', 'd', 'e']);
		assert.equal(applyEdits('012345', fixes.flatMap((f) => f.edits)), 'E1AD45');
	});
});
