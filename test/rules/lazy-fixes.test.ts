import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/engine/config';
import { defineRule, lazyFixes } from '../../server/src/engine/rules/rule';
import { readModel } from '../../server/src/engine/readModel';
import { ruleContext, runRules } from '../../server/src/engine/run';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { makeReport } from '../support/reports';

describe('Fixes built on first use', () => {
	const text = makeReport();
	const lines = new LineIndex(text);
	const model = readModel(text, lines);
	const message = { zh: '懒', en: 'lazy' };

	test('Should build a lazy fix only when asked for, once, with its spans clamped into the document', () => {
		let built = 0;
		const rule = defineRule({
			id: 'lazy-rule', defaultSeverity: 'info', description: message,
			check: () => [lazyFixes({ span: { start: 0, end: 1 }, message }, () => {
				built++;
				return [{ title: message, edits: [{ span: { start: 0, end: text.length + 10 }, newText: 'x' }], safe: true }];
			})],
		});
		const [d] = runRules(text, model, lines, EMPTY_CONFIG, ruleContext(text, model, lines), [rule]);
		assert.equal(built, 0);
		assert.deepEqual(d.fixes[0].edits[0].span, { start: 0, end: text.length });
		assert.equal(d.fixes, d.fixes);
		assert.equal(built, 1);
		// Serialised (the command line's JSON), the fixes are there like any other field.
		assert.equal(JSON.parse(JSON.stringify(d)).fixes[0].edits[0].newText, 'x');
	});

	test('Should keep the finding, without fixes, when building its fixes throws', () => {
		const rule = defineRule({
			id: 'lazy-broken', defaultSeverity: 'info', description: message,
			check: () => [lazyFixes({ span: { start: 0, end: 1 }, message }, () => { throw new Error('boom'); })],
		});
		const [d] = runRules(text, model, lines, EMPTY_CONFIG, ruleContext(text, model, lines), [rule]);
		assert.equal(d.code, 'lazy-broken');
		assert.deepEqual(d.fixes, []);
	});
});
