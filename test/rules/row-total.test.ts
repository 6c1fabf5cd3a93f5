import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze } from '../support/fixtures';

describe('row-total', () => {
	test('Should accept rows whose total is the sum', () => {
		assert.deepEqual(findings(makeReport({ rows: { newRequests: [3, 1, 0, 0, 0, 0, 4], granted: [3, 1, 0, 0, 0, 0, 4], resultTotal: [3, 1, 0, 0, 0, 0, 4] } }), 'row-total'), []);
	});

	test('Should point at a wrong total cell, and set it and the totals built on it to the sums', () => {
		const text = makeReport({ rows: { newRequests: [3, 0, 0, 0, 0, 0, 3], granted: [3, 0, 0, 0, 0, 0, 4], resultTotal: [3, 0, 0, 0, 0, 0, 4] } });
		const found = findings(text, 'row-total');
		assert.equal(found[0].text, '4');
		assert.match(found[0].message, /（一）予以公开·总计 为 4，但各项之和为 3 \+ 0 \+ 0 \+ 0 \+ 0 \+ 0 = 3/);
		const fixed = applyFix(text, found[0].diagnostic.fixes[0]);
		assert.deepEqual(findings(fixed), []);
	});

	test('Should name the one wrong cell that breaks its row total and its column total, once', () => {
		const text = makeReport({ rows: { granted: [5, 0, 0, 0, 0, 0, 0] } });
		const found = findings(text);
		assert.equal(found.length, 1);
		assert.equal(found[0].code, 'row-total');
		assert.equal(found[0].text, '5');
		assert.match(found[0].message, /使 2 处合计不成立.*改为 0 可同时修复/);
		const fixed = applyFix(text, found[0].diagnostic.fixes[0]);
		assert.deepEqual(analyze(fixed).diagnostics, []);
	});
});
