import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, corpusText, CORPUS } from '../support/fixtures';
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

	test('Should stay silent on an excerpt that lost table 二 and the title, whose format is not known (000 and 004 from table 三, 003 from table 四)', () => {
		for (const [name, from] of [[CORPUS.suiling, '三、收到和处理'], [CORPUS.gongxin, '三、收到和处理'], [CORPUS.linkou, '四、政府信息公开行政复议']] as const) {
			const text = corpusText(name);
			const at = text.indexOf(from);
			assert.ok(at > 0, from);
			const excerpt = analyze(text.slice(at));
			assert.equal(excerpt.version, 'unknown', name);
			assert.ok(!excerpt.diagnostics.some((d) => d.code === 'missing-fee-report'), name);
		}
		// A 2021 report's excerpt keeps the finding: its year still tells the format (002 has no fee statement).
		const taonan = corpusText(CORPUS.taonan);
		assert.ok(analyze(taonan.slice(taonan.indexOf('三、收到和处理政府信息公开申请情况'))).diagnostics.some((d) => d.code === 'missing-fee-report'));
	});
});
