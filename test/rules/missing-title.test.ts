import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport } from '../support/reports';
import { corpusText, CORPUS } from '../support/fixtures';

describe('missing-title', () => {
	test('Should accept a title naming the body and the year', () => assert.deepEqual(findings(makeReport(), 'missing-title'), []));

	test('Should fire on 002, which starts with its prose', () => {
		const [f] = findings(corpusText(CORPUS.taonan), 'missing-title');
		assert.equal(f.line, 1);
		assert.equal(f.severity, 'warning');
	});

	test('Should fire when the title leaves out the year', () => {
		const [f] = findings('某某县某某局政府信息公开工作年度报告\n一、总体情况\n', 'missing-title');
		assert.match(f.message, /未写明年度/);
	});
});
