import type { SkeletonStyle } from '../format/skeleton';
import type { Cell, Report, Row } from '../model';
import type { TextEdit } from '../vocabulary';
import type { RowStyle } from '../syntax/rows';
import type { LineIndex } from '../text/lineIndex';

/** Writes a number as a cell value: integers plainly, decimals without float noise. */
export function formatNumber(n: number): string {
	return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

/**
 * Sets a cell to a value, touching only that cell's text. An empty cell gets the value inserted where it
 * belongs (between its tabs, after its tab, inside `|  |`), so the row keeps its layout.
 */
export function setCell(text: string, cell: Cell, value: number | string): TextEdit {
	const v = typeof value === 'number' ? formatNumber(value) : value;
	if (cell.span.start === cell.span.end && text[cell.span.start] === '|') return { span: cell.span, newText: `${v} ` };
	return { span: cell.span, newText: v };
}

/**
 * Whether a value can be written into a cell without running into another: a cell with text, or an empty
 * cell whose place no other cell of its row shares or touches. Where a layout dropped the separators
 * (`2.重复申请` with seven empty cells at one offset), writing 0 into each would make one cell `0000000`.
 */
export function hasOwnPlace(row: Pick<Row, 'cells'>, cell: Cell): boolean {
	if (cell.span.end > cell.span.start) return true;
	const at = cell.span.start;
	return !row.cells.some((c) => c !== cell && (c.span.start === at || c.span.end === at));
}

/**
 * The style of the line holding `offset`: one cell per line (a tab, then one cell) where the table was
 * read as tab rows from lines like that, so rows inserted after it are separated by an empty line.
 */
export function lineStyleAt(text: string, lines: LineIndex, offset: number, style: RowStyle): RowStyle {
	if (style !== 'tab') return style;
	const line = text.slice(lineStartAt(lines, offset), lineEndAt(lines, offset));
	return /^\t[^\t]*$/.test(line) ? 'cells' : style;
}

/** The start of the line that holds `offset`. */
export function lineStartAt(lines: LineIndex, offset: number): number {
	return lines.startOf(lines.lineAt(offset));
}

/** The end of the line that holds `offset` (before its line break). */
export function lineEndAt(lines: LineIndex, offset: number): number {
	return lines.endOf(lines.lineAt(offset));
}

/** The style in which new tables for this document are written: its own, or Markdown for a Markdown report. */
export function documentStyle(text: string, report: Pick<Report, 'tables'>): SkeletonStyle {
	const styles = [report.tables.active, report.tables.requests, report.tables.appeals].filter((t) => t !== null).map((t) => t.style);
	if (styles.includes('pipe')) return 'markdown';
	if (styles.includes('cells')) return 'cells';
	if (styles.length > 0) return 'tsv';
	return /^#{1,6}\s/m.test(text) ? 'markdown' : 'tsv';
}

/** The skeleton style matching a row style, for rows inserted into an existing table. */
export function styleOfRow(style: RowStyle): SkeletonStyle {
	return style === 'pipe' ? 'markdown' : style === 'cells' ? 'cells' : 'tsv';
}

/** One row in the style of its table: tab-separated, pipes, one cell per line, or an HTML `<tr>`. */
export function renderRow(cells: readonly string[], style: RowStyle, eol: string): string {
	switch (style) {
		case 'pipe':
			return `| ${cells.join(' | ')} |`;
		case 'cells':
			return cells.map((c) => `\t${c}`).join(eol);
		case 'html':
			return `<tr>${cells.map((c) => `<td>${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</td>`).join('')}</tr>`;
		default:
			return cells.join('\t');
	}
}

/** How many cells a row is written with (so inserted Markdown rows have as many columns as their table). */
export function writtenWidth(text: string, row: Row, lines: LineIndex): number {
	if (row.style !== 'pipe') return 0;
	const line = lines.line(lines.positionAt(row.span.start).line).text.trim();
	return line.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length;
}

/**
 * Text inserted after the line holding `offset`: a line break and the new lines (one-cell-per-line rows
 * are separated by an empty line).
 */
export function insertAfterLine(lines: LineIndex, offset: number, body: string, eol: string, style: RowStyle): TextEdit {
	const at = lineEndAt(lines, offset);
	return { span: { start: at, end: at }, newText: (style === 'cells' ? eol + eol : eol) + body };
}

/** The prefix the document writes before its section headings (`## `, full-width indentation), if any. */
export function headingPrefix(text: string, report: Pick<Report, 'sections'>, lines: LineIndex): string {
	for (const s of report.sections) {
		const start = lineStartAt(lines, s.heading.span.start);
		const prefix = text.slice(start, s.heading.span.start);
		if (/^[#\s\u3000]*$/.test(prefix)) return prefix.replace(/\*+/g, '');
	}
	return '';
}
