import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport } from '../support/reports';

describe('negative-count', () => {
	test('Should accept a negative 本年增/减', () => assert.deepEqual(findings(makeReport({ version: '2019', rows: { licensing: [10, -3, 20] } }), 'negative-count'), []));

	test('Should report a negative count', () => {
		const [f] = findings(makeReport({ version: '2019', rows: { licensing: [-10, 0, 20] } }), 'negative-count');
		assert.equal(f.text, '-10');
		assert.match(f.message, /不能为负数/);
	});
});
