import { Parser, type Handler, type ParserOptions } from 'htmlparser2';
import { isWhiteSpaceCode } from '../text/fold';
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import type { RawCell, RawRow } from './rows';

/**
 * HTML read with htmlparser2, a forgiving streaming parser that reports the source offsets of every
 * text run and tag (ARCHITECTURE.md says why this one). The page becomes the same rows as any text:
 * each `<tr>` an `html` row of cells, every other block (`<p>`, `<div>`, `<h1>`, a `<br>`-separated
 * line) a `plain` row of words. A cell's or word's text is decoded; its span is the source from its
 * first to its last visible character, so an edit replaces the text and keeps the markup around it.
 * Scripts, styles, the `<head>` and the site's chrome (navigation, breadcrumbs, footers) are not rows.
 */

/** A run of decoded text and the source it came from (an entity is one run: `&nbsp;` → U+00A0). */
interface Piece {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** Whether the whole document is an HTML page or fragment (it starts with markup and has block tags). */
export function isHtmlDocument(text: string): boolean {
	const first = /\S/.exec(text.length > 0 && text.charCodeAt(0) === 0xfeff ? text.slice(1, 200) : text.slice(0, 200));
	if (!first || first[0] !== '<') return false;
	return /<(?:html|body|p|div|table|br|h[1-6]|span|section|article)\b/i.test(text.slice(0, 20000));
}

/**
 * A tag name holding anything but lowercase letters and digits (`<TD>`, `<Td>`): only then do tag names
 * need lowercasing, which htmlparser2 would otherwise do for every tag (it splits names where it does).
 */
const MAY_NEED_LOWERCASE = /<\/?(?:[A-Z]|[a-z][a-z0-9]*[^a-z0-9 \t\n\r\f/>])/;

/**
 * htmlparser2's options: entities decoded; tag names lowercased only where some tag name is not already.
 * The test runs over the whole text: a caller reading several tables of one text asks once.
 */
export function parserOptions(text: string): ParserOptions {
	return { decodeEntities: true, lowerCaseTags: MAY_NEED_LOWERCASE.test(text) };
}

/** The whole document as rows: for a text that `isHtmlDocument`. */
export function readHtmlDocument(text: string, lines: LineIndex): RawRow[] {
	const reader = new HtmlRows(text);
	const parser = new Parser(reader.handler(), parserOptions(text));
	reader.bind(parser);
	parser.end(text);
	return placeRows(reader.finish(), lines);
}

/**
 * The rows of the HTML starting on line `firstLine` (which holds a `<table`), up to the end of the line
 * where the last table that starts on one of these lines is closed (or the end of the text): several
 * tables on one line and the paragraphs between them are all read.
 */
export function readHtmlTable(text: string, lines: LineIndex, firstLine: number, options: ParserOptions): { rows: RawRow[]; nextLine: number } {
	const reader = new HtmlRows(text, lines.startOf(firstLine));
	const parser = new Parser(reader.handler(), options);
	reader.bind(parser);
	let line = firstLine;
	for (; line < lines.lineCount; line++) {
		// Lines are fed with their line break, so the parser sees the source exactly.
		const end = line + 1 < lines.lineCount ? lines.startOf(line + 1) : text.length;
		parser.write(text.slice(lines.startOf(line), end));
		if (reader.tableDepth === 0 && line >= firstLine) {
			line++;
			break;
		}
	}
	parser.end();
	return { rows: placeRows(reader.finish(), lines), nextLine: Math.max(line, firstLine + 1) };
}

/** The page's `<title>`, decoded, with the span of its text; null when there is none. */
export function readHtmlTitle(text: string): { text: string; span: Span } | null {
	const open = /<title\b[^>]*>/i.exec(text.slice(0, 50000));
	if (!open) return null;
	const start = open.index + open[0].length;
	const close = text.slice(start, start + 2000).search(/<\/title\s*>/i);
	if (close < 0) return null;
	const pieces: Piece[] = [];
	const parser = new Parser(
		{
			ontext(data) {
				pieces.push({ text: data, start: start + parser.startIndex, end: start + parser.endIndex + 1 });
			},
		},
		{ decodeEntities: true },
	);
	parser.end(text.slice(start, start + close));
	const words = splitWords(pieces);
	if (words.length === 0) return null;
	return { text: words.map((w) => w.text).join(' '), span: { start: words[0].span.start, end: words[words.length - 1].span.end } };
}

/** Elements whose content is never the report. */
const HIDDEN = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'select', 'button', 'iframe', 'svg', 'object', 'nav', 'footer', 'aside', 'form', 'textarea', 'map']);
/** Elements that end a paragraph where they open and close. */
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'center', 'hr', 'br', 'table', 'tr', 'td', 'th', 'caption', 'thead', 'tbody', 'tfoot', 'address', 'figure', 'figcaption', 'title', 'body', 'html']);
/** A class or id that marks the site's chrome: navigation, breadcrumbs, footers, sharing, search. */
const CHROME = /(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|bread|location|position|weizhi|dqwz|footer|foot|copyright|sidebar|share|toolbar|topbar|friendlinks?|search|login)(?:[-_]|$)|^(?:header|head|top|banner|logo|bottom)$/i;
/** A paragraph that is a breadcrumb trail: 您当前所在位置：首页 > 政务公开 > … */
const BREADCRUMB = /^(?:您?当前(?:所在)?位置|您的位置|所在位置|当前路径)\s*[:：]|(?:[>»›＞][^>»›＞]*){2}/;
/** A cell this long is a layout cell (a page laid out with tables), not a data cell. */
const LAYOUT_CELL = 200;

