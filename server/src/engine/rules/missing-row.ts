import { nameOf } from '../format/names';
import { activeBlockLines, requestRowCells } from '../format/skeleton';
import { activeBlockLayout, tableLayout } from '../format/layout';
import { APPEALS_ROW, requestRows, type ColumnKey, type RowKey, type TableVersion } from '../format/tables';
import { BLOCK_ORDER } from '../reader/active';
import { valueIn } from '../arithmetic/relations';
import type { Cell, Row, RequestsTable, Table, Tables } from '../model';
import { proseClaims } from '../prose/claims';
import { newlyContradicted } from '../prose/figures';
import type { Span } from '../text/span';
import { formatNumber, insertAfterLine, lineEndAt, lineStartAt, lineStyleAt, renderRow, styleOfRow, writtenWidth } from '../edit/edits';
import { zero } from '../edit/insert';
import { unfilledTables } from './blank-table';
import { versionOf } from '../query';
import type { RelatedLocation } from '../vocabulary';
import { defineRule, lazyFixes, type Finding, type RuleContext, type TextEdit } from './rule';

const MAX_LISTED = 5;

function listed(keys: readonly RowKey[]): { zh: string; en: string } {
	const names = keys.map(nameOf);
	const more = keys.length > MAX_LISTED;
	return {
		zh: names.slice(0, MAX_LISTED).map((n) => n.zh).join('、') + (more ? ` 等 ${keys.length} 行` : ''),
		en: names.slice(0, MAX_LISTED).map((n) => n.en).join(', ') + (more ? ` and ${keys.length - MAX_LISTED} more` : ''),
	};
}

/** Inserts `lines` next to a present row, as the row's own table writes rows. */
function insertNear(ctx: RuleContext, prev: Row | undefined, next: Row | undefined, body: string): TextEdit | null {
	const style = (prev ?? next)?.style ?? 'tab';
	if (prev) return insertAfterLine(ctx.lines, prev.span.end, body, ctx.eol, style);
	if (!next) return null;
	const at = lineStartAt(ctx.lines, next.span.start);
	return { span: { start: at, end: at }, newText: body + (style === 'cells' ? ctx.eol + ctx.eol : ctx.eol) };
}

/**
 * The values of inserted rows: （七）总计 as the sum of the results, 四、结转下年度继续办理 as
 * 一 + 二 − （七）, other rows 0 (blank cells would only trade this finding for blank-cell warnings). Null when no values can satisfy every total that the insertion
 * makes checkable (the table's own totals disagree): then the rows are not offered, and the drafter (or
 * fix-all's next pass) corrects the totals first.
 */
function insertedValues(table: RequestsTable, run: readonly RowKey[], version: TableVersion, columns: readonly ColumnKey[]): Map<RowKey, number[]> | null {
	const present = new Map(table.rows.map((r) => [r.key, r]));
	const value = (key: RowKey, column: ColumnKey): number | undefined => {
		const row = present.get(key);
		if (!row) return run.includes(key) ? 0 : undefined;
		const cell = row.cells.find((c) => c.column === column);
		return cell ? valueIn(cell) : undefined;
	};
	const rows = requestRows(version);
	const results = rows.filter((r) => r.role === 'result');
	const out = new Map<RowKey, number[]>(run.map((k) => [k, columns.map(() => 0)]));
	const resultTotal: number[] = [];
	const carriedForward: number[] = [];
	for (const [c, column] of columns.entries()) {
		let sum = 0;
		for (const r of results) {
			const v = value(r.key, column);
			if (v === undefined) return null;
			sum += v;
		}
		const total = run.includes('resultTotal') ? sum : value('resultTotal', column);
		const n = value('newRequests', column);
		const carried = value('carriedOver', column);
		if (total === undefined || n === undefined || carried === undefined) return null;
		const forward = run.includes('carriedForward') ? n + carried - total : value('carriedForward', column);
		if (forward === undefined || forward < 0 || total !== sum || n + carried !== total + forward) return null;
		resultTotal[c] = total;
		carriedForward[c] = forward;
	}
	const t = columns.indexOf('total');
	const parts = columns.map((col, k) => (col === 'total' || col === 'organisations' ? -1 : k)).filter((k) => k >= 0);
	for (const [key, values] of [['resultTotal', resultTotal], ['carriedForward', carriedForward]] as const) {
		if (!run.includes(key)) continue;
		if (t >= 0 && parts.reduce((a, k) => a + values[k], 0) !== values[t]) return null;
		out.set(key, values);
	}
	return out;
}

