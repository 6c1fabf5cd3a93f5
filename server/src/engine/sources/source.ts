/**
 * A report read from a published file (PDF, Word) as blocks of prose and table rows, each with the place it
 * came from, and the nianbao text written from them: prose paragraphs one per line, table rows as
 * tab-separated cells. Diagnostics on that text are traced back to pages, paragraphs, tables, rows and columns.
 */
import type { Lang } from '../rules/rule';
import type { Span } from '../text/span';

/** Where a piece of converted text came from; every number is 1-based. */
export interface SourceLocation {
	/** The PDF page. */
	readonly page?: number;
	/** The paragraph of prose, counted through the document (tables not counted). */
	readonly paragraph?: number;
	/** The table, counted through the document; a table continued on the next page keeps its number. */
	readonly table?: number;
	readonly row?: number;
	readonly column?: number;
}

export type SourceBlock =
	| { readonly kind: 'paragraph'; readonly text: string; readonly at: SourceLocation }
	| { readonly kind: 'row'; readonly cells: readonly string[]; readonly at: SourceLocation };

export interface SourceMapEntry {
	readonly span: Span;
	readonly at: SourceLocation;
}

export interface ConvertedReport {
	readonly text: string;
	/** Sorted by offset, not overlapping: the paragraphs and the cells of the text (an empty cell as an empty span). */
	readonly map: readonly SourceMapEntry[];
}

/** Tabs and line breaks inside a cell or paragraph would change the rows the engine reads: they become spaces. */
function flat(s: string): string {
	return s.replace(/[\t\r\n\u2028\u2029\v\f]+/g, ' ').trim();
}

/**
 * Writes the blocks as nianbao text: one line per paragraph, one line of tab-separated cells per row.
 */
export function renderBlocks(blocks: readonly SourceBlock[]): ConvertedReport {
	let text = '';
	const map: SourceMapEntry[] = [];
	for (const b of blocks) {
		if (b.kind === 'paragraph') {
			const t = flat(b.text);
			if (t === '') continue;
			map.push({ span: { start: text.length, end: text.length + t.length }, at: b.at });
			text += t + '\n';
			continue;
		}
		const cells = b.cells.map(flat);
		// A row of empty cells is still a row (a blank data row): tabs only; a single empty cell is nothing.
		if (cells.length < 2 && cells.every((c) => c === '')) continue;
		// A leading tab with no other tab after it would start a one-cell-per-line row: write the cell bare.
		const first = cells.length === 2 && cells[0] === '' && cells[1] !== '' ? 1 : 0;
		for (let k = first; k < cells.length; k++) {
			if (k > first) text += '\t';
			// An empty cell is mapped too (an empty span where the engine puts its blank cell), so a finding on a
			// blank cell names its own column, not the cell before it.
			map.push({ span: { start: text.length, end: text.length + cells[k].length }, at: { ...b.at, column: k + 1 } });
			text += cells[k];
		}
		text += '\n';
	}
	return { text, map };
}

/** The source location of a text offset: the entry holding it, else the nearest one before it. */
export function locate(map: readonly SourceMapEntry[], offset: number): SourceLocation | null {
	let lo = 0;
	let hi = map.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (map[mid].span.start <= offset) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	if (found < 0) return map.length > 0 ? map[0].at : null;
	return map[found].at;
}

/** The location in words: 第 3 页，第 2 个表格第 5 行第 3 列 / page 3, table 2, row 5, column 3. */
export function describeLocation(at: SourceLocation, lang: Lang): string {
	const parts: string[] = [];
	if (lang === 'zh') {
		if (at.page !== undefined) parts.push(`第 ${at.page} 页`);
		if (at.table !== undefined) {
			let t = `第 ${at.table} 个表格`;
			if (at.row !== undefined) t += `第 ${at.row} 行`;
			if (at.column !== undefined) t += `第 ${at.column} 列`;
			parts.push(t);
		} else if (at.paragraph !== undefined) parts.push(`第 ${at.paragraph} 段`);
		return parts.join('，');
	}
	if (at.page !== undefined) parts.push(`page ${at.page}`);
	if (at.table !== undefined) {
		parts.push(`table ${at.table}`);
		if (at.row !== undefined) parts.push(`row ${at.row}`);
		if (at.column !== undefined) parts.push(`column ${at.column}`);
	} else if (at.paragraph !== undefined) parts.push(`paragraph ${at.paragraph}`);
	return parts.join(', ');
}
