import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport } from '../support/reports';

describe('published-exceeds-total', () => {
	test('Should report 本年新公开数量 above 对外公开总数量, at the first, with the second as related', () => {
		const [f, ...rest] = findings(makeReport({ version: '2019', rows: { normativeDocuments: [6, 9, 8] } }), 'published-exceeds-total');
		assert.equal(rest.length, 0);
		assert.equal(f.text, '9');
		assert.equal(f.severity, 'warning');
		assert.match(f.message, /9.*8/);
		assert.equal(f.diagnostic.related.length, 1);
	});

	test('Should accept equal and smaller counts', () => {
		assert.deepEqual(findings(makeReport({ version: '2019', rows: { normativeDocuments: [6, 6, 48], regulations: [1, 1, 1] } }), 'published-exceeds-total'), []);
	});

	test('Should not apply to the 2021 columns', () => {
		assert.deepEqual(findings(makeReport({ version: '2021', rows: { normativeDocuments: [6, 9, 8] } }), 'published-exceeds-total'), []);
	});
});
