import type { Located, ReportDate, Section } from '../model';
import { isHtmlDocument, readHtmlTitle } from '../syntax/html';
import type { RawRow } from '../syntax/rows';
import { isWhiteSpaceCode, smallNumber, yearNumber } from '../text/fold';
import type { Span } from '../text/span';
import { mayHoldHeading } from './sections';
import { VisibleText } from './visible';

/** The words a title ends with; a line break joined into a space (one-line text) may sit among them. */
const TITLE_WORDS = new RegExp(
	['政府信息公开工作年度报告', '政府信息公开年度工作报告', '政府信息公开年度报告', '政务公开工作年度报告', '信息公开工作年度报告', '信息公开年报'].map((w) => [...w].join('[ \\u3000]?')).join('|'),
);
/** The same, for every place in a line (made once: `titleIn` runs for each line of the head). */
const TITLE_WORDS_ALL = new RegExp(TITLE_WORDS.source, 'g');
/** Extraction debris before a title (a converter's page label 正文, a site's 全文 or 打印 link). */
const DEBRIS_BEFORE_TITLE = /^(?:正文|全文|原文|打印|关闭)[\s\u3000]*(?=(?:19|20)\d{2}|[\u4e00-\u9fff])/;
const YEAR = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/;
const DATE_CORE = String.raw`((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日`;
const DATE = new RegExp(String.raw`^[\s\u3000]*(?:(?:发布|签发|成文)?日期[:：]\s*)?${DATE_CORE}[\s\u3000]*$`);
/** A date at the end of a longer line (a report written on one line ends with its signature and date). */
const DATE_AT_END = new RegExp(String.raw`(?<!\d)${DATE_CORE}[\s\u3000]*$`);
/** The statistics period names the year reported on: 统计期限为2025年1月1日至12月31日, 统计期限截至2023年12月31日. */
const STATISTICS_PERIOD = /[统統]计(?:期限|时限|時限|期间|期間|时间|時間|区间|周期|范围)[^。\n]{0,30}?((?:19|20)\d{2})\s*年\s*(?:1\s*月\s*1\s*日|12\s*月\s*31\s*日|度)/;
/** A crawler's or CMS's field label before the title: 标题：… */
const TITLE_LABEL = /^(?:文章)?(?:标\s*题|題\s*目|题\s*目|名\s*称)\s*[:：]\s*/;
/** A breadcrumb trail (您当前所在位置：首页 > 政务公开 > …) is never the title. */
const BREADCRUMB = /(?:您?当前(?:所在)?位置|您的位置|所在位置|当前路径)\s*[:：]|(?:[>»›＞][^>»›＞]*){2}/;
/** What ends the text before a title inside a longer line (by code: the backward scan tests every character). */
const BEFORE_TITLE_CODES: ReadonlySet<number> = new Set([...'。；;！!？?>»›＞|｜\t:：]】'].map((ch) => ch.charCodeAt(0)));
/** A site's name after the page title: …年度报告_某某市人民政府, …年度报告 - 某某网. */
/** Words that may stand before a space inside a title: a body's name, a year. */
const TITLE_PART = /(?:省|市|县|区|州|盟|旗|镇|乡|街道|局|委|办|厅|府|中心|院|会|署|所|馆|站|室|处|部|队|司|\d|年|度)$/;
const SITE_SUFFIX = /^[\s\u3000]*[_|｜\-—–]/;
const HEAD_ROWS = 12;
const TAIL_ROWS = 8;
const MAX_TITLE = 80;

export interface Metadata {
	readonly title: Located | null;
	readonly body: Located | null;
	readonly date: Located<ReportDate> | null;
	readonly year: number | null;
}

/** A row's visible text (clipped), for reading the lines around the title and the signature. */
interface Item {
	readonly visible: VisibleText;
	readonly text: string;
}

/**
 * Reads the title (which may be split over two lines: body, then year and 政府信息公开工作年度报告;
 * a breadcrumb or a page's headline above it is not the title; a page's `<title>` where the body has
 * none), the reporting body (from the title, else from the signature above the date), the signing date
 * (the last date near the end) and the report year (title, statistics period, opening prose, date).
 */
