import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport } from '../support/reports';
import { withEmptySection, withProse } from '../support/prose';

const SIX = '六、其他需要报告的事项';
const found = (prose: string): string[] => findings(withProse(prose, {}, SIX), 'missing-fee-report').map((f) => f.text);

describe('missing-fee-report', () => {
	test('Should report section 六 of a 2021-format report silent on fees, at its heading', () => {
		const [f] = findings(withProse('本年度无其他需要报告的事项。', {}, SIX), 'missing-fee-report');
		assert.equal(f.text, SIX);
		assert.equal(f.severity, 'info');
		assert.match(f.message, /信息处理费/);
		assert.deepEqual(findings(withEmptySection('六', {}, '（文字描述）\n'), 'missing-fee-report').map((x) => x.text), [SIX]);
		assert.deepEqual(findings(withEmptySection('六'), 'missing-fee-report'), [], 'a blank section is left to the drafter');
		assert.deepEqual(findings(makeReport(), 'missing-fee-report'), []);
	});

	test('Should accept any statement on fees, charged or not', () => {
		assert.deepEqual(found('本年度未收取信息处理费。'), []);
		assert.deepEqual(found('2023 年，本机关未发生政府信息公开收费事项。'), []);
		assert.deepEqual(found('收取信息处理费共计 380 元。'), []);
	});

	test('Should not apply to the 2019 format', () => {
		assert.deepEqual(findings(withEmptySection('六', { version: '2019' }, '无。\n'), 'missing-fee-report'), []);
	});
});
