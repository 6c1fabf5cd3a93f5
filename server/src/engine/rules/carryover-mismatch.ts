import { companionLocation, companionName, type CompanionReport } from '../companions';
import { formatNumber } from '../edit/edits';
import { cellName } from '../format/names';
import type { ColumnKey } from '../format/tables';
import type { ActiveBlock, Cell, ReportModel, Row } from '../model';
import { defineRule, type Finding } from './rule';

/**
 * SPEC §2.5 rule 7: this year's 二、上年结转 equals last year's 四、结转下年度继续办理 for the same body,
 * column by column; and, where both years' table 二 is in the 2021 format, last year's 现行有效件数 plus this
 * year's 本年制发 minus 本年废止 is this year's 现行有效件数 (a warning only: 废止 may count documents issued
 * before last year's count, or lapsed ones). Silent when last year's report is not known.
 */
export default defineRule({
	id: 'carryover-mismatch',
	defaultSeverity: 'warning',
	description: { zh: '上年结转与上年报告的结转下年度不一致', en: 'Carried over does not match last year’s report' },
	check(ctx) {
		const last = ctx.lastYear;
		if (!last) return [];
		return [...requestsCarry(ctx.report, last), ...inForceCarry(ctx.report, last)];
	},
});

/** A cell that holds a whole number (blank, text and missing cells are other rules' business). */
function count(row: Row | undefined, column: ColumnKey): Cell | null {
	const cell = row?.cells.find((c) => c.column === column);
	return cell && !cell.missing && cell.value !== null ? cell : null;
}

function requestsCarry(report: ReportModel, last: CompanionReport): Finding[] {
	const mine = report.tables.requests;
	const theirs = last.model.tables.requests;
	if (!mine || !theirs || mine.status !== 'parsed' || theirs.status !== 'parsed') return [];
	const carriedOver = mine.rows.find((r) => r.key === 'carriedOver');
	const carriedForward = theirs.rows.find((r) => r.key === 'carriedForward');
	const file = companionName(last.uri);
	const out: Finding[] = [];
	for (const cell of carriedOver?.cells ?? []) {
		const here = count(carriedOver, cell.column);
		const there = count(carriedForward, cell.column);
		if (!here || !there || here.value === there.value) continue;
		const column = cellName('carriedOver', cell.column);
		const lastName = cellName('carriedForward', cell.column);
		const a = formatNumber(here.value ?? 0);
		const b = formatNumber(there.value ?? 0);
		out.push({
			span: here.span,
			related: [{ ...companionLocation(last, there.span), message: { zh: `上年报告（${file}）：${lastName.zh} = ${b}`, en: `Last year’s report (${file}): ${lastName.en} = ${b}` } }],
			message: {
				zh: `${column.zh}为 ${a}，但上年报告（${file}）的${lastName.zh}为 ${b}：上年结转应等于上年报告的结转下年度继续办理`,
				en: `${column.en} is ${a}, but last year’s report (${file}) carries ${b} forward (${lastName.en}): the two must be equal`,
			},
		});
	}
	return out;
}

const ITEM1_ROWS = ['regulations', 'normativeDocuments'] as const;

function inForceCarry(report: ReportModel, last: CompanionReport): Finding[] {
	const block = item1(report);
	const lastBlock = item1(last.model);
	if (!block || !lastBlock || !block.columns.includes('inForce') || !lastBlock.columns.includes('inForce')) return [];
	const file = companionName(last.uri);
	const out: Finding[] = [];
	for (const key of ITEM1_ROWS) {
		const row = block.rows.find((r) => r.key === key);
		const lastRow = lastBlock.rows.find((r) => r.key === key);
		const inForce = count(row, 'inForce');
		const issued = count(row, 'issued');
		const repealed = count(row, 'repealed');
		const before = count(lastRow, 'inForce');
		if (!inForce || !issued || !repealed || !before) continue;
		const expected = (before.value ?? 0) + (issued.value ?? 0) - (repealed.value ?? 0);
		if (expected === inForce.value) continue;
		const name = cellName(key, 'inForce');
		const n = formatNumber;
		const sum = `${n(before.value ?? 0)} + ${n(issued.value ?? 0)} − ${n(repealed.value ?? 0)} = ${n(expected)}`;
		out.push({
			span: inForce.span,
			related: [{ ...companionLocation(last, before.span), message: { zh: `上年报告（${file}）：${name.zh} = ${n(before.value ?? 0)}`, en: `Last year’s report (${file}): ${name.en} = ${n(before.value ?? 0)}` } }],
			message: {
				zh: `${name.zh}为 ${n(inForce.value ?? 0)}，但上年报告（${file}）的现行有效件数 + 本年制发 − 本年废止 = ${sum}（若本年废止的含往年文件或有自然失效，请核对并在正文说明）`,
				en: `${name.en} is ${n(inForce.value ?? 0)}, but last year’s report (${file}) in force + issued − repealed = ${sum} (if repealed or lapsed documents explain it, say so in the prose)`,
			},
		});
	}
	return out;
}

function item1(model: ReportModel): ActiveBlock | null {
	const active = model.tables.active;
	if (!active || active.status !== 'parsed') return null;
	const block = active.blocks.find((b) => b.key === 'item1');
	return block && block.status === 'parsed' ? block : null;
}
