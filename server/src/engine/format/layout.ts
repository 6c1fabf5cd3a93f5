import {
	ACTIVE_BLOCKS, ACTIVE_CORNER, APPEAL_CELLS, APPEAL_GROUPS, APPEAL_SUITS, APPEALS_ROW, REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS,
	REQUEST_GROUPS, REQUESTS_APPLICANTS, REQUESTS_CORNER, REQUESTS_ORGANISATIONS, requestRows,
	type ActiveBlockKey, type ColumnDef, type RowKey, type TableKey, type TableVersion,
} from './tables';

/**
 * The official layout of each table (docs/format.md): header rows with their merged cells, and the row
 * labels with their merged groups, as the format's templates print them. Skeletons, inserted rows, the
 * preview and exports all draw tables from here, so the layout is written down once.
 */

/** A cell as an HTML table writes it: it occupies its place and `colSpan − 1` places to the right, `rowSpan − 1` below. */
export interface LayoutCell {
	readonly text: string;
	readonly colSpan: number;
	readonly rowSpan: number;
}

export interface LayoutRow {
	readonly key: RowKey;
	/** The row's own label, verbatim (empty for table 四's data row, which has none). */
	readonly label: string;
	/** The label cells that start on this row, left to right: a merged group label only on the group's first row. */
	readonly labels: readonly LayoutCell[];
	/** The merged labels the row sits under, outermost first (三、本年度办理结果, （三）不予公开). */
	readonly groups: readonly string[];
}

export interface LayoutBlock {
	/** A block of table 二, or the whole of table 三 or 四. */
	readonly key: ActiveBlockKey | 'requests' | 'appeals';
	/** The 第二十条第（X）项 line above a block of table 二; null for tables 三 and 四. */
	readonly marker: string | null;
	/** How many columns the row labels take: 1 in table 二, 3 in table 三, none in table 四. */
	readonly labelColumns: number;
	/** The header rows, cells with spans, spanning the label columns and the value columns. */
	readonly header: readonly (readonly LayoutCell[])[];
	/** The value columns, in order (table 四's keyed `group.column`). */
	readonly columns: readonly ColumnDef[];
	readonly rows: readonly LayoutRow[];
}

export interface TableLayout {
	readonly key: TableKey;
	readonly version: TableVersion;
	readonly blocks: readonly LayoutBlock[];
}

const cell = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({ text, colSpan, rowSpan });

function activeLayout(version: TableVersion): TableLayout {
	return {
		key: 'active',
		version,
		blocks: ACTIVE_BLOCKS[version].map((block) => ({
			key: block.key,
			marker: block.marker,
			labelColumns: 1,
			header: [[cell(ACTIVE_CORNER), ...block.columns.map((c) => cell(c.label))]],
			columns: block.columns,
			rows: block.rows.map((r) => ({ key: r.key, label: r.label, labels: [cell(r.label)], groups: [] })),
		})),
	};
}

/** Table 三: chapters 一, 二, 四 span the three label columns; 三、本年度办理结果 runs down the first column beside its groups. */
function requestsLayout(version: TableVersion): TableLayout {
	const defs = requestRows(version);
	const results = defs.filter((r) => r.chapter === 3);
	const rows: LayoutRow[] = defs.map((row) => {
		if (row.chapter !== 3) return { key: row.key, label: row.label, labels: [cell(row.label, 3)], groups: [] };
		const labels: LayoutCell[] = [];
		if (row === results[0]) labels.push(cell(REQUEST_CHAPTER_RESULTS, 1, results.length));
		if (row.item === undefined) return { key: row.key, label: row.label, labels: [...labels, cell(row.label, 2)], groups: [REQUEST_CHAPTER_RESULTS] };
		const group = REQUEST_GROUPS[row.group ?? 0] ?? '';
		const items = results.filter((r) => r.group === row.group && r.item !== undefined);
		if (row === items[0]) labels.push(cell(group, 1, items.length));
		return { key: row.key, label: row.label, labels: [...labels, cell(row.label)], groups: [REQUEST_CHAPTER_RESULTS, group] };
	});
	const organisations = REQUEST_COLUMNS.slice(1, 6);
	return {
		key: 'requests',
		version,
		blocks: [{
			key: 'requests',
			marker: null,
			labelColumns: 3,
			header: [
				[cell(REQUESTS_CORNER, 3, 3), cell(REQUESTS_APPLICANTS, REQUEST_COLUMNS.length)],
				[cell(REQUEST_COLUMNS[0].label, 1, 2), cell(REQUESTS_ORGANISATIONS, organisations.length), cell(REQUEST_COLUMNS[6].label, 1, 2)],
				organisations.map((c) => cell(c.label)),
			],
			columns: REQUEST_COLUMNS,
			rows,
		}],
	};
}

