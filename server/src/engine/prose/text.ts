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
	/**
	 * Where `norm` comes from, as runs: pairs (index in `norm`, document offset) for each run of characters
	 * copied from one place of the document, in order (most sentences have one run per line).
	 */
	readonly runs: readonly number[];
}

/**
 * A document as the prose analyses read it: its text, its model, and where facts computed once per document
 * are kept (an analysis's rule context; `proseDocument` for a document read on its own, such as last year's).
 */
export interface ProseDocument {
	readonly text: string;
	readonly report: ReportModel;
	shared<T>(key: string, compute: () => T): T;
}

/** A document outside an analysis (last year's report, a test), keeping its own facts. */
export function proseDocument(text: string, report: ReportModel): ProseDocument {
	const facts = new Map<string, unknown>();
	return {
		text,
		report,
		shared<T>(key: string, compute: () => T): T {
			if (!facts.has(key)) facts.set(key, compute());
			return facts.get(key) as T;
		},
	};
}

/** The document offset of `norm[i]` of a sentence (`i` inside `norm`). */
export function offsetAt(sentence: Sentence, i: number): number {
	const { runs } = sentence;
	let k = 0;
	while (k + 2 < runs.length && runs[k + 2] <= i) k += 2;
	return runs[k + 1] + (i - runs[k]);
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
export function proseSentences(doc: ProseDocument): readonly Sentence[] {
	// Several rules read the prose of the same document: split it once, kept with the document's other facts.
	return doc.shared('prose.sentences', () => splitSentences(doc.text, doc.report));
}

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
	// The sentence being built: its pieces of text, its runs, its length, and its last document offset.
	let parts: string[] = [];
	let runs: number[] = [];
	let used = 0;
	let start = -1;
	let endOffset = -1;
	/** The last character of the sentence so far (-1 when it is empty). */
	let last = -1;
	const flush = (): void => {
		if (used > 0) out.push({ span: { start, end: endOffset + 1 }, norm: parts.length === 1 ? parts[0] : parts.join(''), runs });
		parts = [];
		runs = [];
		used = 0;
		start = -1;
		last = -1;
	};
	/** Appends text[from, to) (a run without spaces) to the sentence. */
	const piece = (from: number, to: number): void => {
		if (start < 0) start = from;
		parts.push(text.slice(from, to));
		runs.push(used, from);
		used += to - from;
		endOffset = to - 1;
		last = text.charCodeAt(to - 1);
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
		if (inTable) {
			// Every line up to the table's end lies in it: go on from the first line starting at or after its end.
			flush();
			lineStart = Math.max(next, lineStartFrom(excluded[k].end));
			continue;
		}
		while (h < headings.length && headings[h] < lineStart) h++;
		let first = lineStart;
		while (first < lineEnd && isWhite(text.charCodeAt(first))) first++;
		const blank = first === lineEnd;
		const markdownHeading = !blank && text[first] === '#';
		if (blank || hasTab(lineStart, lineEnd) || text[first] === '|' || markdownHeading) {
			flush();
			// A Markdown heading is a sentence of its own.
			if (markdownHeading) {
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

	/** The first line start at or after `p` (lines end at \n, \r or \r\n). */
	function lineStartFrom(p: number): number {
		if (p <= 0) return 0;
		if (p >= text.length) return text.length;
		const before = text.charCodeAt(p - 1);
		if (before === 0x0a || (before === 0x0d && text.charCodeAt(p) !== 0x0a)) return p;
		const br = Math.min(text.indexOf('\n', p) >>> 0, text.indexOf('\r', p) >>> 0);
		if (br >= text.length) return text.length;
		return text.charCodeAt(br) === 0x0d && text.charCodeAt(br + 1) === 0x0a ? br + 2 : br + 1;
	}

	/** Whether a tab lies in [from, to); the next tab is searched again only once passed (linear overall). */
	function hasTab(from: number, to: number): boolean {
		if (tab < from) tab = text.indexOf('\t', from) >>> 0;
		return tab < to;
	}

	function addLine(from: number, to: number): void {
		let run = -1;
		for (let i = from; i < to; i++) {
			const c = text.charCodeAt(i);
			// Most characters (ideographs, CJK punctuation but 。) are neither a space nor a sentence end.
			if (c > 0x3002 && c < 0xfeff) {
				if (run < 0) run = i;
				continue;
			}
			if (isSpace(c)) {
				if (run >= 0) piece(run, i);
				run = -1;
				let j = i;
				while (j < to && isSpace(text.charCodeAt(j))) j++;
				if (last >= 0 && isAsciiWord(last) && j < to && isAsciiWord(text.charCodeAt(j))) {
					// One space between two ASCII words, mapped to the first space written.
					if (start < 0) start = i;
					parts.push(' ');
					runs.push(used, i);
					used++;
					endOffset = i;
					last = 0x20;
				}
				i = j - 1;
				continue;
			}
			if (run < 0) run = i;
			if (isEnd(c)) {
				piece(run, i + 1);
				run = -1;
				flush();
			}
		}
		if (run >= 0) piece(run, to);
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
		// A section that shares its line with the date (a report on one line) ends at the date; its signature cannot be told apart.
		if (end <= from) return text.slice(from, date.span.start);
		const above = text.slice(from, end).replace(/\s+$/, '');
		const lineStart = above.lastIndexOf('\n') + 1;
		const line = above.slice(lineStart).trim();
		if (line.length > 0 && line.length <= 40 && !/[，。；,;：:]/.test(line)) end = from + lineStart;
	}
	return text.slice(from, Math.max(from, end));
}
