/**
 * A view of many reports (`nianbao summary`): one row per report with its identity, whether it was published
 * on time, its findings by rule, the key figures of tables 三 and 四, and how its 上年结转 compares with last
 * year's report of the same body among the same reports. Pure: analyses in, rows out; the writers
 * (summaryWriters.ts) turn the rows into CSV or HTML.
 */
import type { Analysis } from '../analysis';
import { companionOf, counterpartIn, identityOf, normaliseBody, pickLastYear } from '../companions';
import { deadlineOf, isAfter, isoDate } from '../deadline';
import { cellName } from '../format/names';
import type { ColumnKey, RowKey } from '../format/tables';
import type { Cell, FormatVersion, ReportModel } from '../model';
import { RULES } from '../rules/index';
import type { Span } from '../text/span';
import type { Diagnostic, Message } from '../vocabulary';

/** A report to summarise: where it is (as the caller names it) and its analysis. */
export interface SummaryInput {
	readonly file: string;
	readonly analysis: Analysis;
}

/** The key figures: the 总计 column of four rows of table 三 and the three totals of table 四. */
export const FIGURES = [
	{ key: 'newRequests', table: 'requests', row: 'newRequests', column: 'total', name: { zh: '本年新收', en: 'New requests' } },
	{ key: 'carriedOver', table: 'requests', row: 'carriedOver', column: 'total', name: { zh: '上年结转', en: 'Carried over' } },
	{ key: 'resultTotal', table: 'requests', row: 'resultTotal', column: 'total', name: { zh: '办理结果总计', en: 'Results, total' } },
	{ key: 'carriedForward', table: 'requests', row: 'carriedForward', column: 'total', name: { zh: '结转下年度', en: 'Carried forward' } },
	{ key: 'review', table: 'appeals', row: 'appeals', column: 'review.total', name: { zh: '行政复议总计', en: 'Reviews, total' } },
	{ key: 'suitDirect', table: 'appeals', row: 'appeals', column: 'suitDirect.total', name: { zh: '行政诉讼（未经复议）总计', en: 'Lawsuits (direct), total' } },
	{ key: 'suitAfterReview', table: 'appeals', row: 'appeals', column: 'suitAfterReview.total', name: { zh: '行政诉讼（复议后）总计', en: 'Lawsuits (after review), total' } },
] as const satisfies readonly { key: string; table: 'requests' | 'appeals'; row: RowKey; column: ColumnKey; name: Message }[];

export type FigureKey = (typeof FIGURES)[number]['key'];

/** A key figure: its value (null when the cell is blank, absent or the table was not read) and the findings on it. */
export interface Figure {
	readonly value: number | null;
	/** Messages of the errors and warnings whose range covers the cell: a figure with any is marked failing. */
	readonly problems: readonly Message[];
}

/** One column of 上年结转 against last year's 结转下年度继续办理. */
export interface CarryDifference {
	readonly column: ColumnKey;
	readonly name: Message;
	readonly here: number;
	readonly lastYear: number;
}

/**
 * `match`: every column both reports fill agrees; `mismatch`: some column differs; `unknown`: last year's
 * report is there but no column could be compared (a table absent or not read with certainty, blank cells);
 * `none`: no report of the same body for the year before among those summarised.
 */
export type CarryStatus = 'match' | 'mismatch' | 'unknown' | 'none';

export interface Carryover {
	readonly status: CarryStatus;
	/** Last year's report, as the caller named it. */
	readonly lastYearFile: string | null;
	/** Last year's 四、结转下年度继续办理, 总计 column. */
	readonly lastYearCarriedForward: number | null;
	readonly differences: readonly CarryDifference[];
}

export interface SummaryRow {
	readonly file: string;
	readonly body: string | null;
	readonly year: number | null;
	/** `2019`, `2021`, `pre-2019`, or null when unknown. */
	readonly version: Exclude<FormatVersion, 'unknown'> | null;
	/** The signing or publication date, ISO 8601. */
	readonly date: string | null;
	/** 条例第四十九条's deadline for this report, ISO 8601. */
	readonly deadline: string | null;
	/** Null when the date or the year is unknown. */
	readonly onTime: boolean | null;
	readonly errors: number;
	readonly warnings: number;
	/** Infos and hints. */
	readonly notes: number;
	/** Errors and warnings by rule id (rules without any are absent). */
	readonly byRule: Readonly<Record<string, number>>;
	readonly figures: Readonly<Record<FigureKey, Figure>>;
	readonly carryover: Carryover;
}

export interface Summary {
	/** Sorted by body, then year, so each body's consecutive years stand side by side. */
	readonly rows: readonly SummaryRow[];
	/** The rules with an error or a warning in some row, in registry order: the per-rule columns. */
	readonly rules: readonly string[];
}

/**
 * For each input, last year's report of the same body among the inputs (`pickLastYear`: the same normalised
 * body, year − 1, the same format family, no ambiguity), or null.
 */
export function lastYearOf(inputs: readonly SummaryInput[]): (SummaryInput | null)[] {
	const candidates = inputs.map((input) => ({ uri: input.file, identity: identityOf(input.analysis.model), text: input.analysis.text, input }));
	// Grouped by body and year, so a folder of thousands of reports is paired in linear time.
	const byKey = new Map<string, (typeof candidates)[number][]>();
	for (const c of candidates) {
		if (!c.identity) continue;
		const key = `${c.identity.body}\u0000${c.identity.year}`;
		const group = byKey.get(key);
		if (group) group.push(c);
		else byKey.set(key, [c]);
	}
	return candidates.map((self) => {
		if (!self.identity) return null;
		const group = byKey.get(`${self.identity.body}\u0000${self.identity.year - 1}`) ?? [];
		return pickLastYear(self, group)?.input ?? null;
	});
}