/** Table 四: 行政复议 over its five columns; 行政诉讼 over its two groups of five; one data row without a label. */
function appealsLayout(version: TableVersion): TableLayout {
	const width = APPEAL_CELLS.length / APPEAL_GROUPS.length;
	const [review, ...suits] = APPEAL_GROUPS;
	return {
		key: 'appeals',
		version,
		blocks: [{
			key: 'appeals',
			marker: null,
			labelColumns: 0,
			header: [
				[cell(review.label, width, 2), cell(APPEAL_SUITS, width * suits.length)],
				suits.map((g) => cell(g.label, width)),
				APPEAL_CELLS.map((c) => cell(c.column.label)),
			],
			columns: APPEAL_CELLS.map((c) => ({ ...c.column, key: c.key })),
			rows: [{ key: APPEALS_ROW, label: '', labels: [], groups: [] }],
		}],
	};
}

const BUILDERS: Readonly<Record<TableKey, (version: TableVersion) => TableLayout>> = { active: activeLayout, requests: requestsLayout, appeals: appealsLayout };
const layouts: Record<TableKey, Partial<Record<TableVersion, TableLayout>>> = { active: {}, requests: {}, appeals: {} };

/** The official layout of a table in a version (built once). */
export function tableLayout(table: TableKey, version: TableVersion): TableLayout {
	return (layouts[table][version] ??= BUILDERS[table](version));
}

/**
 * Places cells with spans on a grid of `width` columns, as a browser lays out a table: each row's cells go
 * to the first places not covered by a cell from above; a covered place holds ''.
 */
export function gridOf(rows: readonly (readonly LayoutCell[])[], width: number): string[][] {
	const covered: number[] = Array.from({ length: width }, () => 0);
	return rows.map((cells) => {
		const out: string[] = Array.from({ length: width }, () => '');
		let at = 0;
		const next: number[] = covered.map((n) => Math.max(0, n - 1));
		for (const c of cells) {
			while (at < width && covered[at] > 0) at++;
			if (at >= width) break;
			out[at] = c.text;
			for (let k = at; k < Math.min(width, at + c.colSpan); k++) next[k] = c.rowSpan - 1;
			at += c.colSpan;
		}
		covered.splice(0, width, ...next);
		return out;
	});
}

/** A grid drawn from a layout block, which never changes: built once per block. */
type Grid = readonly (readonly string[])[];
const headerGrids = new WeakMap<LayoutBlock, Grid>();
const labelGrids = new WeakMap<LayoutBlock, Grid>();

/** The header of a block as a grid: label columns first, then one place per value column. */
export function headerGrid(block: LayoutBlock): Grid {
	let grid = headerGrids.get(block);
	if (!grid) headerGrids.set(block, (grid = gridOf(block.header, block.labelColumns + block.columns.length)));
	return grid;
}

/** The label cells of every row of a block as a grid (merged labels only on their first row). */
export function labelGrid(block: LayoutBlock): Grid {
	let grid = labelGrids.get(block);
	if (!grid) labelGrids.set(block, (grid = gridOf(block.rows.map((r) => r.labels), block.labelColumns)));
	return grid;
}

/** The label cells of one row written out in full, every group repeated (for a row standing on its own). */
export function fullLabels(block: LayoutBlock, row: LayoutRow): string[] {
	const cells = [...row.groups, row.label].slice(0, Math.max(1, block.labelColumns));
	while (cells.length < block.labelColumns) cells.push('');
	return cells;
}

/** A block of table 二 in a version; a block only the 2019 format has (item9) keeps its 2019 layout. */
export function activeBlockLayout(version: TableVersion, key: ActiveBlockKey): LayoutBlock {
	const find = (v: TableVersion) => tableLayout('active', v).blocks.find((b) => b.key === key);
	// Every block key is in the 2019 format, so the second lookup always finds it.
	return (find(version) ?? find('2019')) as LayoutBlock;
}