/** A paragraph's text runs and how many of their characters were link text. */
interface Paragraph {
	readonly pieces: readonly Piece[];
	readonly linkChars: number;
}

interface CellFrame {
	readonly kind: 'cell';
	readonly contentStart: number;
	readonly pieces: Piece[];
	/** Rows and paragraphs produced inside the cell: read only when the cell turns out to be layout. */
	readonly out: (RawRow | Paragraph)[];
	nested: boolean;
	colspan: number;
	rowspan: number;
}
interface TableFrame {
	readonly kind: 'table';
	readonly rows: { span: Span; cells: CellFrame[] }[];
	layout: boolean;
	rowStart: number;
	cells: CellFrame[] | null;
}

class HtmlRows {
	tableDepth = 0;
	private parser: Parser | null = null;
	private readonly out: RawRow[] = [];
	private readonly stack: { name: string; hidden: boolean; link: boolean }[] = [];
	private hidden = 0;
	private link = 0;
	private paragraph: Piece[] = [];
	private linkChars = 0;
	private readonly frames: (CellFrame | TableFrame)[] = [];

	constructor(private readonly text: string, private readonly base = 0) {}

	bind(parser: Parser): void {
		this.parser = parser;
	}

	handler(): Partial<Handler> {
		return {
			onopentag: (name, attribs) => this.open(name, attribs),
			onclosetag: (name, implied) => this.close(name, implied),
			ontext: (data) => this.textRun(data),
		};
	}

	finish(): RawRow[] {
		this.flush();
		while (this.frames.length > 0) this.endFrame(this.text.length);
		return this.out;
	}

	private get p(): Parser {
		// Bound before the first write; the parser only calls back while writing.
		return this.parser as Parser;
	}

