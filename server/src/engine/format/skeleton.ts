import { OVERVIEW_SUBHEADINGS, SECTIONS } from './sections';
import { activeBlockLayout, fullLabels, headerGrid, labelGrid, tableLayout, type LayoutBlock } from './layout';
import {
	ACTIVE_BLOCKS, APPEAL_CELLS, APPEAL_GROUPS, APPEAL_SUITS, REQUEST_COLUMNS, REQUESTS_CORNER, REQUESTS_ORGANISATIONS,
	type ActiveBlockKey, type ColumnKey, type RequestRowDef, type RowKey, type TableKey, type TableVersion,
} from './tables';

/** `tsv`: tab-separated rows as Word exports them; `markdown`: Markdown pipe tables; `cells`: one cell per line. */
export type SkeletonStyle = 'tsv' | 'markdown' | 'cells';
export type { TableKey } from './tables';

/** The text for a value cell (row key, column key); empty for a blank skeleton. */
export type CellText = (row: RowKey, column: ColumnKey) => string;

export interface SkeletonOptions {
	readonly version: TableVersion;
	readonly style: SkeletonStyle;
	/** Line break to write; defaults to `\n`. */
	readonly eol?: string;
	/** Values to write into the cells; blank when absent. */
	readonly values?: CellText;
}

const BLANK: CellText = () => '';

type Grid = readonly (readonly string[])[];

/** The blank table in the official layout, every value cell empty. */
export function tableSkeleton(table: TableKey, options: SkeletonOptions): string {
	const eol = options.eol ?? '\n';
	const values = options.values ?? BLANK;
	if (table === 'active') return activeSkeleton(options, values, eol).join(eol);
	if (table === 'requests') return render(requestsGrid(options.version, options.style, values), options.style, eol).join(eol);
	return render(appealsGrid(options.version, options.style, values), options.style, eol).join(eol);
}

/**
 * The cells of one row of table 三, values blank; `merged`: labels as the official layout writes them (a
 * group's label only on its first row), else every group label written out.
 */
export function requestRowCells(row: RequestRowDef, version: TableVersion, merged: boolean): string[] {
	const block = tableLayout('requests', version).blocks[0];
	const k = block.rows.findIndex((r) => r.key === row.key);
	if (k < 0) return [];
	const labels = merged ? labelGrid(block)[k] : fullLabels(block, block.rows[k]);
	return [...labels, ...block.columns.map(() => '')];
}

/**
 * The cells of one row of table 二, values blank: its official label, then one empty cell per column (`width`
 * of them, as the document's block has, else as the format's block has); none for a key of no block.
 */
export function activeRowCells(row: RowKey, version: TableVersion, width?: number): string[] {
	for (const v of [version, '2019'] as const) {
		for (const block of tableLayout('active', v).blocks) {
			const k = block.rows.findIndex((r) => r.key === row);
			if (k >= 0) return [...labelGrid(block)[k], ...Array.from({ length: width ?? block.columns.length }, () => '')];
		}
	}
	return [];
}

/**
 * The year a new report is for: last year (reports are written early in the year after), kept inside the years
 * the format applies to (the 2019 format: reports for 2019 and 2020; the 2021 format: 2021 on). The engine
 * has no clock: the caller gives the current year.
 */
export function defaultReportYear(version: TableVersion, currentYear: number): number {
	const last = currentYear - 1;
	return version === '2019' ? Math.min(Math.max(last, 2019), 2020) : Math.max(last, 2021);
}

