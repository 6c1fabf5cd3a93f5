import { companionLocation, companionName } from '../companions';
import { proseParagraphs, type Paragraph } from '../prose/paragraphs';
import { proseDocument } from '../prose/text';
import type { Span } from '../text/span';
import { defineRule, type Finding, type ReportModel } from './rule';

/** Shorter paragraphs (a date, a signature, 无。) are alike in every report: they are not compared. */
export const MIN_COPIED = 30;

/**
 * Prose copied word for word from last year's report of the same body (内容雷同, which 国办公开办函〔2021〕30号
 * names among the defects of a report): each copied paragraph, and the share of the prose they make, on the
 * title. Paragraphs are compared folded (white space, punctuation and full width ignored), by hashing, so the
 * check is linear. Headings, tables and paragraphs under 30 characters do not count. Silent when last year's
 * report is not known.
 */
export default defineRule({
	id: 'similar-to-last-year',
	defaultSeverity: 'info',
	description: { zh: '正文段落与上年报告雷同', en: 'Prose copied from last year’s report' },
	check(ctx) {
		const last = ctx.lastYear;
		if (!last) return [];
		const before = paragraphIndex(last.text, last.model);
		if (before.size === 0) return [];
		const file = companionName(last.uri);
		const out: Finding[] = [];
		let total = 0;
		let copied = 0;
		const title = ctx.report.title?.span;
		for (const p of proseParagraphs(ctx)) {
			// The title names this year: it is never copied and is not prose.
			if (title && p.span.start < title.end && title.start < p.span.end) continue;
			total += p.folded.length;
			const source = p.folded.length >= MIN_COPIED ? before.get(p.folded) : undefined;
			if (!source) continue;
			copied += p.folded.length;
			out.push({
				span: p.span,
				related: [{ ...companionLocation(last, source.span), message: { zh: `上年报告（${file}）中的同一段`, en: `The same paragraph in last year’s report (${file})` } }],
				message: { zh: `本段与上年报告（${file}）一字不差（${p.folded.length} 字）`, en: `This paragraph is word for word last year’s (${file}, ${p.folded.length} characters)` },
			});
		}
		if (out.length === 0) return out;
		const share = Math.max(1, Math.round((copied / total) * 100));
		out.unshift({
			span: reportSpan(ctx.text, ctx.report.title?.span ?? null),
			message: {
				zh: `与上年报告（${file}）雷同的文字占 ${share}%：${out.length} 段一字不差`,
				en: `${share}% of the prose is copied from last year’s report (${file}): ${out.length} paragraph${out.length === 1 ? '' : 's'} word for word`,
			},
		});
		return out;
	},
});

const INDEXES = new WeakMap<ReportModel, ReadonlyMap<string, Paragraph>>();

/** Last year's paragraphs long enough to count, by their folded text (the first of equal ones); once per model. */
function paragraphIndex(text: string, model: ReportModel): ReadonlyMap<string, Paragraph> {
	let index = INDEXES.get(model);
	if (!index) {
		const map = new Map<string, Paragraph>();
		for (const p of proseParagraphs(proseDocument(text, model))) if (p.folded.length >= MIN_COPIED && !map.has(p.folded)) map.set(p.folded, p);
		INDEXES.set(model, (index = map));
	}
	return index;
}

/** Where a finding about the whole report goes: the title, else the first line with text. */
function reportSpan(text: string, title: Span | null): Span {
	if (title) return title;
	const m = /\S[^\r\n]*/.exec(text);
	return m ? { start: m.index, end: m.index + m[0].trimEnd().length } : { start: 0, end: 0 };
}
