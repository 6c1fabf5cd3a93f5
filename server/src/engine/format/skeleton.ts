import { OVERVIEW_SUBHEADINGS, SECTIONS } from './sections';
import {
	ACTIVE_BLOCKS, ACTIVE_CORNER, APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_SUITS, REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS,
	REQUEST_GROUPS, REQUESTS_APPLICANTS, REQUESTS_CORNER, REQUESTS_ORGANISATIONS, requestRows, type RequestRowDef, type TableKey, type TableVersion,
} from './tables';

/** `tsv`: tab-separated rows as Word exports them; `markdown`: Markdown pipe tables; `cells`: one cell per line. */
export type SkeletonStyle = 'tsv' | 'markdown' | 'cells';
export type { TableKey } from './tables';

/** The text for a value cell (row key, column key); empty for a blank skeleton. */
export type CellText = (row: string, column: string) => string;

export interface SkeletonOptions {
	readonly version: TableVersion;
	readonly style: SkeletonStyle;
	/** Line break to write; defaults to `\n`. */
	readonly eol?: string;
	/** Values to write into the cells; blank when absent. */
	readonly values?: CellText;
}

const BLANK: CellText = () => '';

type Grid = string[][];

/** The blank table in the official layout, every value cell empty. */
export function tableSkeleton(table: TableKey, options: SkeletonOptions): string {
	const eol = options.eol ?? '\n';
	const values = options.values ?? BLANK;
	if (table === 'active') return activeSkeleton(options, values, eol).join(eol);
	if (table === 'requests') return render(requestsGrid(options.version, options.style, values), options.style, eol).join(eol);
	return render(appealsGrid(options.style, values), options.style, eol).join(eol);
}

/** The cells of one row of table 三 (labels as the official layout writes them, values blank). */
export function requestRowCells(row: RequestRowDef, version: TableVersion, merged: boolean): string[] {
	return [...requestLabelCells(row, version, merged), ...REQUEST_COLUMNS.map(() => '')];
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
export function activeBlockLines(key: string, version: TableVersion, style: SkeletonStyle, values: CellText, eol: string, separated: boolean): string[] {
	const block = ACTIVE_BLOCKS[version].find((b) => b.key === key) ?? ACTIVE_BLOCKS['2019'].find((b) => b.key === key);
	if (!block) return [];
	const out: string[] = [];
	if (style !== 'tsv' && separated) out.push('');
	out.push(style === 'cells' ? `\t${block.marker}` : block.marker);
	if (style !== 'tsv') out.push('');
	const grid: Grid = [[ACTIVE_CORNER, ...block.columns.map((c) => c.label)], ...block.rows.map((r) => [r.label, ...block.columns.map((c) => values(r.key, c.key))])];
	out.push(...render(grid, style, eol));
	return out;
}

/** Label cells of a row of table 三 as the official layout writes them: group labels only on a group's first row. */
function requestLabelCells(row: RequestRowDef, version: TableVersion, merged: boolean): string[] {
	const rows = requestRows(version);
	const firstOfChapter = row.chapter === 3 && rows.find((r) => r.chapter === 3) === row;
	const firstOfGroup = row.group !== undefined && row.item !== undefined && rows.find((r) => r.group === row.group && r.item !== undefined) === row;
	if (row.chapter !== 3) return [row.label, '', ''];
	const chapter = firstOfChapter || !merged ? REQUEST_CHAPTER_RESULTS : '';
	if (row.item === undefined) return [chapter, row.label, ''];
	const group = firstOfGroup || !merged ? REQUEST_GROUPS[row.group ?? 0] ?? '' : '';
	return [chapter, group, row.label];
}

function requestsGrid(version: TableVersion, style: SkeletonStyle, values: CellText): Grid {
	const rows = requestRows(version).map((row) => [...requestLabelCells(row, version, true), ...REQUEST_COLUMNS.map((c) => values(row.key, c.key))]);
	if (style === 'markdown') {
		const organisation = (label: string, k: number): string => (k >= 1 && k <= 5 ? `${REQUESTS_ORGANISATIONS}：${label}` : label);
		return [[REQUESTS_CORNER, '', '', ...REQUEST_COLUMNS.map((c, k) => organisation(c.label, k))], ...rows];
	}
	return [
		[REQUESTS_CORNER, '', '', REQUESTS_APPLICANTS, '', '', '', '', '', ''],
		['', '', '', REQUEST_COLUMNS[0].label, REQUESTS_ORGANISATIONS, '', '', '', '', REQUEST_COLUMNS[6].label],
		['', '', '', '', ...REQUEST_COLUMNS.slice(1, 6).map((c) => c.label), ''],
		...rows,
	];
}

function appealsGrid(style: SkeletonStyle, values: CellText): Grid {
	const blank = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => values('appeals', `${g.key}.${c.key}`)));
	const columns = APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => c.label));
	if (style === 'markdown') {
		const groups = APPEAL_GROUPS.flatMap((g, k) => [k === 0 ? g.label : `${APPEAL_SUITS}：${g.label}`, '', '', '', '']);
		return [groups, columns, blank];
	}
	const groupRow = APPEAL_GROUPS.flatMap((g, k) => [k === 0 ? g.label : k === 1 ? APPEAL_SUITS : '', '', '', '', '']);
	const suitRow = APPEAL_GROUPS.flatMap((g, k) => [k === 0 ? '' : g.label, '', '', '', '']);
	return [groupRow, suitRow, columns, blank];
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
