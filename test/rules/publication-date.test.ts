import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings } from '../support/reports';
import { corpusText, CORPUS } from '../support/fixtures';

const report = (title: string, date: string) => `${title}\n一、总体情况\n正文。\n${date}\n`;

describe('publication-date', () => {
	test('Should accept 001, signed 2020年1月22日 for 2019', () => assert.deepEqual(findings(corpusText(CORPUS.yanshi), 'publication-date'), []));

	test('Should flag a department report published after 1月31日', () => {
		const [f] = findings(report('某某县教育局2021年政府信息公开工作年度报告', '2022年2月15日'), 'publication-date');
		assert.equal(f.text, '2022年2月15日');
		assert.match(f.message, /晚于 2022年1月31日/);
	});

	test('Should give a government\'s consolidated report until 3月31日', () => {
		assert.deepEqual(findings(report('林口县2020年政府信息公开工作年度报告', '2021年3月20日'), 'publication-date'), []);
		assert.equal(findings(report('林口县2020年政府信息公开工作年度报告', '2021年4月2日'), 'publication-date').length, 1);
	});
});
