import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixAll } from '../../server/src/engine/features/fixAll';
import { analyze } from '../support/fixtures';
import { applyFix, findings, makeReport } from '../support/reports';
import { withEmptySection, withProse } from '../support/prose';

const FIVE = '五、存在的主要问题及改进情况';
const SIX = '六、其他需要报告的事项';
const found = (text: string) => findings(text, 'empty-section');

describe('empty-section', () => {
	test('Should report an empty section 五 at its heading, as a warning, in both versions', () => {
		for (const version of ['2019', '2021'] as const) {
			const [f, ...rest] = found(withEmptySection('五', { version }));
			assert.equal(rest.length, 0, version);
			assert.equal(f.text, FIVE);
			assert.equal(f.severity, 'warning');
			assert.match(f.message, /^第五部分.*没有内容/);
			assert.equal(/上一年度问题的整改/.test(f.message), version === '2021', 'the 2021 message names what 30号 adds');
		}
	});

	test('Should report an empty section 六 of a 2021-format report, naming the fees, and not of a 2019 one', () => {
		const [f] = found(withEmptySection('六'));
		assert.equal(f.text, SIX);
		assert.match(f.message, /信息处理费/);
		assert.deepEqual(found(withEmptySection('六', { version: '2019' })), [], 'a 2019 section 六 may rightly be empty');
	});

	test('Should treat white space, full-width spaces and Markdown rules as empty, and any word as content', () => {
		assert.equal(found(withEmptySection('五', {}, '\u3000\u3000\n\n---\n')).length, 1);
		assert.deepEqual(found(withEmptySection('五', {}, '无。\n')), [], 'a word is content: missing-rectification judges it');
		assert.deepEqual(found(withEmptySection('五', {}, '（文字描述）\n')), []);
		assert.deepEqual(found(withProse('本年度未收取信息处理费。', {}, SIX)), []);
	});

	test('Should not count the signature and date at the end as section 六', () => {
		const text = withEmptySection('六');
		assert.ok(/某某县某某局\n2024年1月20日\n$/.test(text));
		assert.deepEqual(found(text).map((f) => f.text), [SIX]);
	});

	test('Should stay silent on a complete report and on the pre-2019 structure', () => {
		assert.deepEqual(found(makeReport()), []);
		assert.deepEqual(found('2018年度某某局政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n三、存在的主要问题及改进措施\n'), []);
	});

	test('Should let missing-section’s fix insert a missing 五 as a choice, which fix-all leaves to the drafter', () => {
		const text = makeReport().replace(`${FIVE}\n`, '').replace('针对上年度报告指出的问题，已逐项整改落实。\n', '');
		const [missing] = findings(text, 'missing-section');
		assert.equal(missing.diagnostic.fixes[0].safe, false);
		const inserted = applyFix(text, missing.diagnostic.fixes[0]);
		assert.deepEqual(found(inserted).map((f) => f.text), [FIVE]);
		assert.equal(fixAll(text, analyze).text, text);
	});
});
