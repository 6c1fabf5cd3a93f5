import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings } from '../support/reports';
import { withProse } from '../support/prose';

const found = (prose: string): string[] => findings(withProse(prose, {}, '（一）主动公开'), 'repeated-word').map((f) => f.text);

describe('repeated-word', () => {
	test('Should report a word written twice, at the second copy', () => {
		const [f] = findings(withProse('公开了2023年上海市科技计划资金资金分配结果信息。', {}, '（一）主动公开'), 'repeated-word');
		assert.equal(f.text, '资金');
		assert.equal(f.severity, 'info');
		assert.match(f.message, /资金资金/);
	});

	test('Should find a word doubled across a hard line break', () => {
		assert.deepEqual(found('为此，我局认真落实政府信息\n公开工作要求。'), []);
		assert.deepEqual(found('为此，我局认真落实政府信息公开\n公开工作要求。'), ['公开']);
	});

	test('Should accept single characters doubled, numerals and verbs doubled on purpose', () => {
		assert.deepEqual(found('人人参与，常常检查，天天更新，年年考核，个个过关，看看成效。'), []);
		assert.deepEqual(found('二〇二〇年，我局一步一步推进，一个一个落实。'), []);
		assert.deepEqual(found('这个问题要研究研究。'), []);
	});

	test('Should ignore lines without punctuation, such as the header debris of a flattened table', () => {
		assert.deepEqual(found('总计总计\n维持纠正结果审结维持纠正结果审结'), []);
		assert.deepEqual(found('总计结果结果其他尚未\n注：行政复议、行政诉讼数量含上年度结转数量。'), []);
	});
});
