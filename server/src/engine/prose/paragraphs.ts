import type { ReportModel } from '../model';
import { halfWidth } from '../text/fold';
import type { Span } from '../text/span';
import { proseSentences } from './text';

/** A paragraph of the prose, with its text folded for comparison. */
export interface Paragraph {
	readonly span: Span;
	/** Without white space and punctuation, half-width: what "copied word for word" compares. */
	readonly folded: string;
}

/** Punctuation and symbols (Chinese and ASCII): a copy that only changed a comma is still a copy. */
const NOT_WORDS = /[\p{P}\p{S}\s\u3000\ufeff]/gu;

/** The text of a paragraph folded for comparison (line breaks, spaces, punctuation and full width dropped). */
export function foldParagraph(text: string): string {
	return halfWidth(text).replace(NOT_WORDS, '');
}

/**
 * The paragraphs of a report's prose: its sentences (outside the tables) grouped until one ends a line, so a
 * paragraph hard-wrapped over several lines is one, and a paragraph per line (Word's text) is one each.
 * Section headings and sub-headings are not paragraphs. Linear in the text.
 */
export function proseParagraphs(text: string, report: ReportModel): Paragraph[] {
	const headings = new Set<number>();
	for (const s of report.sections) for (const h of [s.heading, ...s.subheadings]) headings.add(h.span.start);
	const out: Paragraph[] = [];
	let start = -1;
	let end = -1;
	let folded = '';
	const flush = (): void => {
		if (start >= 0 && folded !== '') out.push({ span: { start, end }, folded });
		start = -1;
		folded = '';
	};
	for (const sentence of proseSentences(text, report)) {
		if (isHeading(sentence.span, headings)) {
			flush();
			continue;
		}
		// A sentence that does not continue the previous one's line starts a new paragraph after a blank line or a heading.
		if (start >= 0 && !sameParagraph(text, end, sentence.span.start)) flush();
		if (start < 0) start = sentence.span.start;
		end = sentence.span.end;
		folded += foldParagraph(sentence.norm);
		if (endsLine(text, end)) flush();
	}
	flush();
	return out;
}

function isHeading(span: Span, headings: ReadonlySet<number>): boolean {
	for (let i = span.start; i < span.end && i < span.start + 8; i++) if (headings.has(i)) return true;
	return false;
}

/** Whether only spaces stand between `offset` and the end of its line. */
function endsLine(text: string, offset: number): boolean {
	for (let i = offset; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || c === '\r') return true;
		if (c !== ' ' && c !== '\t' && c !== '\u3000') return false;
	}
	return true;
}

/** Whether the text between two sentences holds no empty line (a paragraph break). */
function sameParagraph(text: string, from: number, to: number): boolean {
	return !/\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r/.test(text.slice(from, to));
}
