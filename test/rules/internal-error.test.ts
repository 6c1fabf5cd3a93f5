import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/engine/config';
import { defineRule } from '../../server/src/engine/rules/rule';
import { readModel } from '../../server/src/engine/readModel';
import { ruleContext, runRules, INTERNAL_ERROR } from '../../server/src/engine/run';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { makeReport } from '../support/reports';

describe('A rule that throws', () => {
	test('Should become a visible internal-error diagnostic naming the rule, and leave the other rules running', () => {
		const text = makeReport();
		const lines = new LineIndex(text);
		const model = readModel(text, lines);
		const broken = defineRule({ id: 'broken-rule', defaultSeverity: 'error', description: { zh: '坏', en: 'broken' }, check: () => { throw new Error('boom'); } });
		const fine = defineRule({ id: 'fine-rule', defaultSeverity: 'info', description: { zh: '好', en: 'fine' }, check: () => [{ span: { start: 0, end: 1 }, message: { zh: '好', en: 'fine' } }] });
		const found = runRules(text, model, lines, EMPTY_CONFIG, ruleContext(text, model, lines), [broken, fine]);
		assert.deepEqual(found.map((d) => d.code).sort(), ['fine-rule', INTERNAL_ERROR]);
		const error = found.find((d) => d.code === INTERNAL_ERROR);
		assert.ok(error && error.message.zh.includes('broken-rule') && error.message.en.includes('boom'));
	});

	test('Should stay silent when no rule throws', () => {
		const text = makeReport();
		const lines = new LineIndex(text);
		const model = readModel(text, lines);
		assert.ok(runRules(text, model, lines, EMPTY_CONFIG).every((d) => d.code !== INTERNAL_ERROR));
	});
});
