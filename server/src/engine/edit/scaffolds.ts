import { nameOf } from '../format/names';
import { activeRowCells, requestRowCells, tableSkeleton, type TableKey } from '../format/skeleton';
import { ACTIVE_BLOCKS, REQUEST_ROWS, TABLE_VERSIONS } from '../format/tables';
import type { Table, UnplacedRows } from '../model';
import { versionOf } from '../query';
import type { RuleContext, TextEdit } from '../rules/rule';
import type { RowStyle } from '../syntax/rows';
import type { Span } from '../text/span';
import type { Message } from '../vocabulary';
import { documentStyle, lineEndAt, lineStartAt, renderRow } from './edits';
import { fullSkeleton } from './insert';
import { wholeLines, writtenValues } from './tables';

/*
 * Scaffolds: text written for the drafter to fill in, never a repair. A clean table in the official layout
 * above a table whose numbers could not be placed, blank official rows for the rows not placed, the whole
 * standard report after a pre-2019 one. Each leaves cells or sections empty on purpose (each then a
 * finding), so a scaffold is no quick fix: the editor offers it as a refactor the user asks for, its edits
 * computed on `codeAction/resolve`, and `check --fix` never writes one. Every scaffold only inserts:
 * nothing the drafter wrote is deleted or moved.
 */

export interface Scaffold {
	/** Names the scaffold within a document version (stable across edits elsewhere): `cleanTable:requests`. */
	readonly id: string;
	/** The rule whose finding it answers: offered only where that finding is (a rule turned off offers none). */
	readonly code: 'unparsed-table' | 'legacy-structure';
	readonly title: Message;
	/** Where it is offered: the lines of the finding it answers. */
	readonly span: Span;
	/** Its edits, computed only when asked for. */
	readonly edits: () => TextEdit[];
}

