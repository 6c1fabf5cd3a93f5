import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, applyEdits, refactorEdits, refactorsAt } from '../../server/src/engine/index';
import { findings, makeReport } from '../support/reports';
import { analyze, corpusText, CORPUS, LATER_CORPUS } from '../support/fixtures';

describe('legacy-structure', () => {
	test('Should not fire on a report in the unified format', () => assert.deepEqual(findings(makeReport(), 'legacy-structure'), []));

	test('Should fire on 001 at its first heading, and offer the standard skeleton as a refactor, not a quick fix', () => {
		const text = corpusText(CORPUS.yanshi);
		const [f] = findings(text, 'legacy-structure');
		assert.equal(f.line, 9);
		assert.deepEqual(f.diagnostic.fixes, []);
		const a = new Analysis(text);
		const [skeleton] = refactorsAt(a, f.diagnostic.span).filter((r) => r.kind === 'scaffold');
		assert.equal(skeleton.id, 'skeleton');
		assert.deepEqual(refactorsAt(new Analysis(text, { rules: { 'legacy-structure': 'off' } }), f.diagnostic.span).filter((r) => r.kind === 'scaffold'), [], 'none where the rule is off');
		const fixed = applyEdits(text, refactorEdits(a, skeleton.id) ?? []);
		assert.ok(fixed.startsWith(text));
		const r = analyze(fixed);
		assert.ok(r.tables.active && r.tables.requests && r.tables.appeals);
		assert.equal(r.tables.requests.version, '2019');
	});

	test('Should not fire on an excerpt of a renumbered modern outline holding a heading only the unified format uses', () => {
		// 006 numbers section 一's topics as top-level headings; from 一、总体情况 to 二、收到和处理… of table 三, no table read.
		const lines = corpusText(LATER_CORPUS.kewei).split('\n');
		for (const [from, to] of [[0, 30], [15, 95], [40, 96]]) {
			const excerpt = lines.slice(from, to).join('\n');
			assert.deepEqual(findings(excerpt, 'legacy-structure'), [], `lines ${from + 1}–${to}`);
		}
	});

	test('Should not fire on a lone heading numbered differently (五、其他需要报告的事项 as the last section)', () => {
		assert.deepEqual(findings('二〇二五年工作计划如下。\n\n五、其他需要报告的事项\n\n本机关未收取信息处理费。\n', 'legacy-structure'), []);
	});

	test('Should still fire on an excerpt of 001 holding two of its old headings', () => {
		const lines = corpusText(CORPUS.yanshi).split('\n');
		assert.equal(findings(lines.slice(0, 26).join('\n'), 'legacy-structure').length, 1);
	});
});
