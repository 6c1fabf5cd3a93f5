import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings } from '../support/reports';
import { withProse } from '../support/prose';

/** makeReport writes a 2023 report. */
const found = (prose: string, heading = '（一）主动公开'): string[] => findings(withProse(prose, {}, heading), 'wrong-year').map((f) => f.text);

describe('wrong-year', () => {
	test('Should report a sentence that opens with another year, at the year', () => {
		const [f] = findings(withProse('2022年，我局认真贯彻落实《条例》。', {}, '（一）主动公开'), 'wrong-year');
		assert.equal(f.text, '2022年');
		assert.equal(f.severity, 'warning');
		assert.match(f.message, /2022.*2023/);
		assert.deepEqual(found('（一）2022 年以来，全局主动公开信息 30 条。'), ['2022 年']);
		assert.deepEqual(found('二〇二二年，我局认真贯彻落实《条例》。'), ['二〇二二年']);
	});

	test('Should report a statistics period in another year', () => {
		assert.deepEqual(found('本报告所列数据统计期限从2022年1月1日至2022年12月31日止。'), ['2022年', '2022年']);
		assert.deepEqual(found('统计周期为 2022 年 1 月 1 日至 12 月 31 日。'), ['2022 年']);
		assert.deepEqual(found('统计期限从2023年1月1日至2023年12月31日止。'), []);
	});

	test('Should accept the reporting year, titles, document numbers, dates and years inside a sentence', () => {
		assert.deepEqual(found('2023年，我局认真贯彻落实《条例》。'), []);
		assert.deepEqual(found('按照《2022年政务公开工作要点》（国办发〔2022〕8号）要求开展工作。'), []);
		assert.deepEqual(found('2022年12月，我局完成了网站改版。'), []);
		assert.deepEqual(found('我局公开了2022年度部门决算。'), []);
	});

	test('Should accept comparisons with last year, plans for next year and last year’s problems in section 五', () => {
		assert.deepEqual(found('2022年，我局共公开信息 20 条，今年较上年增长 50%。'), []);
		assert.deepEqual(found('2024年，我局将继续深化政务公开。'), []);
		assert.deepEqual(found('2022年，我局网站栏目更新不及时。', '五、存在的主要问题及改进情况'), []);
	});
});