/** A row as the reader would read it once inserted: every cell a number, at the place of the insertion. */
function insertedRow(key: RowKey, columns: readonly ColumnKey[], values: readonly number[], at: number): Row {
	const span: Span = { start: at, end: at };
	const cells: Cell[] = columns.map((column, k) => ({ column, columnKind: 'count', kind: 'number', value: values[k] ?? 0, unit: null, decimal: false, text: formatNumber(values[k] ?? 0), span, missing: false }));
	return { key, label: { text: '', span }, span, cells, extraCells: [], style: 'tab' };
}

/**
 * The fix's rows would contradict a number the prose states (不予公开 20 件, where the rows go in as 0):
 * the finding it would add, said as a note, so the insertion is not offered (a fix never adds a finding).
 */
function contradictedBy(ctx: RuleContext, tables: Partial<Tables>): RelatedLocation | null {
	const claim = newlyContradicted(proseClaims(ctx), ctx.report, { ...ctx.report, tables: { ...ctx.report.tables, ...tables } });
	return claim && {
		span: claim.span,
		message: { zh: `正文称“${claim.words}”，插入的行填 0 会与之矛盾，请按实际数字补全表格`, en: `The prose states “${claim.words}”; rows inserted as 0 would contradict it, so fill the table with the actual numbers` },
	};
}

/**
 * What an inserted row's cells hold: 0, or nothing in a table not filled in yet (a template), which stays
 * one to fill in: zeros there would turn its one blank-table hint into a blank-cell warning per cell.
 */
function fillOf(ctx: RuleContext, table: Table): () => string {
	return unfilledTables(ctx).has(table) ? blank : zero;
}

const blank = (): string => '';

