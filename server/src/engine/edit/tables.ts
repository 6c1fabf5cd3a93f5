import { tableSkeleton, type CellText, type SkeletonStyle, type TableKey } from '../format/skeleton';
import { ACTIVE_BLOCKS, type TableVersion } from '../format/tables';
import type { Table } from '../model';
import { tableVersionOf } from '../query';
import type { RuleContext, TextEdit } from '../rules/rule';
import type { Span } from '../text/span';
import { lineEndAt, lineStartAt, styleOfRow } from './edits';

/** Values that carry over between versions: same keys, and 本年新制作数量 ↔ 本年制发件数, 其他处理 ↔ 3.其他. */
const CARRY: Readonly<Record<string, string>> = { newlyMade: 'issued', issued: 'newlyMade', 'otherHandling.other': 'otherHandling' };

/** The whole lines a span touches. */
export function wholeLines(ctx: RuleContext, span: Span): Span {
	return { start: lineStartAt(ctx.lines, span.start), end: lineEndAt(ctx.lines, span.end) };
}

/** The text of the cells read from a table, by row and column, for writing the table anew. */
export function writtenValues(table: Table, rows = table.rows): CellText {
	const byKey = new Map<string, string>();
	for (const row of rows) for (const c of row.cells) if (!c.missing) byKey.set(`${row.key}|${c.column}`, c.text);
	return (row, column) => {
		const direct = byKey.get(`${row}|${column}`);
		if (direct !== undefined) return direct;
		if (row === 'otherHandling') {
			// 2021 → 2019: the three （六） rows add up to the single one.
			const parts = ['otherHandling.noCorrection', 'otherHandling.unpaidFee', 'otherHandling.other'].map((k) => byKey.get(`${k}|${column}`));
			if (parts.every((p) => p !== undefined && /^\d+$/.test(p))) return String(parts.reduce((a, p) => a + Number(p), 0));
		}
		const fromRow = CARRY[row];
		if (fromRow && byKey.has(`${fromRow}|${column}`)) return byKey.get(`${fromRow}|${column}`) ?? '';
		const fromColumn = CARRY[column];
		if (fromColumn && byKey.has(`${row}|${fromColumn}`)) return byKey.get(`${row}|${fromColumn}`) ?? '';
		return '';
	};
}

/**
 * Replaces a table's lines with the table written anew in `version`, keeping the rows the format does not
 * have verbatim after it, so nothing the drafter wrote is lost.
 */
export function rewriteTable(ctx: RuleContext, table: Table, key: TableKey, version: TableVersion, values: CellText, style?: SkeletonStyle): TextEdit {
	const span = wholeLines(ctx, table.span);
	const written = tableSkeleton(key, { version, style: style ?? styleOfRow(table.style), eol: ctx.eol, values });
	const extra = table.extraRows.map((r) => ctx.text.slice(lineStartAt(ctx.lines, r.span.start), lineEndAt(ctx.lines, r.span.end)));
	return { span, newText: [written, ...extra].join(ctx.eol) };
}

/**
 * A table written anew in `version` (converted, when that is not its own) and, with `style`, in another
 * style, or null when that would lose something the drafter wrote. The rows the other version has no place
 * for (2019's 政府集中采购 block, its 其他对外管理服务事项 row) and the rows the format does not have are
 * kept verbatim after it. Refused: a table with rows whose numbers were not placed (they belong to no
 * cell, so a table written from the cells would drop them), a row with cells beyond the table's columns,
 * and any number in the replaced lines outside what is read or kept (a note, a page number). Labels and
 * headers are written in the official wording: that is what rewriting a table means.
 */
export function rewriteWhole(ctx: RuleContext, table: Table, version: TableVersion, style?: SkeletonStyle): TextEdit | null {
	if (!canRewrite(ctx, table, version)) return null;
	const edit = rewriteTable(ctx, table, table.key, version, writtenValues(table), style);
	const kept = keptOnConverting(ctx, table, version).map((s) => ctx.text.slice(lineStartAt(ctx.lines, s.start), lineEndAt(ctx.lines, s.end)));
	return kept.length > 0 ? { ...edit, newText: [edit.newText, ...kept].join(ctx.eol) } : edit;
}

/** Whether `rewriteWhole` would write the table (cheap: nothing is written), for offering it. */
export function canRewrite(ctx: RuleContext, table: Table, version: TableVersion): boolean {
	if (table.status !== 'parsed' || table.unplaced.length > 0 || table.rows.some((r) => r.extraCells.length > 0)) return false;
	return !numberLeftOut(ctx, table, wholeLines(ctx, table.span), keptOnConverting(ctx, table, version));
}

const keptOnConverting = (ctx: RuleContext, table: Table, version: TableVersion): Span[] => (version === tableVersionOf(table, ctx.report) ? [] : unconverted(table, version));

/** Where the rows are that `version` has no place for (only table 二's blocks and rows differ between versions). */
function unconverted(table: Table, version: TableVersion): Span[] {
	if (table.key !== 'active') return [];
	const target = ACTIVE_BLOCKS[version];
	const spans: Span[] = [];
	for (const block of table.blocks) {
		const def = target.find((d) => d.key === block.key);
		if (!def) spans.push(block.span);
		else for (const row of block.rows) if (!def.rows.some((d) => d.key === row.key)) spans.push(row.span);
	}
	return spans;
}

const DIGIT = /[0-9０-９]/;

/**
 * Whether the replaced lines hold a digit outside every span a rewrite reads or keeps: cells, row labels
 * (1.属于国家秘密), block markers and headers, extra rows and the rows kept for another version.
 */
function numberLeftOut(ctx: RuleContext, table: Table, span: Span, kept: readonly Span[]): boolean {
	const covered: Span[] = [...kept, ...table.extraRows.map((r) => r.span)];
	for (const row of table.rows) covered.push(row.label.span, ...row.cells.map((c) => c.span));
	if (table.key === 'active') for (const b of table.blocks) for (const h of [b.marker, b.header]) if (h) covered.push(h.span);
	covered.sort((a, b) => a.start - b.start);
	let at = span.start;
	for (const c of covered) {
		if (c.end <= at) continue;
		if (c.start > at && DIGIT.test(ctx.text.slice(at, Math.min(c.start, span.end)))) return true;
		at = Math.max(at, c.end);
		if (at >= span.end) return false;
	}
	return at < span.end && DIGIT.test(ctx.text.slice(at, span.end));
}
