import type { Line, LineIndex } from '../text/lineIndex';
import { isBlank, isWhiteSpaceCode, trimRange } from '../text/fold';
import type { Span } from '../text/span';
import type { ParserOptions } from 'htmlparser2';
import { isHtmlDocument, parserOptions, readHtmlDocument, readHtmlTable } from './html';
import { readValue, type CellValue } from '../text/value';

/**
 * How a row arrived:
 * - `tab`: cells separated by tabs on one line, empty cells where the layout merges (Word → text).
 * - `cells`: one cell per line, each starting with a tab; lines without a tab continue the cell; an empty
 *   line ends the row (Word → text of another kind).
 * - `pipe`: a Markdown pipe table row.
 * - `html`: a `<tr>` of an HTML `<table>` pasted from a web page.
 * - `plain`: any other line, split on white space (prose, and tables that a PDF extractor flattened).
 */
export type RowStyle = 'tab' | 'cells' | 'pipe' | 'html' | 'plain';

/** A cell as written: its trimmed text (it may span lines) and the span of that text. */
export interface RawCell {
	readonly text: string;
	/** The trimmed text's span; zero-width where the cell is empty, at the place a value would go. */
	readonly span: Span;
	/** An HTML cell's `colspan` and `rowspan`, where greater than 1. */
	readonly colSpan?: number;
	readonly rowSpan?: number;
	/**
	 * An empty pipe cell with at most one space between its pipes (`| |`, `||`): also where one row's closing
	 * pipe meets the next row's opening pipe when a crawler joins a Markdown table's lines.
	 */
	readonly narrow?: boolean;
	/** What the text holds, read once on first use by `valueOf` (several readers ask). */
	value?: CellValue;
}

/** What a cell holds (number, blank, placeholder or text), read once per cell. */
export function valueOf(cell: RawCell): CellValue {
	return (cell.value ??= readValue(cell.text));
}

export interface RawRow {
	readonly style: RowStyle;
	readonly cells: readonly RawCell[];
	/** From the start of the row's first line to the end of its last line. */
	readonly span: Span;
	readonly firstLine: number;
	readonly lastLine: number;
	/** Cells read from markup (HTML): their text is decoded, so it may differ from the source it spans. */
	readonly decoded?: boolean;
	/**
	 * The row's pieces as a table's stream reads them, made on first use (reader/stream.ts): the tables' readers
	 * stream overlapping regions, so a row is tokenised once. Index 0 as is, 1 closing the cell above it.
	 */
	pieces?: [readonly RawCell[] | undefined, readonly RawCell[] | undefined];
	/**
	 * A delimited row's label cells (layout debris left out), value cells and whether any cell was a label (debris
	 * included), split on first use (reader/stream.ts); null where it is prose or holds nothing.
	 */
	split?: { readonly labels: readonly RawCell[]; readonly values: readonly RawCell[]; readonly labelled: boolean } | null;
}

/**
 * Splits the document into rows. Every non-empty line ends up in exactly one row (or is a Markdown
 * separator line, `| --- |`, which holds no cell), so nothing the user wrote is lost; linear in the text.
 */
