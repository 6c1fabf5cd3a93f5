import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/index';
import { allSpans } from '../support/fixtures';

/** Pieces of web pages and crawler text, so random input reaches the HTML reader, headings inside lines and titles. */
const PAGE_PIECES = [
	'<p>', '</p>', '<div class="nav">', '<div id="zoom">', '</div>', '<br>', '<table>', '<tr>', '<td colspan="3">', '<td rowspan="22">', '<td>', '</td>', '</tr>', '</table>',
	'<!--', '-->', '<script>', '</script>', '<title>', '</title>', '<a href="x">', '</a>', '<td title="a>b">', '&nbsp;', '&amp', '&#x5e74;', '&gt;', '"', '>', '<',
	'一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '一、概述', '七、其他需要报告的事项',
	'标题：', '您当前所在位置：首页 > ', '2023年', '政府信息公开工作年度报告', '统计期限截至2022年12月31日', '12', '0', ' ', '  ', '\n', '\r\n', '𠀀', '\ufeff', '。',
];
const page = fc.array(fc.constantFrom(...PAGE_PIECES), { maxLength: 200 }).map((parts) => `<${parts.join('')}`);
const line = fc.array(fc.constantFrom(...PAGE_PIECES.filter((p) => !/[\r\n]/.test(p))), { maxLength: 200 }).map((parts) => parts.join(''));

describe('Pages and one-line texts: properties', () => {
	for (const [name, arbitrary] of [['pages', page], ['one-line texts', line]] as const) {
		test(`Should never throw on random ${name}, keep every span inside the text and read the same twice`, () => {
			fc.assert(
				fc.property(arbitrary, (text) => {
					const report = analyze(text);
					for (const s of allSpans(report)) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside 0-${text.length}`);
					assert.deepEqual(analyze(text), report);
				}),
				{ numRuns: 150 },
			);
		});
	}
});
