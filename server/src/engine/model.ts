import type { ActiveBlockKey, ColumnKey, ColumnKind, RowKey, TableVersion } from './format/tables';
import type { SectionNumber } from './format/sections';
import type { RowStyle } from './syntax/rows';
import type { Span } from './text/span';
import type { CellKind } from './text/value';
import type { Diagnostic } from './vocabulary';

/**
 * `2019` and `2021`: the two versions of the unified format; `pre-2019`: the structure used before it
 * (no statistical tables, other headings); `unknown`: not enough to tell.
 */
export type FormatVersion = TableVersion | 'pre-2019' | 'unknown';

/** A piece of text found in the document, with where it was found. */
export interface Located<T = string> {
	readonly value: T;
	readonly text: string;
	readonly span: Span;
}

export interface ReportDate {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

export interface Heading {
	/** The heading as written, without Markdown decoration. */
	readonly text: string;
	readonly span: Span;
}

export interface Section {
	/** The standard section this is (1–6 for 一…六), or null when the heading matches none. */
	readonly number: SectionNumber | null;
	/** The numeral the heading is written with (四 → 4), or null when it has none. */
	readonly writtenNumber: number | null;
	readonly heading: Heading;
	/** The standard wording of the heading, when the section is a standard one. */
	readonly standardHeading: string | null;
	/** From the start of the heading to just before the next section's heading (or the end). */
	readonly span: Span;
	readonly subheadings: readonly Heading[];
}

/** One value cell of a table. */
export interface Cell {
	/** The column key (docs/format.md): `natural`, `decisions`, `review.total`… */
	readonly column: ColumnKey;
	readonly columnKind: ColumnKind;
	readonly kind: CellKind;
	/** The number, or null when the cell is blank, a placeholder, text, or missing. */
	readonly value: number | null;
	/** The unit written in the cell or fixed by the column header, or null. */
	readonly unit: string | null;
	readonly decimal: boolean;
	/** The cell's text as written (trimmed). */
	readonly text: string;
	/** Where the text is; zero-width at the place the value would go when the cell is empty. */
	readonly span: Span;
	/** True when the row ended before this cell (the row has fewer cells than columns). */
	readonly missing: boolean;
}

export interface Row {
	readonly key: RowKey;
	/** The row's label as written (the most specific label cell), and where. */
	readonly label: Heading;
	/** The whole row, label to last cell. */
	readonly span: Span;
	/** Cells by column key, in column order. */
	readonly cells: readonly Cell[];
	/** Cells beyond the table's columns. */
	readonly extraCells: readonly Heading[];
	readonly style: RowStyle;
}

/** A row the format does not have (e.g. 其他主动公开文件): kept, never dropped. */
export interface ExtraRow {
	readonly label: Heading;
	readonly span: Span;
	readonly values: readonly Heading[];
	/** The standard row this one repeats, when it is a second copy of one (only the first counts). */
	readonly duplicateOf?: RowKey;
}

/**
 * `parsed`: rows were read (rows that could not be placed are listed in `unplaced`); `unparsed`: the table
 * is there but none of its numbers can be assigned with certainty (e.g. scrambled by a PDF extractor).
 * Nothing is guessed either way.
 */
export type TableStatus = 'parsed' | 'unparsed';

/**
 * Why rows could not be placed: `count`, `found` groups of numbers for `expected` rows; `width`, a group
 * of `found` numbers where a row has `expected` columns (a layout that drops blank cells); `scattered`,
 * labels and numbers a PDF extractor separated beyond recovery.
 */
export type UnplacedReason = 'count' | 'width' | 'scattered';

/** A stretch of a table whose numbers could not be placed in rows with certainty; nothing there is read. */
export interface UnplacedRows {
	/** The standard rows that may be there, in table order (empty when the numbers fit no row). */
	readonly keys: readonly RowKey[];
	/** The text holding the numbers and labels that could not be placed. */
	readonly span: Span;
	readonly reason: UnplacedReason;
	readonly found: number;
	readonly expected: number;
}

interface TableBase {
	readonly status: TableStatus;
	readonly span: Span;
	/** The version the table's labels follow, or null when they do not tell. */
	readonly version: TableVersion | null;
	readonly rows: readonly Row[];
	readonly extraRows: readonly ExtraRow[];
	/** Keys of standard rows that are absent (e.g. a truncated table); rows in `unplaced` are not absent. */
	readonly missingRows: readonly RowKey[];
	/** Rows that are there but could not be placed with certainty; every other row is read and checked. */
	readonly unplaced: readonly UnplacedRows[];
	/** How the table is written, for edits that must keep its style. */
	readonly style: RowStyle;
}

export interface ActiveBlock {
	readonly key: ActiveBlockKey;
	readonly status: TableStatus;
	readonly span: Span;
	/** The 第二十条第（X）项 marker, when written. */
	readonly marker: Heading | null;
	/** The header row (信息内容 | 本年新制作数量 | …), when readable. */
	readonly header: Heading | null;
	/** Column keys in the order the block's header (or the format) gives them. */
	readonly columns: readonly ColumnKey[];
	readonly rows: readonly Row[];
}

/** Table 二, 主动公开政府信息情况. */
export interface ActiveTable extends TableBase {
	readonly key: 'active';
	readonly blocks: readonly ActiveBlock[];
	/** Blocks the detected version has that are absent. */
	readonly missingBlocks: readonly ActiveBlockKey[];
}

/** Table 三, 收到和处理政府信息公开申请情况. */
export interface RequestsTable extends TableBase {
	readonly key: 'requests';
}

/** Table 四, 政府信息公开行政复议、行政诉讼情况: one row of 15 cells keyed `review.upheld` … */
export interface AppealsTable extends TableBase {
	readonly key: 'appeals';
}

export type Table = ActiveTable | RequestsTable | AppealsTable;

export interface Tables {
	readonly active: ActiveTable | null;
	readonly requests: RequestsTable | null;
	readonly appeals: AppealsTable | null;
}

/** Everything the engine reads from one report. */
export interface Report {
	readonly version: FormatVersion;
	readonly year: number | null;
	readonly title: Located | null;
	/** The reporting body (机关), from the title or the signature. */
	readonly body: Located | null;
	/** The signing or publication date. */
	readonly date: Located<ReportDate> | null;
	readonly sections: readonly Section[];
	readonly tables: Tables;
	readonly diagnostics: readonly Diagnostic[];
}

/** The model as rules see it: everything but the diagnostics they produce. */
export type ReportModel = Omit<Report, 'diagnostics'>;
