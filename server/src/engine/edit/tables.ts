import { tableSkeleton, type CellText, type SkeletonStyle, type TableKey } from '../format/skeleton';
import type { TableVersion } from '../format/tables';
import type { Table } from '../model';
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
