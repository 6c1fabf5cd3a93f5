import type { Lang } from '../vocabulary';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, requestRows } from '../format/tables';
import type { Cell, Row } from '../model';
import type { ReportModel } from '../model';
import { LineIndex } from '../text/lineIndex';
import { versionOf } from '../query';

/** A cell as exported: a number, `{ value, unit }` for an amount with a unit, or null. */
export type ExportValue = number | { value: number; unit: string } | null;
export type ExportTable = Record<string, Record<string, ExportValue>>;

/** The structured content of one report, as `nianbao export --format json` prints it (SPEC §5). */
export interface ExportRecord {
	file: string;
	version: string | null;
	year: number | null;
	title: string | null;
	body: string | null;
	date: string | null;
	sections: { number: number | null; heading: string; line: number }[];
	tables: { active: ExportTable | null; requests: ExportTable | null; appeals: ExportTable | null };
	/** `parsed` or `unparsed` per table present (an unparsed table's values are null). */
	tableStatus: Record<string, string>;
}

function exportValue(cell: Cell | undefined): ExportValue {
	if (!cell || cell.value === null) return null;
	if (cell.columnKind === 'amount' && cell.unit) return { value: cell.value, unit: cell.unit };
	return cell.value;
}

function rowValues(columns: readonly string[], row: Row | undefined, prefix = ''): Record<string, ExportValue> {
	const out: Record<string, ExportValue> = {};
	for (const c of columns) out[c] = exportValue(row?.cells.find((x) => x.column === prefix + c));
	return out;
}

/** Every table with every row of its version: values where read, null where blank, missing or unreadable. */
export function exportReport(file: string, text: string, report: ReportModel): ExportRecord {
	const lines = new LineIndex(text);
	const version = versionOf(report);
	const { active, requests, appeals } = report.tables;
	const tableStatus: Record<string, string> = {};

	let activeOut: ExportTable | null = null;
	if (active) {
		tableStatus.active = active.status;
		activeOut = {};
		for (const block of ACTIVE_BLOCKS[active.version ?? version]) {
			const read = active.blocks.find((b) => b.key === block.key);
			for (const def of block.rows) activeOut[def.key] = rowValues(block.columns.map((c) => c.key), read?.rows.find((r) => r.key === def.key));
		}
		for (const row of active.rows) activeOut[row.key] ??= rowValues(row.cells.map((c) => c.column), row);
	}

	let requestsOut: ExportTable | null = null;
	if (requests) {
		tableStatus.requests = requests.status;
		requestsOut = {};
		const rows = requests.rows;
		const columns = rows[0]?.cells.map((c) => c.column) ?? REQUEST_COLUMNS.map((c) => c.key);
		for (const def of requestRows(requests.version ?? version)) requestsOut[def.key] = rowValues(columns, rows.find((r) => r.key === def.key));
	}

	let appealsOut: ExportTable | null = null;
	if (appeals) {
		tableStatus.appeals = appeals.status;
		appealsOut = {};
		for (const g of APPEAL_GROUPS) appealsOut[g.key] = rowValues(APPEAL_COLUMNS.map((c) => c.key), appeals.rows[0], `${g.key}.`);
	}

	const d = report.date?.value;
	return {
		file,
		version: report.version === 'unknown' ? null : report.version,
		year: report.year,
		title: report.title?.value ?? null,
		body: report.body?.value ?? null,
		date: d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null,
		sections: report.sections.map((s) => ({ number: s.number ?? s.writtenNumber, heading: s.heading.text, line: lines.positionAt(s.heading.span.start).line })),
		tables: { active: activeOut, requests: requestsOut, appeals: appealsOut },
		tableStatus,
	};
}

const CSV_HEADER: Readonly<Record<Lang, readonly string[]>> = {
	en: ['file', 'body', 'year', 'version', 'table', 'row', 'column', 'value', 'unit'],
	zh: ['文件', '机关', '年度', '格式版本', '表', '行', '列', '数值', '单位'],
};

export interface CsvOptions {
	readonly eol?: string;
	/** The language of the header line (the values stay keys, so a script reads either). */
	readonly lang?: Lang;
	/** A byte order mark first, so a spreadsheet (Excel, WPS) reads the UTF-8 Chinese correctly. */
	readonly bom?: boolean;
}

/** A number as nianbao writes one: a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV field, quoted when it holds a comma, a quote or a line break. Text that a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as
 * OWASP recommends; a plain number such as `-3` (本年增/减) is left as it is, so numeric columns stay numbers.
 */
export function csvField(v: string): string {
	const safe = FORMULA_START.test(v) && !PLAIN_NUMBER.test(v) ? `'${v}` : v;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line per cell of every table, with a header line: the shape a spreadsheet or database loads. */
export function exportCsv(records: readonly ExportRecord[], options: CsvOptions = {}): string {
	const eol = options.eol ?? '\n';
	const lines = [CSV_HEADER[options.lang ?? 'en'].join(',')];
	for (const r of records) {
		for (const [table, rows] of Object.entries(r.tables)) {
			if (!rows) continue;
			for (const [row, cells] of Object.entries(rows)) {
				for (const [column, v] of Object.entries(cells)) {
					const value = v === null ? '' : typeof v === 'number' ? String(v) : String(v.value);
					const unit = v !== null && typeof v === 'object' ? v.unit : '';
					lines.push([r.file, r.body ?? '', r.year === null ? '' : String(r.year), r.version ?? '', table, row, column, value, unit].map(csvField).join(','));
				}
			}
		}
	}
	return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
