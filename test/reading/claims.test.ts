import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, read } from '../../server/src/engine/index';
import { corpusText, lineOf } from '../support/fixtures';

const sectionLines = (text: string): [number | null, number][] => read(text).sections.filter((s) => s.number !== null).map((s) => [s.number, lineOf(text, s.heading.span.start)]);

describe('Headings that claim the same section', () => {
	test('Should not take a converter\'s table caption (表二：…) for a second section 二', () => {
		const text = ['# 某某局2023年政府信息公开工作年度报告', '## 一、总体情况', '正文。', '## 二、主动公开政府信息情况', '## 表二：主动公开政府信息情况', '正文。', '## 三、收到和处理政府信息公开申请情况', '正文。'].join('\n');
		assert.deepEqual(sectionLines(text), [[1, 2], [2, 4], [3, 7]]);
		assert.ok(!analyze(text).diagnostics.some((d) => d.code === 'section-order'));
	});

	test('Should prefer the heading in the section\'s own words over an overview sub-topic that only resembles it', () => {
		// The overview numbers its sub-topics 二、三、…; the real section 二 comes later, numbered 一、.
		const text = ['一、总体情况', '二、工作机制保障', '正文。', '三、主动公开工作情况', '正文。', '一、主动公开政府信息情况', '正文。'].join('\n');
		const twos = read(text).sections.filter((s) => s.number === 2);
		assert.equal(twos.length, 1);
		assert.equal(twos[0].heading.text, '一、主动公开政府信息情况');
	});

	test('Should keep a resembling heading as the section when nothing better claims it', () => {
		const text = ['一、总体情况', '正文。', '二、主动公开工作情况', '正文。'].join('\n');
		assert.deepEqual(sectionLines(text), [[1, 1], [2, 3]]);
	});

	test('Should not take an unnumbered Markdown heading over a part of table 四 (### 行政复议) for section 四 again', () => {
		const text = ['## 四、政府信息公开行政复议、行政诉讼情况', '### 行政复议', '| 结果维持 | 结果纠正 |', '### 行政诉讼（复议后起诉）', '| 0 | 0 |'].join('\n');
		assert.deepEqual(sectionLines(text), [[4, 1]]);
	});

	test('Should read each section of corpus 006, 007 and 008 once, with no duplicate-section warnings', () => {
		for (const name of ['006_kewei-2024.md', '007_shanghai-office-2025.md', '008_shuyang-2025.md']) {
			const text = corpusText(name);
			const numbers = read(text).sections.map((s) => s.number).filter((n) => n !== null);
			assert.equal(new Set(numbers).size, numbers.length, `${name}: ${numbers.join(' ')}`);
			assert.ok(!analyze(text).diagnostics.some((d) => d.code === 'section-order'), name);
		}
		// 006: section 二 is 一、主动公开政府信息情况 at line 73, not the overview's 三、主动公开工作情况 at line 30.
		assert.deepEqual(sectionLines(corpusText('006_kewei-2024.md')).find(([n]) => n === 2), [2, 73]);
	});
});