export function readMetadata(text: string, rows: readonly RawRow[], sections: readonly Section[]): Metadata {
	const firstSection = sections.length > 0 ? sections[0].span.start : text.length;
	const head = headItems(text, rows, firstSection);
	const found = readTitle(head) ?? pageTitle(text);
	const date = readDate(text, rows);
	let body = found?.body ?? null;
	if (!body && date) body = date.signature;
	const title = found ? { value: found.value, text: text.slice(found.span.start, found.span.end), span: found.span } : null;
	let year: number | null = title ? yearIn(title.value) : null;
	if (year === null) {
		const m = STATISTICS_PERIOD.exec(text);
		if (m) year = Number(m[1]);
	}
	if (year === null) {
		// The period's first day, however it is introduced (报告采用数据为2024年1月1日至…), before any looser clue.
		const m = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|－)/.exec(headItems(text, rows, text.length).map((item) => item.text).join('\n'));
		if (m) year = Number(m[1]);
	}
	if (year === null) {
		for (const item of headItems(text, rows, text.length)) {
			// …2023年度, 2023年1月1日至, 2023年，…; also the year's work named: 我镇2023年政府信息公开工作, 2019年我局政府信息公开工作.
			const m = /((?:19|20)\d{2})\s*年(?:度|1月1日至|，|,|[^\d。，,；;《》“”]{0,3}政府信息公开工作(?!年度报告格式))/.exec(item.text);
			if (m) {
				year = Number(m[1]);
				break;
			}
		}
	}
	if (year === null && date) year = date.located.value.year - 1;
	return { title, body: body ? located(text, body) : null, date: date?.located ?? null, year };
}

/** The first rows that can hold prose, clipped where the first section starts. */
function headItems(text: string, rows: readonly RawRow[], firstSection: number): Item[] {
	const items: Item[] = [];
	for (const row of rows) {
		if (items.length >= HEAD_ROWS || row.span.start >= firstSection) break;
		if (!mayHoldHeading(row)) continue;
		const visible = VisibleText.ofRow(text, row);
		let t = visible.text;
		if (row.span.end > firstSection) {
			// Only the part before the first heading (a report on one line).
			let k = 0;
			while (k < t.length && visible.toSource(k) < firstSection) k++;
			t = t.slice(0, k);
		}
		if (t.trim() !== '') items.push({ visible, text: t });
	}
	return items;
}

interface Title {
	readonly value: string;
	readonly span: Span;
	readonly body: Span | null;
}

/** The title among the head items: the first with a year, else the first at all. */
function readTitle(head: readonly Item[]): Title | null {
	let first: Title | null = null;
	for (let k = 0; k < head.length; k++) {
		const t = titleIn(head, k);
		if (!t) continue;
		if (yearIn(t.value) !== null) return t;
		first ??= t;
	}
	return first;
}

function titleIn(head: readonly Item[], k: number): Title | null {
	const item = head[k];
	const raw = item.text;
	const words = TITLE_WORDS_ALL;
	words.lastIndex = 0;
	for (let m = words.exec(raw); m; m = words.exec(raw)) {
		const t = titleAt(head, k, m.index, m.index + m[0].length);
		if (t) return t;
	}
	return wrappedTitle(head, k);
}

/** A title wrapped inside its words: 2024 年上海市科委政府信息公开工作 / 年度报告. */
function wrappedTitle(head: readonly Item[], k: number): Title | null {
	const a = head[k];
	const b = head[k + 1];
	if (!b) return null;
	const first = a.text.trim();
	const second = b.text.trim();
	if (second.length > 16 || first.length + second.length > MAX_TITLE || /[《》。，,；;：:]/.test(first + second)) return null;
	const m = TITLE_WORDS.exec(first + second);
	if (!m || m.index >= first.length || m.index + m[0].length <= first.length || BREADCRUMB.test(first)) return null;
	const aLead = a.text.length - a.text.trimStart().length;
	const bLead = b.text.length - b.text.trimStart().length;
	const spanOf = (from: number, to: number): Span => {
		const start = from < first.length ? a.visible.span(aLead + from, aLead + from).start : b.visible.span(bLead + from - first.length, bLead + from - first.length).start;
		const end = to <= first.length ? a.visible.span(aLead + to, aLead + to).end : b.visible.span(bLead, bLead + to - first.length).end;
		return { start, end: Math.max(start, end) };
	};
	const value = first + second;
	return { value, span: spanOf(0, value.length), body: bodyIn(value, spanOf) };
}