function requestFindings(ctx: RuleContext, table: RequestsTable, version: TableVersion): Finding[] {
	const findings: Finding[] = [];
	const order = requestRows(version);
	const missing = new Set(table.missingRows);
	const present = (key: string) => table.rows.find((r) => r.key === key);
	const valueColumns = table.rows[0]?.cells.map((c) => c.column) ?? [];
	const fill = fillOf(ctx, table);
	for (let k = 0; k < order.length; k++) {
		if (!missing.has(order[k].key)) continue;
		let end = k;
		while (end + 1 < order.length && missing.has(order[end + 1].key)) end++;
		const run = order.slice(k, end + 1);
		const prev = k > 0 ? present(order[k - 1].key) : undefined;
		const next = end + 1 < order.length ? present(order[end + 1].key) : undefined;
		const reference = prev ?? next;
		const style = reference?.style ?? 'tab';
		const width = reference ? writtenWidth(ctx.text, reference, ctx.lines) : 0;
		const values = insertedValues(table, run.map((r) => r.key), version, valueColumns);
		// The rows are rendered only when the fix is asked for; whether it is offered is decided here.
		const renderBody = (inserted: Map<RowKey, number[]>): string => run.map((def) => {
			const cells = requestRowCells(def, version, true);
			let labels = cells.slice(0, cells.length - 7);
			const labelColumns = width > 0 ? Math.max(1, width - valueColumns.length) : labels.length;
			if (labels.length > labelColumns) labels = [...Array(labelColumns - 1).fill(''), labels.filter((l) => l !== '').join('')];
			const written = (inserted.get(def.key) ?? []).map(formatNumber);
			return renderRow([...labels, ...valueColumns.map((_, k) => written[k] ?? fill())], style, ctx.eol);
		}).join(style === 'cells' ? ctx.eol + ctx.eol : ctx.eol);
		// insertNear places rows next to a present row: with neither neighbour there is no place.
		let offered = values !== null && (prev !== undefined || next !== undefined);
		const related: RelatedLocation[] = values ? [] : [{ span: table.span, message: { zh: '表中已有合计不一致，请先更正合计错误，再插入缺少的行', en: 'The totals already in the table disagree: correct them before inserting the missing rows' } }];
		const anchor = reference?.span ?? null;
		const overlaps = (span: Span) => anchor !== null && span.start < anchor.end && anchor.start < span.end;
		const other = [ctx.report.tables.active, ctx.report.tables.appeals].find((t) => t && (overlaps(t.span) || t.extraRows.some((r) => overlaps(r.span))));
		if (offered && other) {
			// Another table reads the row the insertion goes next to (its region runs over this one): it would read the new rows too.
			related.push({ span: other.span, message: { zh: `${nameOf(other.key).zh}与本表重叠，插入的行也会被它读取，请先补全两表之间的标题`, en: `${nameOf(other.key).en} overlaps this table and would read the inserted rows too: add the heading between them first` } });
			offered = false;
		}
		if (offered && values) {
			// What the prose is compared with is the rows' values; where they go does not matter to it.
			const at = reference?.span.end ?? table.span.end;
			const inserted = run.map((def) => insertedRow(def.key, valueColumns, values.get(def.key) ?? [], at));
			const note = contradictedBy(ctx, { requests: { ...table, rows: [...table.rows, ...inserted] } });
			if (note) {
				related.push(note);
				offered = false;
			}
		}
		const names = listed(run.map((r) => r.key));
		const finding = {
			span: (prev ?? next)?.label.span ?? table.span,
			message: {
				zh: `${nameOf('requests').zh}缺少 ${run.length} 行${prev ? `（在“${prev.label.text}”之后）` : ''}：${names.zh}`,
				en: `${nameOf('requests').en} lacks ${run.length} row${run.length > 1 ? 's' : ''}${prev ? ` after “${prev.label.text}”` : ''}: ${names.en}`,
			},
			related,
		};
		findings.push(offered && values ? lazyFixes(finding, () => {
			const edit = insertNear(ctx, prev, next, renderBody(values));
			return edit ? [{ title: { zh: `插入缺少的 ${run.length} 行`, en: `Insert the ${run.length} missing row${run.length > 1 ? 's' : ''}` }, edits: [edit], safe: true }] : [];
		}) : { ...finding, fixes: [] });
		k = end;
	}
	return findings;
}

/**
 * A standard row or block is absent: a truncated table (000 stops after （四）2). Consecutive missing
 * rows are one finding; the fix inserts them where they belong, in the table's own style.
 */