	private open(name: string, attribs: Record<string, string>): void {
		const cls = attribs.class;
		const id = attribs.id;
		const marker = cls === undefined && id === undefined ? ' ' : `${cls ?? ''} ${id ?? ''}`;
		// A page's <header> is its banner; an article's <header> holds the article's title.
		const banner = name === 'header' && !this.stack.some((e) => e.name === 'article' || e.name === 'main') && !/article|content|detail|title/i.test(marker);
		// Most tags carry neither class nor id: their marker is the one space between the two.
		const hide = HIDDEN.has(name) || banner || (marker.length > 1 && marker.split(/\s+/).some((t) => t !== '' && CHROME.test(t)));
		const isLink = name === 'a';
		this.stack.push({ name, hidden: hide, link: isLink });
		if (hide) this.hidden++;
		if (isLink) this.link++;
		if (this.hidden > 0) return;
		if (BLOCKS.has(name)) this.flush();
		const at = this.base + this.p.endIndex + 1;
		if (name === 'table') {
			const cell = this.cell();
			if (cell) cell.nested = true;
			this.frames.push({ kind: 'table', rows: [], layout: false, rowStart: at, cells: null });
			this.tableDepth++;
		} else if (name === 'tr') {
			const table = this.table();
			if (table) {
				this.endRow(this.base + this.p.startIndex);
				table.cells = [];
				table.rowStart = this.base + this.p.startIndex;
			}
		} else if (name === 'td' || name === 'th') {
			const table = this.table();
			if (table) {
				if (!table.cells) {
					table.cells = [];
					table.rowStart = this.base + this.p.startIndex;
				}
				const frame: CellFrame = { kind: 'cell', contentStart: at, pieces: [], out: [], nested: false, colspan: spanAttr(attribs.colspan), rowspan: spanAttr(attribs.rowspan) };
				table.cells.push(frame);
				this.frames.push(frame);
			}
		} else if (name === 'br' || name === 'p' || name === 'div' || name === 'li') {
			const cell = this.cell();
			if (cell && cell.pieces.length > 0) cell.pieces.push({ text: '\n', start: at, end: at });
		}
	}

	private close(name: string, implied: boolean): void {
		let k = this.stack.length - 1;
		while (k >= 0 && this.stack[k].name !== name) k--;
		if (k < 0) return;
		while (this.stack.length > k) {
			const e = this.stack.pop() as { name: string; hidden: boolean; link: boolean };
			if (e.link) this.link--;
			if (e.hidden) {
				this.hidden--;
				continue;
			}
			if (this.hidden > 0) continue;
			this.closeElement(e.name, implied);
		}
	}

	private closeElement(name: string, implied: boolean): void {
		if (BLOCKS.has(name)) this.flush();
		// An implied close (`<td>` after `<td>`) ends where the next tag starts.
		const end = this.base + (implied ? this.p.startIndex : this.p.endIndex + 1);
		if ((name === 'td' || name === 'th') && this.frames[this.frames.length - 1]?.kind === 'cell') {
			this.frames.pop();
		} else if (name === 'tr') {
			this.endRow(end);
		} else if (name === 'table' && this.table()) {
			this.endRow(this.base + this.p.startIndex);
			this.endFrame(end);
		}
	}

	private textRun(data: string): void {
		if (this.hidden > 0) return;
		const piece = { text: data, start: this.base + this.p.startIndex, end: this.base + this.p.endIndex + 1 };
		const top = this.frames[this.frames.length - 1];
		if (top?.kind === 'cell') top.pieces.push(piece);
		// Text between cells (`<tr> x <td>`) belongs to no cell; a browser moves it out of the table.
		else if (top?.kind === 'table' && data.trim() === '') return;
		this.paragraph.push(piece);
		if (this.link > 0) this.linkChars += data.trim().length;
	}

	/**
	 * Ends the current paragraph: a `plain` row of its words, unless it is chrome. Inside a table cell the row
	 * is made only if the table turns out to be layout; a data table reads its cells instead.
	 */
	private flush(): void {
		if (this.paragraph.length === 0) return;
		const paragraph: Paragraph = { pieces: this.paragraph, linkChars: this.linkChars };
		this.paragraph = [];
		this.linkChars = 0;
		const cell = this.cell();
		if (cell) cell.out.push(paragraph);
		else {
			const row = paragraphRow(paragraph);
			if (row) this.out.push(row);
		}
	}

