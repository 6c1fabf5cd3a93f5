import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport, replaceRow } from '../support/reports';

describe('cell-count', () => {
	test('Should accept rows with exactly their cells', () => assert.deepEqual(findings(makeReport(), 'cell-count'), []));

	test('Should report a row with a cell too many, at the extra cell', () => {
		const text = replaceRow(makeReport(), '二、上年结转', '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t9');
		const [f] = findings(text, 'cell-count');
		assert.equal(f.text, '9');
		assert.match(f.message, /有 8 个数据单元格，应为 7 个/);
	});

	test('Should report a row with a cell too few, and leave its relations unchecked', () => {
		const text = replaceRow(makeReport(), '二、上年结转', '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0');
		const found = findings(text);
		assert.deepEqual(found.map((f) => f.code), ['cell-count']);
	});
});
