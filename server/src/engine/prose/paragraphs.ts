import type { Span } from '../text/span';
import { proseSentences, type ProseDocument } from './text';

/** A paragraph of the prose, with its text folded for comparison. */
export interface Paragraph {
	readonly span: Span;
	/** Without white space and punctuation, half-width: what "copied word for word" compares. */
	readonly folded: string;
}

/**
 * The text of a paragraph folded for comparison: white space, punctuation and symbols dropped (a copy that
 * only changed a comma is still a copy), full-width letters and digits made half-width. One pass over the
 * characters, since every paragraph of two reports goes through it.
 */
export function foldParagraph(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) {
			const h = c - 0xfee0;
			if (isWordCode(h)) out += String.fromCharCode(h);
		} else if (isWordCode(c)) out += text[i];
	}
	return out;
}

/** Letters, digits and ideographs; not white space, ASCII or CJK punctuation, general punctuation or symbols. */
function isWordCode(c: number): boolean {
	if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
	if (c <= 0xbf) return false;
	if (c >= 0x2000 && c <= 0x2bff) return false;
	if (c >= 0x3000 && c <= 0x303f) return false;
	if (c >= 0xfe10 && c <= 0xfe6f) return false;
	if (c >= 0xff00 && c <= 0xffef) return false;
	return c !== 0xfeff;
}

/**
 * The paragraphs of a report's prose: its sentences (outside the tables) grouped until one ends a line, so a
 * paragraph hard-wrapped over several lines is one, and a paragraph per line (Word's text) is one each.
 * Section headings and sub-headings are not paragraphs. Linear in the text.
 */
export function proseParagraphs(doc: ProseDocument): readonly Paragraph[] {
	return doc.shared('prose.paragraphs', () => splitParagraphs(doc));
}

function splitParagraphs(doc: ProseDocument): Paragraph[] {
	const { text, report } = doc;
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
	for (const sentence of proseSentences(doc)) {
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
