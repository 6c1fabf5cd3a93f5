import { nameOf } from '../format/names';
import { activeBlockLines, requestRowCells } from '../format/skeleton';
import { APPEAL_CELLS, REQUEST_ROWS, requestRows, type TableVersion } from '../format/tables';
import { blockDef } from '../reader/active';
import { valueIn } from '../arithmetic/relations';
import type { Row, RequestsTable } from '../model';
import { formatNumber, insertAfterLine, lineStartAt, renderRow, styleOfRow, writtenWidth } from '../edit/edits';
import { targetVersion } from '../edit/insert';
import { defineRule, type Finding, type RuleContext, type TextEdit } from './rule';

const MAX_LISTED = 5;

function listed(keys: readonly string[]): { zh: string; en: string } {
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
 * Values for inserted total rows, from the table's own arithmetic: （七）总计 as the sum of the results,
 * 四、结转下年度继续办理 as 一 + 二 − （七）. Other inserted rows are blank.
 */
function derivedValues(table: RequestsTable, key: string, column: string, inserted: ReadonlySet<string>): string {
	const get = (k: string): number | undefined => {
		const cell = table.rows.find((r) => r.key === k)?.cells.find((c) => c.column === column);
		return cell ? valueIn(cell) : inserted.has(k) ? 0 : undefined;
	};
	const resultSum = (): number | undefined => {
		let s = 0;
		for (const r of REQUEST_ROWS) {
			if (r.role !== 'result' || !(table.rows.some((x) => x.key === r.key) || inserted.has(r.key))) continue;
			const v = get(r.key);
			if (v === undefined) return undefined;
			s += v;
		}
		return s;
	};
	if (key === 'resultTotal') {
		const v = resultSum();
		return v === undefined ? '' : formatNumber(v);
	}
	if (key === 'carriedForward') {
		const n = get('newRequests');
		const c = get('carriedOver');
		const r = inserted.has('resultTotal') ? resultSum() : get('resultTotal');
		if (n === undefined || c === undefined || r === undefined || n + c - r < 0) return '';
		return formatNumber(n + c - r);
	}
	return '';
}

function requestFindings(ctx: RuleContext, table: RequestsTable, version: TableVersion): Finding[] {
	const findings: Finding[] = [];
	const order = requestRows(version);
	const missing = new Set(table.missingRows);
	const present = (key: string) => table.rows.find((r) => r.key === key);
	const valueColumns = table.rows[0]?.cells.map((c) => c.column) ?? [];
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
		const inserted = new Set(run.map((r) => r.key));
		const body = run.map((def) => {
			const cells = requestRowCells(def, version, true);
			let labels = cells.slice(0, cells.length - 7);
			const labelColumns = width > 0 ? Math.max(1, width - valueColumns.length) : labels.length;
			if (labels.length > labelColumns) labels = [...Array(labelColumns - 1).fill(''), labels.filter((l) => l !== '').join('')];
			return renderRow([...labels, ...valueColumns.map((c) => derivedValues(table, def.key, c, inserted))], style, ctx.eol);
		}).join(style === 'cells' ? ctx.eol + ctx.eol : ctx.eol);
		const edit = insertNear(ctx, prev, next, body);
		const names = listed(run.map((r) => r.key));
		findings.push({
			span: (prev ?? next)?.label.span ?? table.span,
			message: {
				zh: `${nameOf('requests').zh}缺少 ${run.length} 行${prev ? `（在“${prev.label.text}”之后）` : ''}：${names.zh}`,
				en: `${nameOf('requests').en} lacks ${run.length} row${run.length > 1 ? 's' : ''}${prev ? ` after “${prev.label.text}”` : ''}: ${names.en}`,
			},
			fixes: edit ? [{ title: { zh: `插入缺少的 ${run.length} 行`, en: `Insert the ${run.length} missing row${run.length > 1 ? 's' : ''}` }, edits: [edit], safe: true }] : [],
		});
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
		const version = targetVersion(ctx);
		const requests = report.tables.requests;
		if (requests && requests.status === 'parsed' && requests.missingRows.length > 0) findings.push(...requestFindings(ctx, requests, requests.version ?? version));

		const active = report.tables.active;
		if (active) {
			const v = active.version ?? version;
			for (const block of active.blocks) {
				const missing = active.missingRows.filter((key) => blockDef(v, block.key).rows.some((r) => r.key === key));
				if (block.status !== 'parsed' || missing.length === 0) continue;
				const last = block.rows[block.rows.length - 1];
				const def = blockDef(v, block.key);
				const body = missing.map((key) => renderRow([def.rows.find((r) => r.key === key)?.label ?? key, ...block.columns.map(() => '')], last?.style ?? 'tab', ctx.eol)).join(last?.style === 'cells' ? ctx.eol + ctx.eol : ctx.eol);
				const anchor = last?.span.end ?? block.header?.span.end ?? block.span.end;
				findings.push({
					span: last?.label.span ?? block.marker?.span ?? block.span,
					message: { zh: `${nameOf(block.key).zh}缺少：${listed(missing).zh}`, en: `${nameOf(block.key).en} lacks: ${listed(missing).en}` },
					fixes: [{ title: { zh: '插入缺少的行', en: 'Insert the missing rows' }, edits: [insertAfterLine(ctx.lines, anchor, body, ctx.eol, last?.style ?? 'tab')], safe: true }],
				});
			}
			for (const key of active.missingBlocks) {
				const before = active.blocks.filter((b) => ['item1', 'item5', 'item6', 'item8', 'item9'].indexOf(b.key) < ['item1', 'item5', 'item6', 'item8', 'item9'].indexOf(key));
				const prev = before[before.length - 1] ?? active.blocks[0];
				const style = styleOfRow(active.style);
				const body = activeBlockLines(key, v, style, () => '', ctx.eol, true).join(ctx.eol);
				findings.push({
					span: prev.marker?.span ?? prev.span,
					message: { zh: `表二缺少“${nameOf(key).zh}”栏目`, en: `Table 2 lacks the block ${nameOf(key).en}` },
					fixes: [{ title: { zh: `插入“${nameOf(key).zh}”栏目`, en: `Insert the block ${nameOf(key).en}` }, edits: [insertAfterLine(ctx.lines, prev.span.end, body, ctx.eol, active.style)], safe: true }],
				});
			}
		}

		const appeals = report.tables.appeals;
		if (appeals && appeals.status === 'parsed' && appeals.missingRows.length > 0) {
			const body = renderRow(APPEAL_CELLS.map(() => ''), appeals.style, ctx.eol);
			findings.push({
				span: { start: appeals.span.start, end: ctx.lines.line(ctx.lines.positionAt(appeals.span.start).line).end },
				message: { zh: '表四缺少数据行（15 个数字）', en: 'Table 4 lacks its data row (15 numbers)' },
				fixes: [{ title: { zh: '插入空白数据行', en: 'Insert a blank data row' }, edits: [insertAfterLine(ctx.lines, appeals.span.end, body, ctx.eol, appeals.style)], safe: true }],
			});
		}
		return findings;
	},
});