/** A blank report: title, the six sections with their standard headings, and the three tables. */
export function reportSkeleton(options: SkeletonOptions & { readonly year?: number; readonly body?: string }): string {
	const eol = options.eol ?? '\n';
	const md = options.style === 'markdown';
	const year = options.year ?? (options.version === '2021' ? 2021 : 2019);
	const out: string[] = [`${md ? '# ' : ''}${options.body ?? '（机关名称）'}${year}年政府信息公开工作年度报告`, ''];
	for (const section of SECTIONS) {
		out.push(`${md ? '## ' : ''}${section.heading}`, '');
		if (section.number === 1) for (const sub of OVERVIEW_SUBHEADINGS) out.push(`${md ? '### ' : ''}${sub}`, '', '');
		if (section.number === 2) out.push(tableSkeleton('active', { ...options, eol }), '');
		if (section.number === 3) out.push(tableSkeleton('requests', { ...options, eol }), '');
		if (section.number === 4) out.push(tableSkeleton('appeals', { ...options, eol }), '');
		if (section.number === 5 || section.number === 6) out.push('', '');
	}
	return out.join(eol);
}

function activeSkeleton(options: SkeletonOptions, values: CellText, eol: string): string[] {
	const out: string[] = [];
	for (const block of ACTIVE_BLOCKS[options.version]) out.push(...activeBlockLines(block.key, options.version, options.style, values, eol, out.length > 0));
	return out;
}

/** One block of table 二: its marker, header and rows. */
export function activeBlockLines(key: ActiveBlockKey, version: TableVersion, style: SkeletonStyle, values: CellText, eol: string, separated: boolean): string[] {
	const block = activeBlockLayout(version, key);
	if (!block.marker) return [];
	const out: string[] = [];
	if (style !== 'tsv' && separated) out.push('');
	out.push(style === 'cells' ? `\t${block.marker}` : block.marker);
	if (style !== 'tsv') out.push('');
	out.push(...render([...headerGrid(block), ...bodyGrid(block, values)], style, eol));
	return out;
}

/** The rows of a block, labels as the official layout merges them, then the values. */
function bodyGrid(block: LayoutBlock, values: CellText): Grid {
	const labels = labelGrid(block);
	return block.rows.map((row, k) => [...labels[k], ...block.columns.map((c) => values(row.key, c.key))]);
}

function requestsGrid(version: TableVersion, style: SkeletonStyle, values: CellText): Grid {
	const block = tableLayout('requests', version).blocks[0];
	const rows = bodyGrid(block, values);
	if (style === 'markdown') {
		// Markdown cannot merge cells: one header row, each organisation column prefixed with its group.
		const organisation = (label: string, k: number): string => (k >= 1 && k <= 5 ? `${REQUESTS_ORGANISATIONS}：${label}` : label);
		return [[REQUESTS_CORNER, '', '', ...REQUEST_COLUMNS.map((c, k) => organisation(c.label, k))], ...rows];
	}
	return [...headerGrid(block), ...rows];
}

function appealsGrid(version: TableVersion, style: SkeletonStyle, values: CellText): Grid {
	const block = tableLayout('appeals', version).blocks[0];
	if (style === 'markdown') {
		// Markdown cannot merge cells: the group row names each lawsuit group with its parent.
		const groups = APPEAL_GROUPS.flatMap((g, k) => [k === 0 ? g.label : `${APPEAL_SUITS}：${g.label}`, '', '', '', '']);
		return [groups, APPEAL_CELLS.map((c) => c.column.label), ...bodyGrid(block, values)];
	}
	return [...headerGrid(block), ...bodyGrid(block, values)];
}

/**
 * Writes a grid as tab rows, as a Markdown pipe table (the first row above the `---` row; Markdown cannot
 * merge cells, so empty label columns are kept), or one cell per line with an empty line between rows.
 */
export function render(grid: Grid, style: SkeletonStyle, eol = '\n', withHeader = true): string[] {
	if (style === 'tsv') return grid.map((row) => row.join('\t'));
	if (style === 'cells') return grid.map((row, k) => (k > 0 ? eol : '') + row.map((c) => `\t${c}`).join(eol));
	if (!withHeader) return grid.map(pipeRow);
	const width = Math.max(...grid.map((r) => r.length));
	return [pipeRow(grid[0]), pipeRow(Array.from({ length: width }, () => '---')), ...grid.slice(1).map(pipeRow)];
}

/** One Markdown table row: `| a | b |`, an empty cell written `|  |` so values can be typed inside. */
export function pipeRow(row: readonly string[]): string {
	return `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}