/** An empty line right after a line's end: the table's rows are paragraphs. */
const BLANK_LINE_AHEAD = /^(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/;

/**
 * The line between a clean table and the original text it is written above. The original is kept, not
 * replaced: its numbers are the drafter's and could not be placed, so deleting them would lose exactly what
 * the reader failed to read. It is written in Chinese only, as the report is.
 */
export const ORIGINAL_BELOW = '（以上为按统一格式重写的表格，已填入能确定的数值；以下为原表格文字，原样保留，请将其数字核对填入上表后再删除）';

/** The scaffolds this analysis offers, in document order of their findings. */
export function scaffoldsOf(ctx: RuleContext): Scaffold[] {
	const out: (Scaffold | null)[] = [];
	const { active, requests, appeals } = ctx.report.tables;
	if (active) {
		const unparsed = active.blocks.filter((b) => b.status === 'unparsed');
		if (unparsed.length > 0) out.push(cleanTable(ctx, active, unparsed[0].span));
		const inUnparsed = new Set<string>(unparsed.flatMap((b) => TABLE_VERSIONS.flatMap((v) => ACTIVE_BLOCKS[v].find((d) => d.key === b.key)?.rows.map((r) => r.key) ?? [])));
		const version = active.version ?? versionOf(ctx.report);
		for (const u of active.unplaced) {
			if (u.keys.length === 0 || u.keys.some((k) => inUnparsed.has(k))) continue;
			// Written in the style and width of the block the rows belong to, as the document has it.
			const block = active.blocks.find((b) => ACTIVE_BLOCKS[version].concat(ACTIVE_BLOCKS['2019']).some((d) => d.key === b.key && d.rows.some((r) => r.key === u.keys[0])));
			const style = block?.rows[0]?.style ?? active.style;
			const rows = u.keys.map((k) => activeRowCells(k, version, block && block.columns.length > 0 ? block.columns.length : undefined)).filter((cells) => cells.length > 0);
			out.push(blankRows(ctx, 'active', rows, u, style, active.span.end));
		}
	}
	if (requests?.status === 'unparsed') out.push(cleanTable(ctx, requests, requests.span));
	else if (requests) {
		const version = requests.version ?? versionOf(ctx.report);
		for (const u of requests.unplaced) {
			const defs = u.keys.map((k) => REQUEST_ROWS.find((d) => d.key === k)).filter((d) => d !== undefined);
			out.push(blankRows(ctx, 'requests', defs.map((d) => requestRowCells(d, version, false)), u, requests.style, requests.span.end));
		}
	}
	if (appeals?.status === 'unparsed') out.push(cleanTable(ctx, appeals, appeals.span));
	if (ctx.report.version === 'pre-2019') out.push(skeleton(ctx));
	return out.filter((s): s is Scaffold => s !== null);
}

/**
 * The table written anew in the official layout with every value that was read, inserted above the
 * original's first line, which stays below a marker line (`ORIGINAL_BELOW`): the drafter moves the numbers
 * the reader could not place and deletes the original when done. Not offered inside markup (a web page's
 * table): text lines inserted there would not read as a table.
 */
function cleanTable(ctx: RuleContext, table: Table, where: Span): Scaffold | null {
	if (table.style === 'html') return null;
	const name = nameOf(table.key);
	return {
		id: `cleanTable:${table.key}`,
		code: 'unparsed-table',
		title: { zh: `在${name.zh}上方插入统一格式的表格（填入已识别的数值，原文字保留在其下）`, en: `Insert ${name.en} in the official layout above it (the values recovered filled in; the original text kept below)` },
		span: wholeLines(ctx, { start: where.start, end: where.start }),
		edits: () => {
			const at = lineStartAt(ctx.lines, table.span.start);
			const style = documentStyle(ctx.text, ctx.report);
			const written = tableSkeleton(table.key, { version: versionOf(ctx.report), style, eol: ctx.eol, values: writtenValues(table) });
			return [{ span: { start: at, end: at }, newText: `${written}${ctx.eol}${ctx.eol}${ORIGINAL_BELOW}${ctx.eol}${ctx.eol}` }];
		},
	};
}

/**
 * Blank rows in the official layout after the line where the rows not placed end, in the table's own
 * style; only where that line ends inside the table (on a one-line page it runs on past the table).
 */
function blankRows(ctx: RuleContext, key: TableKey, rows: readonly string[][], u: UnplacedRows, rowStyle: RowStyle, tableEnd: number): Scaffold | null {
	const at = lineEndAt(ctx.lines, u.span.end);
	if (rows.length === 0 || rowStyle === 'html' || at > tableEnd) return null;
	return {
		id: `blankRows:${key}:${u.keys.join(',')}`,
		code: 'unparsed-table',
		title: { zh: `在此处添加这 ${rows.length} 行的空白行（按统一格式）`, en: `Add blank rows for these ${rows.length} rows here (official layout)` },
		span: wholeLines(ctx, { start: u.span.start, end: u.span.start }),
		edits: () => {
			// Rows apart as the table has them: one cell per line, or paragraphs, with an empty line between.
			const paragraphs = rowStyle === 'cells' || (rowStyle === 'plain' && BLANK_LINE_AHEAD.test(ctx.text.slice(at, at + 16)));
			const between = paragraphs ? ctx.eol + ctx.eol : ctx.eol;
			const body = rows.map((cells) => renderRow(cells, rowStyle, ctx.eol)).join(between);
			return [{ span: { start: at, end: at }, newText: between + body }];
		},
	};
}

/** The six standard sections and three tables appended to a report in the pre-2019 structure. */
function skeleton(ctx: RuleContext): Scaffold {
	const { report, text, eol } = ctx;
	const anchor = report.sections[0]?.heading.span ?? report.title?.span ?? { start: 0, end: 0 };
	return {
		id: 'skeleton',
		code: 'legacy-structure',
		title: { zh: '在文末插入统一格式的六个部分和三张统计表', en: 'Append the six standard sections and three tables' },
		span: wholeLines(ctx, anchor),
		edits: () => {
			const tail = text.length > 0 && !/[\r\n]$/.test(text) ? eol + eol : eol;
			return [{ span: { start: text.length, end: text.length }, newText: tail + fullSkeleton(ctx) }];
		},
	};
}
