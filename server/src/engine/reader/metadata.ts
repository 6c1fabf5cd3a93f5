import type { Located, ReportDate, Section } from '../model';
import type { Line, LineIndex } from '../text/lineIndex';
import { isBlank, smallNumber, trimRange, yearNumber } from '../text/fold';

const TITLE_WORDS = /政府信息公开工作年度报告|政府信息公开年度报告|政务公开工作年度报告|信息公开工作年度报告|信息公开年报/;
const YEAR = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/;
const DATE = /^[\s\u3000]*(?:(?:发布|签发|成文)?日期[:：]\s*)?((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日[\s\u3000]*$/;
const HEAD_LINES = 12;
const TAIL_LINES = 8;

export interface Metadata {
	readonly title: Located | null;
	readonly body: Located | null;
	readonly date: Located<ReportDate> | null;
	readonly year: number | null;
}

/**
 * Reads the title (which may be split over two lines: body, then year and 政府信息公开工作年度报告),
 * the reporting body (from the title, else from the signature above the date), the signing date
 * (the last date line near the end) and the report year (title, then the opening prose, then the date).
 */
export function readMetadata(text: string, lines: LineIndex, sections: readonly Section[]): Metadata {
	const firstSection = sections.length > 0 ? sections[0].span.start : text.length;
	const head = nonBlank(lines, 0, HEAD_LINES, (l) => l.start < firstSection);
	const title = readTitle(text, head);
	const date = readDate(lines);
	let body = title ? bodyFromTitle(text, title) : null;
	if (!body && date) body = bodyFromSignature(lines, date.span.start);
	let year: number | null = title ? yearIn(title.text) : null;
	if (year === null) {
		for (const l of nonBlank(lines, 0, HEAD_LINES, () => true)) {
			const m = /((?:19|20)\d{2})\s*年(?:度|1月1日至|，|,)/.exec(l.text);
			if (m) {
				year = Number(m[1]);
				break;
			}
		}
	}
	if (year === null && date) year = date.value.year - 1;
	return { title, body, date, year };
}

function nonBlank(lines: LineIndex, from: number, count: number, keep: (l: Line) => boolean): Line[] {
	const out: Line[] = [];
	for (let k = from; k < lines.lineCount && out.length < count; k++) {
		const line = lines.line(k);
		if (!keep(line)) break;
		if (!isBlank(line.text)) out.push(line);
	}
	return out;
}

function visible(text: string, line: Line): { start: number; end: number; text: string } | null {
	const stripped = /^(?:[\s\u3000\ufeff#*]|\[[A-Za-z]+:[^\]]{0,80}\])*/.exec(line.text)?.[0].length ?? 0;
	const r = trimRange(text, line.start + stripped, line.end);
	if (!r) return null;
	let end = r.end;
	while (end > r.start && /[*#\s]/.test(text[end - 1])) end--;
	return { start: r.start, end, text: text.slice(r.start, end) };
}

function readTitle(text: string, head: readonly Line[]): Located | null {
	for (let k = 0; k < head.length; k++) {
		const v = visible(text, head[k]);
		if (!v || !TITLE_WORDS.test(v.text) || v.text.length > 80 || /[《》。]/.test(v.text)) continue;
		// A title split as 偃师市林业局 / 2019 年政府信息公开工作年度报告.
		const m = YEAR.exec(v.text);
		if (m && m.index === 0 && k > 0) {
			const prev = visible(text, head[k - 1]);
			if (prev && prev.text.length <= 30 && !/[。，,；;：:]/.test(prev.text)) {
				return { value: `${prev.text}${v.text}`.replace(/\s+/g, ' '), text: text.slice(prev.start, v.end), span: { start: prev.start, end: v.end } };
			}
		}
		return { value: v.text, text: v.text, span: { start: v.start, end: v.end } };
	}
	return null;
}

function yearIn(s: string): number | null {
	const m = YEAR.exec(s);
	return m ? yearNumber(m[1]) : null;
}

/** 林口县 2020 年政府信息公开工作年度报告 → 林口县; 2020年某某局政府信息公开工作年度报告 → 某某局. */
function bodyFromTitle(text: string, title: Located): Located | null {
	const m = YEAR.exec(title.text);
	let rel: { start: number; end: number } | null = null;
	if (m && m.index > 0) rel = { start: 0, end: m.index };
	else if (m) {
		const after = m.index + m[0].length;
		const w = /^\s*(?:度)?\s*(.*?)\s*(?:关于)?(?:政府信息公开|政务公开|信息公开)/.exec(title.text.slice(after));
		if (w && w[1]) rel = { start: after + w.index + w[0].indexOf(w[1]), end: after + w.index + w[0].indexOf(w[1]) + w[1].length };
	}
	if (!rel) return null;
	const r = trimRange(text, title.span.start + rel.start, title.span.start + rel.end);
	if (!r) return null;
	const value = text.slice(r.start, r.end).replace(/[\s\u3000]+/g, '').replace(/^关于/, '');
	if (value === '' || /^\d/.test(value)) return null;
	return { value, text: text.slice(r.start, r.end), span: r };
}

function readDate(lines: LineIndex): Located<ReportDate> | null {
	let seen = 0;
	for (let k = lines.lineCount - 1; k >= 0 && seen < TAIL_LINES; k--) {
		const l = lines.line(k);
		if (isBlank(l.text)) continue;
		seen++;
		const m = DATE.exec(l.text);
		if (!m) continue;
		const year = yearNumber(m[1]);
		const month = smallNumber(m[2]);
		const day = smallNumber(m[3]);
		if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) continue;
		const r = trimRange(l.text, 0, l.text.length) ?? { start: 0, end: l.text.length };
		return { value: { year, month, day }, text: l.text.slice(r.start, r.end), span: { start: l.start + r.start, end: l.start + r.end } };
	}
	return null;
}

/** The signature: a short line just above the date (洮南市林业和草原局 / 2024年1月3日). */
function bodyFromSignature(lines: LineIndex, dateStart: number): Located | null {
	let k = lines.lineAt(dateStart);
	for (k--; k >= 0 && isBlank(lines.line(k).text); k--);
	if (k < 0) return null;
	const l = lines.line(k);
	const r = trimRange(l.text, 0, l.text.length);
	if (!r) return null;
	const value = l.text.slice(r.start, r.end);
	if (value.length > 30 || /[。，,；;：:、]/.test(value) || /^[一二三四五六七八九十（(\d]/.test(value)) return null;
	return { value: value.replace(/[\s\u3000]+/g, ''), text: value, span: { start: l.start + r.start, end: l.start + r.end } };
}