/** The title whose words are `raw[wordsStart, wordsEnd)`: back to the start of the line or a break. */
function titleAt(head: readonly Item[], k: number, wordsStart: number, wordsEnd: number): Title | null {
	const item = head[k];
	const raw = item.text;
	let start = wordsStart;
	const floor = Math.max(0, wordsStart - MAX_TITLE);
	// A title may hold single spaces (林口县 2020 年…): it goes on over a space only where the words before
	// it name a body or a year; a column headline (政府信息公开) or crawler text before it is not the title.
	while (start > floor && !BEFORE_TITLE_CODES.has(raw.charCodeAt(start - 1))) {
		if (isWhiteSpaceCode(raw.charCodeAt(start - 1))) {
			// The word before the spaces (one-line text may leave several where lines were joined).
			let gap = start - 1;
			while (gap > floor && /[\s\u3000]/.test(raw[gap - 1])) gap--;
			const before = /[^\s\u3000]*$/.exec(raw.slice(Math.max(floor, gap - MAX_TITLE), gap))?.[0] ?? '';
			if (!TITLE_PART.test(before)) break;
			start = gap;
			continue;
		}
		start--;
	}
	// The last crumb of a breadcrumb trail repeats the title; it is not the title.
	if (BREADCRUMB.test(raw.slice(Math.max(0, start - 40), start + 1)) || /[>»›＞][\s\u3000]*$/.test(raw.slice(0, start))) return null;
	const label = TITLE_LABEL.exec(raw.slice(start)) ?? DEBRIS_BEFORE_TITLE.exec(raw.slice(start, wordsStart));
	if (label) start += label[0].length;
	while (start < wordsEnd && /[\s\u3000\ufeff#*]/.test(raw[start])) start++;
	// The title ends with its words, or with the line where the line is the title (…年度报告（2023年）).
	let stop = wordsEnd;
	if (/^[^。，,；;：:]{0,12}$/.test(raw.slice(wordsEnd))) stop = raw.length;
	while (stop > wordsEnd && /[\s\u3000#*]/.test(raw[stop - 1])) stop--;
	// A line break inside the title words (…政府信息公开 / 工作年度报告) is no space in the title.
	const value = raw.slice(start, wordsStart) + raw.slice(wordsStart, wordsEnd).replace(/[ \u3000]/g, '') + raw.slice(wordsEnd, stop);
	if (value.length > MAX_TITLE || /[《》。]/.test(value)) return null;
	const span = item.visible.span(start, stop);
	// A title split as 偃师市林业局 / 2019 年政府信息公开工作年度报告: the line above names the body.
	const year = YEAR.exec(value);
	if (year && year.index === 0 && /^[\s\u3000\ufeff#*]*$/.test(raw.slice(0, start)) && k > 0) {
		const prev = head[k - 1];
		const p = prev.text.trim();
		if (p.length <= 30 && !/[。，,；;：:>»›＞]/.test(p) && !/信息公开|政务公开|年报|年度报告|首页/.test(p)) {
			const lead = prev.text.length - prev.text.trimStart().length;
			const bodySpan = prev.visible.span(lead, lead + p.length);
			return { value: `${p}${value}`.replace(/\s+/g, ' '), span: { start: bodySpan.start, end: span.end }, body: bodySpan };
		}
	}
	// A title split as 2024年南关区永吉街道办事处 / 政府信息公开工作年度报告: the line above names the year and the body.
	if (start === wordsStart && /^[\s\u3000\ufeff#*]*$/.test(raw.slice(0, start)) && k > 0) {
		const prev = head[k - 1];
		const p = prev.text.trim();
		if (p.length <= 30 && TITLE_PART.test(p) && !/[。，,；;：:>»›＞]/.test(p) && !/信息公开|政务公开|年报|年度报告|首页/.test(p)) {
			const lead = prev.text.length - prev.text.trimStart().length;
			const prevSpan = prev.visible.span(lead, lead + p.length);
			const joined = `${p}${value}`;
			const spanOf = (from: number, to: number): Span => (to <= p.length ? prev.visible.span(lead + from, lead + to) : { start: prevSpan.start, end: span.end });
			return { value: joined.replace(/\s+/g, ' '), span: { start: prevSpan.start, end: span.end }, body: bodyIn(joined, spanOf) };
		}
	}
	return { value: value.replace(/\s+/g, ' '), span, body: bodyIn(value, (from, to) => item.visible.span(start + from, start + to)) };
}

/** 林口县 2020 年政府信息公开工作年度报告 → 林口县; 2020年某某局政府信息公开工作年度报告 → 某某局. */
function bodyIn(title: string, spanOf: (from: number, to: number) => Span): Span | null {
	const m = YEAR.exec(title);
	let from = -1;
	let to = -1;
	if (m && m.index > 0) {
		from = 0;
		to = m.index;
	} else if (m) {
		const after = m.index + m[0].length;
		const w = /^\s*(?:度)?\s*(.*?)\s*(?:关于)?(?:政府信息公开|政务公开|信息公开)/.exec(title.slice(after));
		if (w && w[1]) {
			from = after + w[0].indexOf(w[1]);
			to = from + w[1].length;
		}
	}
	if (from < 0) return null;
	while (from < to && /[\s\u3000]/.test(title[from])) from++;
	while (to > from && /[\s\u3000]/.test(title[to - 1])) to--;
	if (title.startsWith('关于', from)) from += 2;
	const value = title.slice(from, to);
	if (value === '' || /^\d/.test(value)) return null;
	return spanOf(from, to);
}

/** The page's `<title>`, without the site's name after it, where it names the report. */
function pageTitle(text: string): Title | null {
	if (!isHtmlDocument(text)) return null;
	const page = readHtmlTitle(text);
	if (!page) return null;
	const words = TITLE_WORDS.exec(page.text);
	if (!words) return null;
	const end = words.index + words[0].length;
	const suffix = SITE_SUFFIX.test(page.text.slice(end)) ? end : page.text.length;
	const value = page.text.slice(0, suffix).trim();
	const exact = text.slice(page.span.start, page.span.end) === page.text;
	const spanOf = (from: number, to: number): Span => (exact ? { start: page.span.start + from, end: page.span.start + to } : page.span);
	return { value, span: spanOf(0, value.length), body: bodyIn(value, spanOf) };
}

function yearIn(s: string): number | null {
	const m = YEAR.exec(s);
	return m ? yearNumber(m[1]) : null;
}

/** The signing date: a line of its own among the last rows, or the end of the last row. */
function readDate(text: string, rows: readonly RawRow[]): { located: Located<ReportDate>; signature: Span | null } | null {
	let seen = 0;
	for (let k = rows.length - 1; k >= 0 && seen < TAIL_ROWS; k--) {
		const row = rows[k];
		if (!mayHoldHeading(row)) {
			seen++;
			continue;
		}
		const visible = VisibleText.ofRow(text, row);
		const v = visible.text;
		if (v.trim() === '') continue;
		seen++;
		const own = DATE.exec(v);
		const m = own ?? (k === rows.length - 1 ? DATE_AT_END.exec(v) : null);
		if (!m) continue;
		const year = yearNumber(m[1]);
		const month = smallNumber(m[2]);
		const day = smallNumber(m[3]);
		if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) continue;
		const from = own ? v.length - v.trimStart().length : m.index + m[0].indexOf(m[1]);
		const to = v.trimEnd().length;
		const span = visible.span(from, to);
		const signature = own ? signatureAbove(text, rows, k) : signatureBefore(visible, from);
		return { located: { value: { year, month, day }, text: text.slice(span.start, span.end), span }, signature };
	}
	return null;
}

/** The signature: a short line just above the date (洮南市林业和草原局 / 2024年1月3日). */
function signatureAbove(text: string, rows: readonly RawRow[], dateRow: number): Span | null {
	const row = rows[dateRow - 1];
	if (!row || row.style !== 'plain') return null;
	const visible = VisibleText.ofRow(text, row);
	return signatureText(visible, 0, visible.text.length);
}

/** The signature before the date on the same line: the last words after the end of the prose. */
function signatureBefore(visible: VisibleText, dateStart: number): Span | null {
	const before = visible.text.slice(0, dateStart).trimEnd();
	let from = before.length;
	while (from > 0 && !/[。；;！!？?\s\u3000]/.test(before[from - 1])) from--;
	return from < before.length ? signatureText(visible, from, before.length) : null;
}

function signatureText(visible: VisibleText, from: number, to: number): Span | null {
	const v = visible.text.slice(from, to);
	const value = v.trim();
	if (value === '' || value.length > 30 || /[。，,；;：:、]/.test(value) || /^[一二三四五六七八九十（(\d]/.test(value)) return null;
	const lead = v.length - v.trimStart().length;
	return visible.span(from + lead, from + lead + value.length);
}

/** A body as located text: its value without white space. */
function located(text: string, span: Span): Located {
	const t = text.slice(span.start, span.end);
	return { value: t.replace(/<[^>]*>/g, '').replace(/[\s\u3000]+/g, ''), text: t, span };
}
