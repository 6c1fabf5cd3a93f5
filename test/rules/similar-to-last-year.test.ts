import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { corpusText } from '../support/fixtures';
import { LAST_URI, pairFindings } from '../support/companions';
import { withProse } from '../support/prose';

const BODY = '某某县某某局';
const COPIED = '本机关严格落实政府信息公开条例，坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，不断提升政务公开工作质量。';
const FRESH = '本年度围绕优化营商环境和重点民生领域，新增公开事项清单四项，并对网站栏目进行了集中整合，群众查阅信息更加便捷高效。';
const report = (year: number, prose: string, body = BODY) => withProse(prose, { year, body });

describe('similar-to-last-year', () => {
	test('Should report each paragraph copied from last year, with the paragraph in last year’s file, and the copied share on the title', () => {
		const last = report(2022, `${COPIED}\n去年的工作安排与今年完全不同，共计开展培训三次，覆盖全体工作人员和各下属单位联络员。`);
		const mine = report(2023, `${COPIED}\n${FRESH}`);
		const found = pairFindings(mine, last, 'similar-to-last-year');
		assert.equal(found.length, 2);
		const [share, paragraph] = found;
		assert.equal(share.severity, 'info');
		assert.match(mine.slice(share.span.start, share.span.end), /2023年政府信息公开工作年度报告/);
		assert.match(share.message.zh, /^与上年报告（上年\.txt）雷同的文字占 \d+%：1 段一字不差$/);
		assert.match(share.message.en, /\d+% of the prose is copied/);
		assert.equal(mine.slice(paragraph.span.start, paragraph.span.end), COPIED);
		assert.equal(paragraph.related[0].uri, LAST_URI);
		assert.equal(last.slice(paragraph.related[0].span.start, paragraph.related[0].span.end), COPIED);
		assert.equal(paragraph.related[0].range?.start.line, last.split('\n').findIndex((l) => l === COPIED));
	});

	test('Should fold white space, punctuation and full width: a copy with other commas and line breaks is still a copy', () => {
		const last = report(2022, COPIED);
		const rewrapped = `${COPIED.slice(0, 20)}\n${COPIED.slice(20).replace(/，/g, ',').replace('、', ' ')}`;
		assert.equal(pairFindings(report(2023, rewrapped), last, 'similar-to-last-year').length, 2);
	});

	test('Should not count a paragraph that changed a word, short paragraphs, headings or tables', () => {
		const last = report(2022, `${COPIED}\n无。\n本年度未收取信息处理费。`);
		const changed = COPIED.replace('不断提升', '持续提升');
		assert.deepEqual(pairFindings(report(2023, `${changed}\n无。\n本年度未收取信息处理费。`), last, 'similar-to-last-year'), []);
	});

	test('Should stay silent without last year’s report, for another body and for a report two years back', () => {
		const last = report(2022, COPIED);
		assert.deepEqual(pairFindings(report(2023, COPIED), null, 'similar-to-last-year'), []);
		assert.deepEqual(pairFindings(report(2023, COPIED, '另一县某某局'), last, 'similar-to-last-year'), []);
		assert.deepEqual(pairFindings(report(2024, COPIED), last, 'similar-to-last-year'), []);
	});

	test('Should find a real report copied into the next year’s (corpus 008), and nothing between two different bodies', () => {
		const last = corpusText('008_shuyang-2025.md');
		const next = last.replace('# 沐阳县人民政府 2025 年', '# 沐阳县人民政府 2026 年');
		const [share, ...paragraphs] = pairFindings(next, last, 'similar-to-last-year');
		assert.match(share.message.zh, /雷同的文字占 (9\d|100)%/);
		assert.ok(paragraphs.length >= 10);
		for (const p of paragraphs) assert.equal(next.slice(p.span.start, p.span.end), last.slice(p.related[0].span.start, p.related[0].span.end));
		const other = corpusText('007_shanghai-office-2025.md');
		assert.deepEqual(pairFindings(other.replace('2025', '2026'), last, 'similar-to-last-year'), []);
	});
});
