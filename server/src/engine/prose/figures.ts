import { APPEALS_ROW, appealCell, REQUEST_COLUMNS, requestRows, type ActiveColumnKey, type ActiveRowKey, type AppealGroupKey, type RequestRowKey } from '../format/tables';
import { cellName } from '../format/names';
import { formatNumber } from '../edit/edits';
import type { Cell, RequestsTable, Row } from '../model';
import { tableVersionOf } from '../query';
import type { Message, ReportModel } from '../rules/rule';
import type { Claim, ClaimTopic } from './claims';

/** The table figure a prose claim is compared with: the values it may equal and the cells they come from. */
export interface Figure {
	/** Every value the claim may state without contradicting the table (two where the wording allows two readings). */
	readonly accepted: readonly number[];
	/** The cells the figure is read from (the first is where a reader should look). */
	readonly cells: readonly { readonly cell: Cell; readonly name: Message }[];
	/** What the table says, with its numbers, in both languages: 表三“（七）总计”为 98. */
	readonly says: Message;
}

type Part = { readonly value: number; readonly cells: Figure['cells'] };

/**
 * The figure of this report's tables that a claim refers to, or null when the table is absent, could not be
 * read with certainty, or a cell it needs holds no number (nothing is compared then).
 */
export function figureFor(topic: ClaimTopic, report: ReportModel): Figure | null {
	switch (topic) {
		case 'received':
		case 'noRequests': {
			const neu = requestTotal(report, 'newRequests');
			if (!neu) return null;
			const old = requestTotal(report, 'carriedOver');
			const both = old ? [neu.value, neu.value + old.value] : [neu.value];
			const says = old
				? { zh: `表三本年新收申请 ${n(neu.value)} 件（加上年结转 ${n(old.value)} 件共 ${n(neu.value + old.value)} 件）`, en: `table 3 counts ${n(neu.value)} new requests (${n(neu.value + old.value)} with the ${n(old.value)} carried over)` }
				: { zh: `表三本年新收申请 ${n(neu.value)} 件`, en: `table 3 counts ${n(neu.value)} new requests` };
			return { accepted: topic === 'noRequests' ? [0] : unique(both), cells: [...neu.cells, ...(old?.cells ?? [])], says };
		}
		case 'handled': {
			const done = requestTotal(report, 'resultTotal');
			const neu = requestTotal(report, 'newRequests');
			const old = requestTotal(report, 'carriedOver');
			if (!done || !neu) return null;
			const accepted = unique([done.value, neu.value, ...(old ? [neu.value + old.value] : [])]);
			return { accepted, cells: [...done.cells, ...neu.cells, ...(old?.cells ?? [])], says: { zh: `表三办结 ${n(done.value)} 件、收到 ${accepted.slice(1).map(n).join(' 或 ')} 件`, en: `table 3 counts ${n(done.value)} concluded and ${accepted.slice(1).map(n).join(' or ')} received` } };
		}
		case 'carriedOver': return single(requestTotal(report, 'carriedOver'));
		case 'concluded': return single(requestTotal(report, 'resultTotal'));
		case 'granted': return single(requestTotal(report, 'granted'));
		case 'partlyGranted': return single(requestTotal(report, 'partlyGranted'));
		case 'denied': return single(requestGroup(report, 'denied', { zh: '（三）不予公开', en: '3(3) Not disclosed' }));
		case 'unavailable': return single(requestGroup(report, 'unavailable', { zh: '（四）无法提供', en: '3(4) Cannot be provided' }));
		case 'notProcessed': return single(requestGroup(report, 'notProcessed', { zh: '（五）不予处理', en: '3(5) Not processed' }));
		case 'otherHandling': return single(requestGroup(report, 'otherHandling', { zh: '（六）其他处理', en: '3(6) Other handling' }));
		case 'carriedForward': return single(requestTotal(report, 'carriedForward'));
		case 'reviews': return single(appealTotal(report, ['review']), TABLE_4);
		case 'lawsuits': return single(appealTotal(report, ['suitDirect', 'suitAfterReview']), TABLE_4);
		case 'normativeIssued': return activeFigure(report, 'normativeDocuments', ['issued'], ['newlyMade', 'newlyPublished']);
		case 'regulationsIssued': return activeFigure(report, 'regulations', ['issued'], ['newlyMade', 'newlyPublished']);
		case 'normativeRepealed': return activeFigure(report, 'normativeDocuments', ['repealed'], []);
		case 'normativeInForce': return activeFigure(report, 'normativeDocuments', ['inForce'], []);
	}
}

/**
 * The figure that contradicts a claim, or null when the tables agree with it or cannot say (a table absent,
 * unread, or a cell without a number). A statement of no requests is contradicted by any request received.
 */
export function contradiction(claim: Claim, report: ReportModel): Figure | null {
	const figure = figureFor(claim.topic, report);
	if (!figure) return null;
	if (claim.topic === 'noRequests') return (figureFor('received', report)?.accepted[0] ?? 0) === 0 ? null : figure;
	return figure.accepted.includes(claim.value ?? 0) ? null : figure;
}

/**
 * A claim of the prose that the tables of `after` contradict while those of `before` do not: what a fix
 * that writes numbers into the tables (`after`, the model as the fix would leave it) would add as a finding.
 */
export function newlyContradicted(claims: readonly Claim[], before: ReportModel, after: ReportModel): Claim | null {
	return claims.find((c) => contradiction(c, after) !== null && contradiction(c, before) === null) ?? null;
}

function single(part: (Part & { name: Message }) | null, table: Message = { zh: '表三', en: 'table 3' }): Figure | null {
	return part ? { accepted: [part.value], cells: part.cells, says: { zh: `${table.zh}“${part.name.zh}”为 ${n(part.value)}`, en: `${table.en}'s ${part.name.en} is ${n(part.value)}` } } : null;
}

