import type { Section } from '../model';
import type { Span } from '../text/span';
import type { ReportModel } from '../rules/rule';
import { tablesOf } from '../query';

/**
 * A sentence of the report's prose, with its text normalised for matching: line breaks and spaces removed
 * (hard-wrapped PDF text joins up; `2024 年` reads as `2024年`), a single space kept between two ASCII
 * letters or digits. `map[i]` is the document offset of `norm[i]`, so a match maps back to a span.
 */
export interface Sentence {
	readonly span: Span;
	readonly norm: string;
	readonly map: readonly number[];
}

const SPACE = /[ \t\u3000\u00a0\ufeff]/;
const ASCII_WORD = /[0-9A-Za-z]/;
/** Sentence ends: a full stop, question or exclamation mark, or a semicolon (clauses 一是…；二是… are separate). */
const END = /[。！？!?；;]/;

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

function splitSentences(text: string, report: ReportModel): Sentence[] {
	const excluded = tablesOf(report.tables).map((t) => t.span).sort((a, b) => a.start - b.start);
	// Headings are sentences of their own, so a heading never runs into the prose after it.
	const headings = new Set<number>();
	for (const s of report.sections) for (const h of [s.heading, ...s.subheadings]) headings.add(h.span.start);
	const out: Sentence[] = [];
	let norm = '';
	let map: number[] = [];
	let start = -1;
	const flush = (): void => {
		if (norm.length > 0) out.push({ span: { start, end: map[map.length - 1] + 1 }, norm, map });
		norm = '';
		map = [];
		start = -1;
	};
	let lineStart = 0;
	let k = 0;
	while (lineStart < text.length) {
		let lineEnd = lineStart;
		while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
		let next = lineEnd;
		if (text[next] === '\r') next++;
		if (text[next] === '\n' && (next === lineEnd || text[lineEnd] === '\r')) next++;
		if (next === lineEnd) next++;
		while (k < excluded.length && excluded[k].end <= lineStart) k++;
		const inTable = k < excluded.length && excluded[k].start < lineEnd && excluded[k].end > lineStart;
		const line = text.slice(lineStart, lineEnd);
		if (inTable || /^\s*$/.test(line) || line.includes('\t') || /^\s*\|/.test(line) || /^\s*#/.test(line)) {
			flush();
			// A Markdown heading is a sentence of its own.
			if (!inTable && /^\s*#/.test(line)) {
				addLine(line, lineStart);
				flush();
			}
		} else if (startsHeading(lineStart, lineEnd)) {
			flush();
			addLine(line, lineStart);
			flush();
		} else addLine(line, lineStart);
		lineStart = next;
	}
	flush();
	return out;

	function startsHeading(from: number, to: number): boolean {
		for (let i = from; i < to; i++) if (headings.has(i)) return true;
		return false;
	}

	function addLine(line: string, offset: number): void {
		for (let i = 0; i < line.length; i++) {
			const c = line[i];
			if (SPACE.test(c)) {
				const prev = norm[norm.length - 1];
				let j = i;
				while (j < line.length && SPACE.test(line[j])) j++;
				if (prev !== undefined && ASCII_WORD.test(prev) && j < line.length && ASCII_WORD.test(line[j])) push(' ', offset + i);
				i = j - 1;
				continue;
			}
			push(c, offset + i);
			if (END.test(c)) flush();
		}
	}

	function push(c: string, at: number): void {
		if (start < 0) start = at;
		norm += c;
		map.push(at);
	}
}

/** The document span of `norm[from, to)` of a sentence. */
export function spanOf(sentence: Sentence, from: number, to: number): Span {
	return { start: sentence.map[from], end: sentence.map[Math.max(from, to - 1)] + 1 };
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