export function splitRows(text: string, lines: LineIndex): RawRow[] {
	// A web page is read by the HTML parser as a whole: its line breaks mean nothing.
	if (isHtmlDocument(text)) return readHtmlDocument(text, lines);
	// Most documents have no pipes or markup at all; then no line needs those checks.
	const mayPipe = text.indexOf('|') >= 0;
	const mayHtml = text.indexOf('<') >= 0;
	const rows: RawRow[] = [];
	// Looked up once for every table of the text (a test over the whole text).
	let htmlOptions: ParserOptions | null = null;
	let i = 0;
	const count = lines.lineCount;
	while (i < count) {
		// A line of tabs only is a row of empty cells (a blank data row), not a blank line.
		if (isBlankRange(text, lines.startOf(i), lines.endOf(i))) {
			i++;
			continue;
		}
		const line = lines.line(i);
		const tableAt = mayHtml && line.text.indexOf('<') >= 0 ? line.text.search(/<table[\s>]/i) : -1;
		if (tableAt >= 0) {
			const html = readHtmlTable(text, lines, i, (htmlOptions ??= parserOptions(text)));
			rows.push(...html.rows);
			i = html.nextLine;
			continue;
		}
		const pipe = mayPipe ? pipeCells(line) : null;
		if (pipe) {
			if (!pipe.every((c) => /^:?-+:?$/.test(c.text))) rows.push(makeRow('pipe', pipe, line, line));
			i++;
			continue;
		}
		const afterIndent = text.charCodeAt(line.start) === 9 ? 1 : 0;
		// A line without a leading tab is split into words in the same pass that looks for a tab.
		const words = afterIndent === 0 ? plainCells(text, line) : null;
		if (words === null ? hasTab(text, line.start + 1, line.end) : words === TAB) {
			rows.push(makeRow('tab', tabCells(text, line), line, line));
			i++;
			continue;
		}
		if (words === null) {
			const cells = readCellsRow(text, lines, i, mayPipe || mayHtml);
			rows.push({ style: 'cells', cells: cells.cells, span: { start: line.start, end: lines.endOf(cells.nextLine - 1) }, firstLine: i, lastLine: cells.nextLine - 1 });
			i = cells.nextLine;
			continue;
		}
		rows.push(makeRow('plain', words, line, line));
		i++;
	}
	return rows;
}

function makeRow(style: RowStyle, cells: readonly RawCell[], first: Line, last: Line): RawRow {
	return { style, cells, span: { start: first.start, end: last.end }, firstLine: first.index, lastLine: last.index };
}

/** A cell for `text[start, end)`, trimmed; an empty cell sits at `start`. */
export function cellOf(text: string, start: number, end: number): RawCell {
	const r = trimRange(text, start, end);
	return r ? { text: text.slice(r.start, r.end), span: r } : { text: '', span: { start, end: start } };
}

function tabCells(text: string, line: Line): RawCell[] {
	const cells: RawCell[] = [];
	let start = line.start;
	for (let k = line.start; k <= line.end; k++) {
		if (k === line.end || text.charCodeAt(k) === 9) {
			cells.push(cellOf(text, start, k));
			start = k + 1;
		}
	}
	return cells;
}

function shift(c: RawCell, by: number): RawCell {
	return { text: c.text, span: { start: c.span.start + by, end: c.span.end + by } };
}

/**
 * One cell per line (002): each cell starts with a tab; a line without a leading tab continues the cell
 * above (a wrapped label such as 自/然/人); an empty line ends the row.
 *
 * ```text
 * →一、本年新收政府信息公开申请数量   ← cell 1
 * →1                                 ← cell 2
 * (empty line)                       ← end of row
 * ```
 */
function readCellsRow(text: string, lines: LineIndex, first: number, mayMarkup: boolean): { cells: RawCell[]; nextLine: number } {
	const cells: RawCell[] = [];
	let cellStart = lines.startOf(first) + 1;
	let cellEnd = lines.endOf(first);
	let j = first + 1;
	for (; j < lines.lineCount; j++) {
		// Lines are looked at by offset; a Line (and its text) is made only where text must be read.
		const start = lines.startOf(j);
		const end = lines.endOf(j);
		// Word writes empty paragraphs inside a cell as a single space; only a truly empty line ends the row.
		if (start === end) break;
		const afterIndent = text.charCodeAt(start) === 9 ? 1 : 0;
		if (afterIndent === 1 && hasTab(text, start + 1, end)) break;
		if (mayMarkup) {
			const l = lines.line(j);
			if (pipeCells(l) || (l.text.indexOf('<') >= 0 && /<table[\s>]/i.test(l.text))) break;
		}
		if (afterIndent === 1) {
			cells.push(cellOf(text, cellStart, cellEnd));
			cellStart = start + 1;
			cellEnd = end;
		} else {
			if (looksLikeSectionHeading(text.slice(start, end))) break;
			cellEnd = end;
		}
	}
	cells.push(cellOf(text, cellStart, cellEnd));
	return { cells, nextLine: j };
}