/** The inputs with last year's report as their companion, so carryover-mismatch and similar-to-last-year run. */
export function withLastYear(inputs: readonly SummaryInput[]): SummaryInput[] {
	const last = lastYearOf(inputs);
	return inputs.map((input, k) => {
		const prev = last[k];
		return prev ? { file: input.file, analysis: input.analysis.withCompanions({ lastYear: companionOf(prev.file, prev.analysis) }) } : input;
	});
}

/** The summary of the reports: one row each, last year's report looked up among them. */
export function summarize(inputs: readonly SummaryInput[]): Summary {
	const last = lastYearOf(inputs);
	const rows = inputs.map((input, k) => summaryRow(input, last[k]));
	const order = inputs.map((input, k) => ({ row: rows[k], body: input.analysis.model.body ? normaliseBody(input.analysis.model.body.value) : null }));
	order.sort((a, b) => compareNullable(a.body, b.body) || (a.row.year ?? Infinity) - (b.row.year ?? Infinity) || compareText(a.row.file, b.row.file));
	const fired = new Set(rows.flatMap((r) => Object.keys(r.byRule)));
	const known = RULES.map((r) => r.id);
	const rules = [...known.filter((id) => fired.has(id)), ...[...fired].filter((id) => !known.includes(id)).sort()];
	return { rows: order.map((o) => o.row), rules };
}

/** Chinese names in the order a Chinese reader expects (pinyin), ties broken by code point so the order is total. */
const COLLATOR = new Intl.Collator('zh');

function compareText(a: string, b: string): number {
	return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Unknown bodies last. */
function compareNullable(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return compareText(a, b);
}

function summaryRow(input: SummaryInput, lastYear: SummaryInput | null): SummaryRow {
	const { model, diagnostics } = input.analysis;
	const due = deadlineOf(model);
	const date = model.date?.value ?? null;
	const byRule: Record<string, number> = {};
	let errors = 0;
	let warnings = 0;
	let notes = 0;
	for (const d of diagnostics) {
		if (d.severity === 'error') errors++;
		else if (d.severity === 'warning') warnings++;
		else notes++;
		if (d.severity === 'error' || d.severity === 'warning') byRule[d.code] = (byRule[d.code] ?? 0) + 1;
	}
	const figures = {} as Record<FigureKey, Figure>;
	for (const f of FIGURES) {
		const cell = figureCell(model, f.table, f.row, f.column);
		figures[f.key] = { value: cell?.value ?? null, problems: cell ? problemsAt(diagnostics, cell.span) : [] };
	}
	return {
		file: input.file,
		body: model.body?.value ?? null,
		year: model.year,
		version: model.version === 'unknown' ? null : model.version,
		date: date ? isoDate(date) : null,
		deadline: due ? isoDate(due) : null,
		onTime: date && due ? !isAfter(date, due) : null,
		errors,
		warnings,
		notes,
		byRule,
		figures,
		carryover: lastYear ? { ...compareCarryover(model, lastYear.analysis.model), lastYearFile: lastYear.file } : { status: 'none', lastYearFile: null, lastYearCarriedForward: null, differences: [] },
	};
}

/** A cell of a table read with certainty, or null. */
function figureCell(model: ReportModel, table: 'requests' | 'appeals', row: RowKey, column: ColumnKey): Cell | null {
	const t = model.tables[table];
	if (!t || t.status !== 'parsed') return null;
	const cell = t.rows.find((r) => r.key === row)?.cells.find((c) => c.column === column);
	return cell && !cell.missing ? cell : null;
}

/** Errors and warnings whose range covers the span (an empty cell's span is a point). */
function problemsAt(diagnostics: readonly Diagnostic[], span: Span): Message[] {
	return diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') && covers(d.span, span)).map((d) => d.message);
}

function covers(a: Span, b: Span): boolean {
	if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
	return a.start < b.end && b.start < a.end;
}

/**
 * This year's 二、上年结转 against last year's 四、结转下年度继续办理, column by column, where both are numbers
 * (the pairing of cells is `counterpartIn`, which the carryover-mismatch rule's hover shares).
 */
export function compareCarryover(model: ReportModel, lastYear: ReportModel): Omit<Carryover, 'lastYearFile'> {
	const lastForward = figureCell(lastYear, 'requests', 'carriedForward', 'total');
	const lastYearCarriedForward = lastForward?.value ?? null;
	const table = model.tables.requests;
	const row = table && table.status === 'parsed' ? table.rows.find((r) => r.key === 'carriedOver') : undefined;
	const differences: CarryDifference[] = [];
	let compared = 0;
	for (const cell of row?.cells ?? []) {
		if (cell.missing || cell.value === null) continue;
		const there = counterpartIn(lastYear, 'requests', 'carriedOver', cell.column);
		if (!there || there.cell.value === null) continue;
		compared++;
		if (there.cell.value !== cell.value) differences.push({ column: cell.column, name: cellName('carriedOver', cell.column), here: cell.value, lastYear: there.cell.value });
	}
	const status: CarryStatus = compared === 0 ? 'unknown' : differences.length > 0 ? 'mismatch' : 'match';
	return { status, lastYearCarriedForward, differences };
}
