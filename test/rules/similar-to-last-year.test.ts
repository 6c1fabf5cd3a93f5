import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/engine/index';
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

describe('Rules comparing with last year, on any text', () => {
	const piece = fc.constantFrom('本机关严格落实政府信息公开条例，坚持以公开为常态、不公开为例外，全面推进公开。', '\n', '\r\n', '\r', '\t', '。', '𠀀', '\ufeff', '二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n', '四、结转下年度继续办理\t2\t0\t0\t0\t0\t0\t2\n', '一、总体情况\n', ' ', '3');
	const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

	test('Should never throw, and keep every span inside its own document and every range on last year’s lines', () => {
		fc.assert(fc.property(body, body, fc.boolean(), (a, b, crlf) => {
			const eol = crlf ? '\r\n' : '\n';
			const last = `某某局2022年政府信息公开工作年度报告${eol}${b}`;
			const mine = `某某局2023年政府信息公开工作年度报告${eol}${a}${eol}${b}`;
			const lines = new LineIndex(last);
			for (const code of ['similar-to-last-year', 'carryover-mismatch']) {
				for (const d of pairFindings(mine, last, code)) {
					assert.ok(d.span.start >= 0 && d.span.end <= mine.length && d.span.start <= d.span.end);
					for (const r of d.related) {
						assert.equal(r.uri, LAST_URI);
						assert.ok(r.span.start >= 0 && r.span.end <= last.length);
						assert.deepEqual(r.range, lines.range(r.span));
					}
				}
			}
		}), { numRuns: 150 });
	});
});
