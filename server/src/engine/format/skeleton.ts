import { OVERVIEW_SUBHEADINGS, SECTIONS } from './sections';
import {
	ACTIVE_BLOCKS, ACTIVE_CORNER, APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_SUITS, REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS,
	REQUEST_GROUPS, REQUESTS_APPLICANTS, REQUESTS_CORNER, REQUESTS_ORGANISATIONS, requestRows, type RequestRowDef, type TableVersion,
} from './tables';

/** `tsv`: tab-separated rows as Word exports them; `markdown`: Markdown pipe tables. */
export type SkeletonStyle = 'tsv' | 'markdown';
export type TableKey = 'active' | 'requests' | 'appeals';

export interface SkeletonOptions {
	readonly version: TableVersion;
	readonly style: SkeletonStyle;
	/** Line break to write; defaults to `\n`. */
	readonly eol?: string;
}

type Grid = string[][];

/** The blank table in the official layout, every value cell empty. */
export function tableSkeleton(table: TableKey, options: SkeletonOptions): string {
	const eol = options.eol ?? '\n';
	if (table === 'active') return activeSkeleton(options).join(eol);
	if (table === 'requests') return render(requestsGrid(options.version, options.style), options.style).join(eol);
	return render(appealsGrid(options.style), options.style).join(eol);
}

/** A table's rows with their values blank, for inserting rows that a truncated table lost. */
export function requestRowLabels(row: RequestRowDef, version: TableVersion, style: SkeletonStyle): string {
	const labels = requestLabelCells(row, version, false);
	return render([[...labels, ...REQUEST_COLUMNS.map(() => '')]], style, false)[0];
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

function activeSkeleton(options: SkeletonOptions): string[] {
	const out: string[] = [];
	ACTIVE_BLOCKS[options.version].forEach((block, k) => {
		if (options.style === 'markdown' && k > 0) out.push('');
		out.push(block.marker);
		if (options.style === 'markdown') out.push('');
		const grid: Grid = [[ACTIVE_CORNER, ...block.columns.map((c) => c.label)], ...block.rows.map((r) => [r.label, ...block.columns.map(() => '')])];
		out.push(...render(grid, options.style));
	});
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

function requestsGrid(version: TableVersion, style: SkeletonStyle): Grid {
	const blank = REQUEST_COLUMNS.map(() => '');
	const rows = requestRows(version).map((row) => [...requestLabelCells(row, version, true), ...blank]);
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

function appealsGrid(style: SkeletonStyle): Grid {
	const blank = APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map(() => ''));
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
 * Writes a grid as tab rows or as a Markdown pipe table, the first row above the `---` row
 * (Markdown cannot merge cells, so empty label columns are kept as they are).
 */
function render(grid: Grid, style: SkeletonStyle, withHeader = true): string[] {
	if (style === 'tsv') return grid.map((row) => row.join('\t'));
	const pipe = (row: string[]): string => `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`.replace(/ {2}/g, ' ');
	if (!withHeader) return grid.map(pipe);
	const width = Math.max(...grid.map((r) => r.length));
	return [pipe(grid[0]), pipe(Array.from({ length: width }, () => '---')), ...grid.slice(1).map(pipe)];
}