const TABLE_4: Message = { zh: '表四', en: 'table 4' };

const n = formatNumber;

function unique(values: number[]): number[] {
	return [...new Set(values)];
}

function numberIn(row: Row | undefined, column: string): Cell | null {
	const cell = row?.cells.find((c) => c.column === column);
	return cell && !cell.missing && cell.value !== null && !cell.decimal ? cell : null;
}

/** The six applicant columns of table 三, whose cells no arithmetic fix ever changes. */
const APPLICANTS = REQUEST_COLUMNS.map((c) => c.key).filter((k) => k !== 'total');

/**
 * What a row of table 三 counts: the sum of its six applicant cells, else its 总计. The sum is what the
 * arithmetic fixes never change (they set totals to sums), so fixing a total never changes a verdict here.
 */
function rowCount(row: Row | undefined): { value: number; cell: Cell } | null {
	const total = row?.cells.find((c) => c.column === 'total' && !c.missing);
	if (!row || !total) return null;
	const leaves = APPLICANTS.map((k) => numberIn(row, k));
	if (leaves.every((c) => c !== null)) return { value: leaves.reduce((a, c) => a + (c?.value ?? 0), 0), cell: total };
	const t = numberIn(row, 'total');
	return t ? { value: t.value ?? 0, cell: t } : null;
}

function parsedRequests(report: ReportModel): RequestsTable | null {
	const table = report.tables.requests;
	return table && table.status === 'parsed' ? table : null;
}

function requestTotal(report: ReportModel, key: RequestRowKey): (Part & { name: Message }) | null {
	const table = parsedRequests(report);
	if (!table) return null;
	const name = cellName(key, 'total');
	const own = rowCount(table.rows.find((r) => r.key === key));
	if (!own) return null;
	if (key === 'resultTotal') {
		// （七）总计 is itself a sum: of the result rows, counted the same way.
		const results = requestRows(tableVersionOf(table, report)).filter((r) => r.role === 'result').map((r) => rowCount(table.rows.find((x) => x.key === r.key)));
		if (results.every((r) => r !== null)) return { value: results.reduce((a, r) => a + (r?.value ?? 0), 0), cells: [{ cell: own.cell, name }], name };
	}
	return { value: own.value, cells: [{ cell: own.cell, name }], name };
}

/** The sum of a group of table 三 (（三）… （六）) over the rows the table's version has; null if one is not a number. */
function requestGroup(report: ReportModel, group: string, name: Message): (Part & { name: Message }) | null {
	const table = parsedRequests(report);
	if (!table) return null;
	const keys = requestRows(tableVersionOf(table, report)).map((r) => r.key).filter((k) => k === group || k.startsWith(`${group}.`));
	let value = 0;
	const cells: { cell: Cell; name: Message }[] = [];
	for (const key of keys) {
		const count = rowCount(table.rows.find((r) => r.key === key));
		if (!count) return null;
		value += count.value;
		cells.push({ cell: count.cell, name: cellName(key, 'total') });
	}
	return keys.length > 0 ? { value, cells, name } : null;
}

function appealTotal(report: ReportModel, groups: readonly AppealGroupKey[]): (Part & { name: Message }) | null {
	const table = report.tables.appeals;
	if (!table || table.status !== 'parsed') return null;
	let value = 0;
	const cells: { cell: Cell; name: Message }[] = [];
	for (const group of groups) {
		// The four results rather than the group's 总计, for the same reason as in table 三.
		const results = ['upheld', 'corrected', 'other', 'pending'].map((c) => numberIn(table.rows[0], `${group}.${c}`));
		const total = numberIn(table.rows[0], `${group}.total`);
		const cell = total ?? table.rows[0]?.cells.find((c) => c.column === `${group}.total`);
		if (!cell) return null;
		if (results.every((c) => c !== null)) value += results.reduce((a, c) => a + (c?.value ?? 0), 0);
		else if (total) value += total.value ?? 0;
		else return null;
		cells.push({ cell, name: cellName(APPEALS_ROW, appealCell(group, 'total')) });
	}
	const name = groups.length === 1 ? cells[0].name : { zh: '行政诉讼·总计（两类之和）', en: 'lawsuits, total (both kinds)' };
	return { value, cells, name };
}

/** A cell of table 二's （一） block: the 2021 column, or any of the 2019 columns the wording may mean. */
function activeFigure(report: ReportModel, rowKey: ActiveRowKey, columns2021: readonly ActiveColumnKey[], columns2019: readonly ActiveColumnKey[]): Figure | null {
	const block = report.tables.active?.blocks.find((b) => b.key === 'item1');
	if (!block || block.status !== 'parsed' || report.tables.active?.status !== 'parsed') return null;
	const row = block.rows.find((r) => r.key === rowKey);
	const columns = block.columns.includes('issued') ? columns2021 : columns2019;
	const cells = columns.map((c) => numberIn(row, c));
	if (cells.length === 0 || cells.some((c) => c === null)) return null;
	const found = cells.filter((c): c is Cell => c !== null).map((cell) => ({ cell, name: cellName(rowKey, cell.column) }));
	const zh = found.map((f) => `“${f.name.zh}”为 ${n(f.cell.value ?? 0)}`).join('，');
	const en = found.map((f) => `${f.name.en} is ${n(f.cell.value ?? 0)}`).join(', ');
	return { accepted: unique(found.map((f) => f.cell.value ?? 0)), cells: found, says: { zh: `表二${zh}`, en: `table 2's ${en}` } };
}