	private emit(row: RawRow): void {
		const cell = this.cell();
		(cell ? cell.out : this.out).push(row);
	}

	private cell(): CellFrame | null {
		for (let k = this.frames.length - 1; k >= 0; k--) {
			const f = this.frames[k];
			if (f.kind === 'cell') return f;
		}
		return null;
	}

	private table(): TableFrame | null {
		const top = this.frames[this.frames.length - 1];
		if (top?.kind === 'table') return top;
		// A `<tr>` or `<td>` while a cell is open closes that cell (htmlparser2 implies the close).
		if (top?.kind === 'cell' && this.frames[this.frames.length - 2]?.kind === 'table') {
			this.frames.pop();
			return this.frames[this.frames.length - 1] as TableFrame;
		}
		return null;
	}

	private endRow(end: number): void {
		const table = this.table();
		if (!table || !table.cells) return;
		if (table.cells.length > 0) table.rows.push({ span: { start: table.rowStart, end: Math.max(end, table.rowStart) }, cells: table.cells });
		for (const c of table.cells) if (c.nested || visibleLength(c.pieces) > LAYOUT_CELL) table.layout = true;
		table.cells = null;
	}

	/** Closes the innermost table: a data table becomes `html` rows, a layout table its cells' content. */
	private endFrame(end: number): void {
		while (this.frames[this.frames.length - 1]?.kind === 'cell') this.frames.pop();
		const table = this.frames.pop();
		if (!table || table.kind !== 'table') return;
		this.tableDepth--;
		this.endRow(end);
		for (const row of table.rows) {
			if (table.layout) {
				for (const c of row.cells) {
					const rows = rowsOf(c.out);
					if (rows.length > 0 || c.nested) for (const r of rows) this.emit(r);
					else {
						this.paragraph = c.pieces;
						this.flush();
					}
				}
			} else {
				this.emit({ style: 'html', cells: row.cells.map(cellOf), span: row.span, firstLine: 0, lastLine: 0 });
			}
		}
	}
}

/** A paragraph as a `plain` row of its words; null when it has none or is chrome (link-only, a breadcrumb trail). */
function paragraphRow(paragraph: Paragraph): RawRow | null {
	const pieces = paragraph.pieces;
	const words = splitWords(pieces);
	if (words.length === 0) return null;
	const all = (pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('')).trim();
	// Words hold a character that is not white space, so a paragraph without link text is never link-only.
	const linkOnly = paragraph.linkChars > 0 && paragraph.linkChars >= all.replace(/\s/g, '').length && all.length <= 30;
	if (linkOnly || BREADCRUMB.test(all)) return null;
	return { style: 'plain', cells: words, span: { start: words[0].span.start, end: words[words.length - 1].span.end }, firstLine: 0, lastLine: 0 };
}

/** The rows a cell produced, its paragraphs made into rows. */
function rowsOf(out: readonly (RawRow | Paragraph)[]): RawRow[] {
	const rows: RawRow[] = [];
	for (const o of out) {
		if ('style' in o) rows.push(o);
		else {
			const row = paragraphRow(o);
			if (row) rows.push(row);
		}
	}
	return rows;
}

