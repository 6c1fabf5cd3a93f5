import { reportSkeleton, type SkeletonStyle } from '../../server/src/engine/format/skeleton';
import { APPEAL_CELLS, REQUEST_COLUMNS, TABLE_VERSIONS, ACTIVE_BLOCKS, type TableVersion } from '../../server/src/engine/format/tables';
import { analyze, LineIndex, type Diagnostic, type Fix } from '../../server/src/engine/index';
import { applyEdits } from '../../server/src/engine/features/fixAll';

type Values = (number | string)[];

export interface ReportOptions {
	version?: TableVersion;
	style?: SkeletonStyle;
	year?: number;
	body?: string;
	/** Row key → values in column order (table 二 and 三); other rows are all 0. */
	rows?: Record<string, Values>;
	/** The 15 values of table 四 (all 0 otherwise). */
	appeals?: Values;
}

/** A complete, consistent report (every cell 0 unless given), written by the skeleton writer. */
export function makeReport(o: ReportOptions = {}): string {
	const version = o.version ?? '2021';
	const activeColumns = new Map<string, string[]>();
	for (const v of TABLE_VERSIONS) for (const b of ACTIVE_BLOCKS[v]) for (const r of b.rows) if (v === version) activeColumns.set(r.key, b.columns.map((c) => c.key));
	const values = (row: string, column: string): string => {
		if (row === 'appeals') return String(o.appeals?.[APPEAL_CELLS.findIndex((c) => `${c.group.key}.${c.column.key}` === column)] ?? 0);
		const given = o.rows?.[row];
		const index = activeColumns.has(row) ? activeColumns.get(row)!.indexOf(column) : REQUEST_COLUMNS.findIndex((c) => c.key === column);
		return String(given?.[index] ?? 0);
	};
	const skeleton = reportSkeleton({ version, style: o.style ?? 'tsv', year: o.year ?? (version === '2021' ? 2023 : 2020), body: o.body ?? '某某县某某局', values });
	return withContent(skeleton) + '某某县某某局\n' + `${(o.year ?? (version === '2021' ? 2023 : 2020)) + 1}年1月20日\n`;
}

/** What `makeReport` writes under 五 and 六, as 30号 asks (last year's problems remedied; fees), so a complete report has no content findings. */
export const SECTION_CONTENT = { five: '针对上年度报告指出的问题，已逐项整改落实。\n', six: '本年度未收取信息处理费。\n' } as const;

function withContent(skeleton: string): string {
	return skeleton
		.replace(/(五、存在的主要问题及改进情况[^\n]*\n)/, `$1${SECTION_CONTENT.five}`)
		.replace(/(六、其他需要报告的事项[^\n]*\n)/, `$1${SECTION_CONTENT.six}`);
}

export interface Found {
	code: string;
	severity: string;
	/** 1-based line and column, as an editor shows them. */
	line: number;
	column: number;
	text: string;
	message: string;
	diagnostic: Diagnostic;
}

export function findings(text: string, code?: string): Found[] {
	const lines = new LineIndex(text);
	return analyze(text).diagnostics.filter((d) => code === undefined || d.code === code).map((d) => {
		const p = lines.positionAt(d.span.start);
		return { code: d.code, severity: d.severity, line: p.line + 1, column: p.character + 1, text: text.slice(d.span.start, d.span.end), message: d.message.zh, diagnostic: d };
	});
}

export function codes(text: string): string[] {
	return analyze(text).diagnostics.map((d) => d.code);
}

export function applyFix(text: string, fix: Fix): string {
	return applyEdits(text, fix.edits);
}

/** Replaces the n-th (0-based) occurrence of a line that starts with `label` by `line`. */
export function replaceRow(text: string, label: string, line: string): string {
	const lines = text.split('\n');
	const k = lines.findIndex((l) => l.startsWith(label) || l.replace(/^\t+/, '').startsWith(label));
	if (k < 0) throw new Error(`no row ${label}`);
	lines[k] = line;
	return lines.join('\n');
}