/** A cheap test used only to stop a one-cell-per-line row from swallowing the next section's heading. */
function looksLikeSectionHeading(lineText: string): boolean {
	return /^[\s\u3000#*]*[一二三四五六][、.．]\s*\S/.test(lineText) && lineText.length < 60 && /情况|事项|问题/.test(lineText);
}

/** The cells of a Markdown pipe-table line, or null when the line is not one. */
function pipeCells(line: Line): RawCell[] | null {
	const t = line.text;
	if (t.indexOf('|') < 0) return null;
	const bars: number[] = [];
	for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) === 124 /* | */ && t.charCodeAt(k - 1) !== 92 /* \ */) bars.push(k);
	if (bars.length === 0) return null;
	const bounds = [-1, ...bars, t.length];
	const cells: RawCell[] = [];
	for (let k = 0; k + 1 < bounds.length; k++) {
		const c = cellOf(t, bounds[k] + 1, bounds[k + 1]);
		// An empty cell `|  |`: a value typed into it goes after the first space.
		const inside = c.text === '' && bounds[k + 1] - bounds[k] > 2 ? 1 : 0;
		const cell = shift(inside ? { text: '', span: { start: c.span.start + 1, end: c.span.start + 1 } } : c, line.start);
		cells.push(c.text === '' && !inside ? { ...cell, narrow: true } : cell);
	}
	// Outer pipes leave an empty first and last segment: `| a | b |`.
	if (isBlank(t.slice(0, bars[0]))) cells.shift();
	if (isBlank(t.slice(bars[bars.length - 1] + 1))) {
		cells.pop();
		dropPadding(t, bars, cells, line.start);
	}
	return cells.length >= 2 ? cells : null;
}

/**
 * A web table flattened row by row pads each row to the grid's width with a run of pipes after its last
 * cell (`行政许可 | 0 | ||`, `一、本年新收… | 0 | ||||||||`): the run stands for cells the row does not have,
 * not for empty ones, so the empty segments after the last cell's pipe are dropped.
 */
function dropPadding(t: string, bars: readonly number[], cells: RawCell[], lineStart: number): void {
	const n = bars.length;
	if (n < 3 || bars[n - 1] !== bars[n - 2] + 1) return;
	let first = n - 2;
	while (first > 0 && bars[first - 1] === bars[first] - 1) first--;
	// The run follows the last cell's pipe after white space: `0 | ||`.
	const before = first - 1;
	if (before < 0 || !isBlank(t.slice(bars[before] + 1, bars[first]))) return;
	const after = lineStart + bars[before];
	// A row of a label and padding only (`行政许可 | |||`) is a blank row: its empty cells stay, to read as blanks.
	let last = cells.length - 1;
	while (last >= 0 && cells[last].text === '') last--;
	if (last < 1) return;
	while (cells.length > 0 && cells[cells.length - 1].text === '' && cells[cells.length - 1].span.start > after) cells.pop();
}

/** What `plainCells` returns for a line holding a tab: a tab row, not words. */
const TAB: readonly RawCell[] = [];

/** Tokens of a plain line, split on white space (spaces, ideographic spaces); `TAB` where the line holds a tab. */
function plainCells(text: string, line: Line): readonly RawCell[] {
	const cells: RawCell[] = [];
	const end = line.end;
	let from = -1;
	for (let k = line.start; k < end; k++) {
		const c = text.charCodeAt(k);
		// CJK characters and punctuation (U+3001 to U+FEFE) are neither white space nor a tab: two comparisons decide most of a line.
		if (c > 0x3000 && c < 0xfeff) {
			if (from < 0) from = k;
		} else if (c === 9) return TAB;
		else if (!isWhiteSpaceCode(c)) {
			if (from < 0) from = k;
		} else if (from >= 0) {
			cells.push({ text: text.slice(from, k), span: { start: from, end: k } });
			from = -1;
		}
	}
	if (from >= 0) cells.push({ text: text.slice(from, end), span: { start: from, end } });
	return cells;
}

/** Whether `text[start, end)` holds a tab (bounded: `indexOf` would run on to the next tab in the document). */
function hasTab(text: string, start: number, end: number): boolean {
	for (let k = start; k < end; k++) if (text.charCodeAt(k) === 9) return true;
	return false;
}

/** A line with nothing visible and no tab (a line of tabs is a row of empty cells). */
function isBlankRange(text: string, start: number, end: number): boolean {
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (c === 9 || !(c === 32 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 13 || c === 10 || c === 11 || c === 12)) return false;
	}
	return true;
}
