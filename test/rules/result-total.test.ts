import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings } from '../support/reports';
import { analyze, corpusText, CORPUS } from '../support/fixtures';

describe('result-total', () => {
	test('Should point at （七）总计 of 002 in the 自然人 and 总计 columns, with no row-total', () => {
		const text = corpusText(CORPUS.taonan);
		const found = findings(text, 'result-total');
		assert.deepEqual(found.map((f) => [f.line, f.text]), [[344, '0'], [350, '0']]);
		assert.match(found[0].message, /（七）总计·自然人 为 0，但各项办理结果之和为 1（（三）不予公开4\.保护第三方合法权益·自然人 1）/);
		assert.deepEqual(findings(text, 'row-total'), []);
	});

	test('Should repair both columns at once, which also restores the balance', () => {
		const text = corpusText(CORPUS.taonan);
		const [f] = findings(text, 'result-total');
		const fixed = applyFix(text, f.diagnostic.fixes[0]);
		const lines = fixed.split('\n');
		assert.equal(lines[343], '\t1');
		assert.equal(lines[349], '\t1');
		assert.deepEqual(analyze(fixed).diagnostics.map((d) => d.code), ['missing-title', 'missing-rectification', 'missing-fee-report']);
		assert.equal(fixed.length, text.length);
	});
});