function spanAttr(value: string | undefined): number {
	const n = value === undefined ? 1 : parseInt(value, 10);
	return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/** The length of the pieces' text without the white space at each piece's ends (as `trim` removes it). */
function visibleLength(pieces: readonly Piece[]): number {
	let n = 0;
	for (const p of pieces) {
		const t = p.text;
		let from = 0;
		let to = t.length;
		while (from < to && isWhiteSpaceCode(t.charCodeAt(from))) from++;
		while (to > from && isWhiteSpaceCode(t.charCodeAt(to - 1))) to--;
		n += to - from;
	}
	return n;
}

/** White space between words: JavaScript's `\s` (which includes the ideographic space) and the zero-width space. */
function isSpace(c: number): boolean {
	return isWhiteSpaceCode(c) || c === 0x200b;
}

/** A data cell: its text decoded, white space at both ends removed, its span the visible source. */
function cellOf(c: CellFrame): RawCell {
	const span = visibleSpan(c.pieces);
	const cell: { text: string; span: Span; colSpan?: number; rowSpan?: number } =
		span === null ? { text: '', span: { start: c.contentStart, end: c.contentStart } } : { text: cellText(c.pieces), span };
	if (c.colspan > 1) cell.colSpan = c.colspan;
	if (c.rowspan > 1) cell.rowSpan = c.rowspan;
	return cell;
}

/**
 * The source span from the first to the last character that is not white space (the span of the words
 * `splitWords` finds, without making them), or null when there is none.
 */
function visibleSpan(pieces: readonly Piece[]): Span | null {
	let start = -1;
	for (let n = 0; n < pieces.length && start < 0; n++) {
		const p = pieces[n];
		for (let k = 0; k < p.text.length; k++) {
			if (isSpace(p.text.charCodeAt(k))) continue;
			start = p.text.length === p.end - p.start ? p.start + k : p.start;
			break;
		}
	}
	if (start < 0) return null;
	for (let n = pieces.length - 1; n >= 0; n--) {
		const p = pieces[n];
		for (let k = p.text.length - 1; k >= 0; k--) {
			if (isSpace(p.text.charCodeAt(k))) continue;
			return { start, end: p.text.length === p.end - p.start ? p.start + k + 1 : p.end };
		}
	}
	return null;
}

/** A cell's text: white space at both ends removed; inner runs of white space holding a line break become one line break. */
function cellText(pieces: readonly Piece[]): string {
	const joined = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('');
	let from = 0;
	let to = joined.length;
	while (from < to && isSpace(joined.charCodeAt(from))) from++;
	while (to > from && isSpace(joined.charCodeAt(to - 1))) to--;
	const t = from === 0 && to === joined.length ? joined : joined.slice(from, to);
	return t.indexOf('\n') < 0 ? t : t.replace(/[ \t\u00a0\u3000]*\n[\s\u3000\u00a0]*/g, '\n');
}

/**
 * The words of a run of pieces (split on white space), each with the source span of its characters.
 * A word may run on over several pieces (`a&amp;b`); a piece whose source is longer than its text (an
 * entity) gives its characters the whole entity's span.
 */
function splitWords(pieces: readonly Piece[]): RawCell[] {
	const words: RawCell[] = [];
	let word = '';
	let start = -1;
	let end = -1;
	for (const p of pieces) {
		const t = p.text;
		const exact = t.length === p.end - p.start;
		let from = -1;
		for (let k = 0; k < t.length; k++) {
			if (!isSpace(t.charCodeAt(k))) {
				if (from < 0) {
					from = k;
					if (start < 0) start = exact ? p.start + k : p.start;
				}
				continue;
			}
			if (from >= 0) {
				word += t.slice(from, k);
				end = exact ? p.start + k : p.end;
				from = -1;
			}
			if (word !== '') words.push({ text: word, span: { start, end } });
			word = '';
			start = -1;
		}
		if (from >= 0) {
			word += from === 0 ? t : t.slice(from);
			end = exact ? p.start + t.length : p.end;
		}
	}
	if (word !== '') words.push({ text: word, span: { start, end } });
	return words;
}

/** Sets each row's lines from its span (rows come in document order). */
function placeRows(rows: readonly RawRow[], lines: LineIndex): RawRow[] {
	return rows.map((r) => ({ style: r.style, cells: r.cells, span: r.span, firstLine: lines.lineAt(r.span.start), lastLine: lines.lineAt(Math.max(r.span.start, r.span.end - 1)), decoded: true }));
}
