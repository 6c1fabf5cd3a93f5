import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine/index';
import { ROOT } from '../support/fixtures';

/** Real reports quoted from public pages (sources in test/fixtures/real/README.md). */
const real = (name: string): string => fs.readFileSync(path.join(ROOT, 'test/fixtures/real', name), 'utf8');
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
const structural = (codes: string[]): string[] => codes.filter((c) => /section|wording|legacy/.test(c));

describe('Real reports from government pages', () => {
	test('Should read a township report on 2017 (tljq.gov.cn; old structure, fees in 五) as legacy, with its six headings as written', () => {
		for (const text of [real('tljq-2017-legacy.txt'), oneLine(real('tljq-2017-legacy.txt'))]) {
			const r = analyze(text);
			assert.equal(r.version, 'pre-2019');
			assert.equal(r.year, 2017);
			assert.deepEqual(r.sections.map((s) => s.writtenNumber), [1, 2, 3, 4, 5, 6]);
			assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、概述', '二、主动公开政府信息情况', '三、依申请公开、不予公开及咨询政府信息情况', '四、申请行政复议、提起行政诉讼和申诉的情况', '五、政府信息公开的收费及减免情况', '六、工作存在的主要问题及下步打算']);
			assert.deepEqual(structural(r.diagnostics.map((d) => d.code)), ['legacy-structure']);
		}
	});

	test('Should read 福州市晋安区 2016 (saved page): the title under the column headline, body, year, legacy', () => {
		for (const text of [real('fzja-2016-page.txt'), oneLine(real('fzja-2016-page.txt'))]) {
			const r = analyze(text);
			assert.equal(r.title?.value, '福州市晋安区2016年政府信息公开工作年度报告');
			assert.equal(r.body?.value, '福州市晋安区');
			assert.equal(r.year, 2016);
			assert.equal(r.version, 'pre-2019');
			assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、概述']);
			assert.deepEqual(structural(r.diagnostics.map((d) => d.code)), ['legacy-structure']);
		}
	});

	test('Should read 上海市 2022 (saved page, unified format) as modern: title, body, year, section 一', () => {
		const r = analyze(real('shanghai-2022-page.txt'));
		assert.equal(r.title?.value, '2022年上海市政府信息公开工作年度报告');
		assert.equal(r.body?.value, '上海市');
		assert.equal(r.year, 2022);
		assert.notEqual(r.version, 'pre-2019');
		assert.equal(r.sections[0]?.heading.text, '一、总体情况');
		assert.equal(r.sections[0]?.subheadings[0]?.text, '(一)主动公开方面');
	});

	test('Should read a 滨江区 bureau report on 2017 (Traditional characters, old headings numbered from 一、主動公開) as legacy', () => {
		const r = analyze(real('binjiang-2017-legacy-traditional.txt'));
		assert.equal(r.version, 'pre-2019');
		assert.equal(r.year, 2017);
		assert.deepEqual(r.sections.map((s) => s.writtenNumber), [1, 2, 3, 4, 5]);
		assert.equal(r.sections[2].heading.text, '三、政府信息公開的收費及減免情況');
		assert.deepEqual(structural(r.diagnostics.map((d) => d.code)), ['legacy-structure']);
	});
});
