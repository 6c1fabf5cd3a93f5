import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport, replaceRow } from '../support/reports';

describe('not-a-number', () => {
	test('Should accept numbers', () => assert.deepEqual(findings(makeReport(), 'not-a-number'), []));

	for (const placeholder of ['-', '/', '—', '无']) {
		test(`Should replace the placeholder ${placeholder} with 0 and touch nothing else`, () => {
			const text = replaceRow(makeReport(), '二、上年结转', `二、上年结转政府信息公开申请数量\t0\t${placeholder}\t0\t0\t0\t0\t0`);
			const [f] = findings(text, 'not-a-number');
			assert.equal(f.text, placeholder);
			const fixed = applyFix(text, f.diagnostic.fixes[0]);
			assert.ok(fixed.includes('二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n'));
			assert.equal(fixed.length, text.length - placeholder.length + 1);
		});
	}

	test('Should report other text without a fix', () => {
		const text = replaceRow(makeReport(), '二、上年结转', '二、上年结转政府信息公开申请数量\t0\tabc\t0\t0\t0\t0\t0');
		const [f] = findings(text, 'not-a-number');
		assert.equal(f.diagnostic.fixes.length, 0);
		assert.deepEqual(findings(text, 'row-total'), []);
	});
});