export default defineRule({
	id: 'missing-row',
	defaultSeverity: 'error',
	description: { zh: '统计表缺少标准行或栏目（表格被截断）', en: 'A standard row or block is absent (truncated table)' },
	check(ctx) {
		const { report } = ctx;
		const findings: Finding[] = [];
		const version = versionOf(ctx.report);
		const requests = report.tables.requests;
		if (requests && requests.status === 'parsed' && requests.missingRows.length > 0) findings.push(...requestFindings(ctx, requests, requests.version ?? version));

		const active = report.tables.active;
		if (active) {
			const v = active.version ?? version;
			for (const block of active.blocks) {
				const layout = activeBlockLayout(v, block.key);
				const missing = active.missingRows.filter((key) => layout.rows.some((r) => r.key === key));
				if (block.status !== 'parsed' || missing.length === 0) continue;
				const last = block.rows[block.rows.length - 1];
				const body = missing.map((key) => renderRow([layout.rows.find((r) => r.key === key)?.label ?? '', ...block.columns.map(fillOf(ctx, active))], last?.style ?? 'tab', ctx.eol)).join(last?.style === 'cells' ? ctx.eol + ctx.eol : ctx.eol);
				const anchor = last?.span.end ?? block.header?.span.end ?? block.span.end;
				const edit = insertAfterLine(ctx.lines, anchor, body, ctx.eol, last?.style ?? 'tab');
				const inserted = missing.map((key) => insertedRow(key, block.columns, [], edit.span.start));
				const note = contradictedBy(ctx, { active: { ...active, blocks: active.blocks.map((b) => (b === block ? { ...b, rows: [...b.rows, ...inserted] } : b)) } });
				findings.push({
					span: last?.label.span ?? block.marker?.span ?? block.span,
					message: { zh: `${nameOf(block.key).zh}缺少：${listed(missing).zh}`, en: `${nameOf(block.key).en} lacks: ${listed(missing).en}` },
					related: note ? [note] : [],
					fixes: note ? [] : [{ title: { zh: '插入缺少的行', en: 'Insert the missing rows' }, edits: [edit], safe: true }],
				});
			}
			// Without its section heading, table 二 ends where its blocks end: a block inserted at the end can make it run on over what follows.
			const bounded = report.sections.some((s) => s.number === 2);
			for (const key of active.missingBlocks) {
				const before = active.blocks.filter((b) => BLOCK_ORDER.indexOf(b.key) < BLOCK_ORDER.indexOf(key));
				const prev = before[before.length - 1] ?? active.blocks[0];
				const style = styleOfRow(active.style);
				const body = activeBlockLines(key, v, style, fillOf(ctx, active), ctx.eol, true).join(ctx.eol);
				const edit = insertAfterLine(ctx.lines, prev.span.end, body, ctx.eol, active.style);
				const layout = activeBlockLayout(v, key);
				const columns = layout.columns.map((c) => c.key);
				const at: Span = { start: edit.span.start, end: edit.span.start };
				const block = { key, status: 'parsed' as const, span: at, marker: null, header: null, columns, rows: layout.rows.map((r) => insertedRow(r.key, columns, [], at.start)) };
				const note = bounded ? contradictedBy(ctx, { active: { ...active, blocks: [...active.blocks, block] } }) : { span: active.span, message: { zh: '表二前没有“二、主动公开政府信息情况”标题，插入的栏目可能与后面的内容连在一起，请先补上标题', en: 'Table 2 has no heading 二 above it, so an inserted block could run into what follows: add the heading first' } };
				findings.push({
					span: prev.marker?.span ?? prev.span,
					message: { zh: `表二缺少“${nameOf(key).zh}”栏目`, en: `Table 2 lacks the block ${nameOf(key).en}` },
					related: note ? [note] : [],
					fixes: note ? [] : [{ title: { zh: `插入“${nameOf(key).zh}”栏目`, en: `Insert the block ${nameOf(key).en}` }, edits: [edit], safe: true }],
				});
			}
		}

		const appeals = report.tables.appeals;
		if (appeals && appeals.status === 'parsed' && appeals.missingRows.length > 0) {
			const columns = tableLayout('appeals', versionOf(report)).blocks[0].columns;
			// Written as the line it follows is written: after a header of one cell per line, a row of one cell per line.
			const style = lineStyleAt(ctx.text, ctx.lines, appeals.span.end, appeals.style);
			const body = renderRow(columns.map(fillOf(ctx, appeals)), style, ctx.eol);
			const edit = insertAfterLine(ctx.lines, appeals.span.end, body, ctx.eol, style);
			const note = contradictedBy(ctx, { appeals: { ...appeals, rows: [insertedRow(APPEALS_ROW, columns.map((c) => c.key), [], edit.span.start)] } });
			findings.push({
				span: { start: appeals.span.start, end: lineEndAt(ctx.lines, appeals.span.start) },
				message: { zh: '表四缺少数据行（15 个数字）', en: 'Table 4 lacks its data row (15 numbers)' },
				related: note ? [note] : [],
				fixes: note ? [] : [{ title: unfilledTables(ctx).has(appeals) ? { zh: '插入数据行（空白，待填写）', en: 'Insert the data row (blank, to fill in)' } : { zh: '插入数据行（各项填 0）', en: 'Insert the data row (every count 0)' }, edits: [edit], safe: true }],
			});
		}
		return findings;
	},
});
