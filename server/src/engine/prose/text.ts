import type { Section } from '../model';
import type { Span } from '../text/span';
import type { ReportModel } from '../rules/rule';
import { tablesOf } from '../query';

/**
 * A sentence of the report's prose, with its text normalised for matching: line breaks and spaces removed
 * (hard-wrapped PDF text joins up; `2024 年` reads as `2024年`), a single space kept between two ASCII
 * letters or digits. `offsetAt(sentence, i)` is the document offset of `norm[i]`, so a match maps back to a span.
 */
export interface Sentence {
	readonly span: Span;
	readonly norm: string;
	/** The document offsets of every sentence's characters, shared by the sentences of one text. */
	readonly offsets: readonly number[];
	/** Where this sentence's offsets start in `offsets`. */
	readonly base: number;
}

/** The document offset of `norm[i]` of a sentence. */
export function offsetAt(sentence: Sentence, i: number): number {
	return sentence.offsets[sentence.base + i];
}

/** The white space the normalised text drops: space, tab, ideographic space, no-break space, BOM. */
function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

function isAsciiWord(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Sentence ends: a full stop, question or exclamation mark, or a semicolon (clauses 一是…；二是… are separate). */
function isEnd(c: number): boolean {
	return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
}

/**
 * The prose sentences of a report: the text outside its tables, split at sentence ends, at empty lines and at
 * lines that are table rows left outside a table (tabs, Markdown pipes). Linear in the text.
 */
export function proseSentences(text: string, report: ReportModel): readonly Sentence[] {
	// Several rules read the prose of the same model: split it once (a model belongs to one text).
	let cached = SENTENCES.get(report);
	if (!cached) SENTENCES.set(report, (cached = splitSentences(text, report)));
	return cached;
}

const SENTENCES = new WeakMap<ReportModel, readonly Sentence[]>();

/** White space as `\s` means it (line breaks aside, which never occur inside a line). */
function isWhite(c: number): boolean {
	if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function splitSentences(text: string, report: ReportModel): Sentence[] {
	const excluded = tablesOf(report.tables).map((t) => t.span).sort((a, b) => a.start - b.start);
	// Headings are sentences of their own, so a heading never runs into the prose after it.
	const headings: number[] = [];
	for (const s of report.sections) for (const h of [s.heading, ...s.subheadings]) headings.push(h.span.start);
	headings.sort((a, b) => a - b);
	const out: Sentence[] = [];
	// One offset per character kept, for every sentence of the text (characters only ever leave).
	const offsets: number[] = [];
	let used = 0;
	let base = 0;
	let parts: string[] = [];
	let start = -1;
	/** The last character of the sentence so far (-1 when it is empty). */
	let last = -1;
	const flush = (): void => {
		if (used > base) out.push({ span: { start, end: offsets[used - 1] + 1 }, norm: parts.join(''), offsets, base });
		parts = [];
		base = used;
		start = -1;
		last = -1;
	};
	let lineStart = 0;
	let k = 0;
	let h = 0;
	let lf = -1;
	let cr = -1;
	let tab = -1;
	while (lineStart < text.length) {
		// The next line feed and carriage return, each searched again only once passed.
		if (lf < lineStart) lf = text.indexOf('\n', lineStart) >>> 0;
		if (cr < lineStart) cr = text.indexOf('\r', lineStart) >>> 0;
		const lineEnd = Math.min(lf, cr, text.length);
		let next = lineEnd;
		if (text[next] === '\r') next++;
		if (text[next] === '\n' && (next === lineEnd || text[lineEnd] === '\r')) next++;
		if (next === lineEnd) next++;
		while (k < excluded.length && excluded[k].end <= lineStart) k++;
		const inTable = k < excluded.length && excluded[k].start < lineEnd && excluded[k].end > lineStart;
		while (h < headings.length && headings[h] < lineStart) h++;
		let first = lineStart;
		while (first < lineEnd && isWhite(text.charCodeAt(first))) first++;
		const blank = first === lineEnd;
		const markdownHeading = !blank && text[first] === '#';
		if (inTable || blank || hasTab(lineStart, lineEnd) || text[first] === '|' || markdownHeading) {
			flush();
			// A Markdown heading is a sentence of its own.
			if (!inTable && markdownHeading) {
				addLine(lineStart, lineEnd);
				flush();
			}
		} else if (h < headings.length && headings[h] < lineEnd) {
			flush();
			addLine(lineStart, lineEnd);
			flush();
		} else addLine(lineStart, lineEnd);
		lineStart = next;
	}
	flush();
	return out;

	/** Whether a tab lies in [from, to); the next tab is searched again only once passed (linear overall). */
	function hasTab(from: number, to: number): boolean {
		if (tab < from) tab = text.indexOf('\t', from) >>> 0;
		return tab < to;
	}

	function addLine(from: number, to: number): void {
		let run = -1;
		for (let i = from; i < to; i++) {
			const c = text.charCodeAt(i);
			if (isSpace(c)) {
				if (run >= 0) parts.push(text.slice(run, i));
				run = -1;
				let j = i;
				while (j < to && isSpace(text.charCodeAt(j))) j++;
				if (last >= 0 && isAsciiWord(last) && j < to && isAsciiWord(text.charCodeAt(j))) {
					parts.push(' ');
					keep(0x20, i);
				}
				i = j - 1;
				continue;
			}
			if (run < 0) run = i;
			keep(c, i);
			if (isEnd(c)) {
				parts.push(text.slice(run, i + 1));
				run = -1;
				flush();
			}
		}
		if (run >= 0) parts.push(text.slice(run, to));
	}

	function keep(c: number, at: number): void {
		if (start < 0) start = at;
		offsets.push(at);
		used++;
		last = c;
	}
}

/** The document span of `norm[from, to)` of a sentence. */
export function spanOf(sentence: Sentence, from: number, to: number): Span {
	return { start: offsetAt(sentence, from), end: offsetAt(sentence, Math.max(from, to - 1)) + 1 };
}

/**
 * What a section says below its heading, without the signature that ends the last section: the date and,
 * on the line above it, a short line without punctuation (the body's name).
 */
export function sectionBody(text: string, report: ReportModel, section: Section): string {
	const from = section.heading.span.end;
	let end = section.span.end;
	const date = report.date;
	if (date && date.span.start > from && date.span.start < end) {
		end = text.lastIndexOf('\n', date.span.start - 1) + 1;
		const above = text.slice(from, end).replace(/\s+$/, '');
		const lineStart = above.lastIndexOf('\n') + 1;
		const line = above.slice(lineStart).trim();
		if (line.length > 0 && line.length <= 40 && !/[，。；,;：:]/.test(line)) end = from + lineStart;
	}
	return text.slice(from, Math.max(from, end));
}
