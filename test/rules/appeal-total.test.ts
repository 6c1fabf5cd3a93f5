import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze } from '../support/fixtures';

describe('appeal-total', () => {
	test('Should accept groups whose totals add up', () => assert.deepEqual(findings(makeReport({ appeals: [1, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2] }), 'appeal-total'), []));

	test('Should report a wrong group total and set it to the sum', () => {
		const text = makeReport({ appeals: [1, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
		const [f] = findings(text, 'appeal-total');
		assert.match(f.message, /行政复议·总计 为 2，但各项之和为 1 \+ 1 \+ 0 \+ 1 = 3/);
		assert.deepEqual(analyze(applyFix(text, f.diagnostic.fixes[0])).diagnostics, []);
	});
});
