import type { Analysis } from '../analysis';
import { statusOf, sum } from '../arithmetic/relations';
import { writtenValues } from '../edit/tables';
import { cellName, nameOf } from '../format/names';
import { tableSkeleton, type TableKey } from '../format/skeleton';
import { ACTIVE_BLOCKS, APPEAL_CELLS, REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS, REQUEST_GROUPS, requestRows, type ColumnKey } from '../format/tables';
import type { Row, Table } from '../model';
import { tableVersionOf } from '../query';
import type { Diagnostic, Lang } from '../rules/rule';
import type { Range } from '../text/lineIndex';
import type { Span } from '../text/span';
import { csvField } from './export';

/*
 * The table preview's model: every table in the official layout, each cell with its value, source range and
 * problems, in one UI language. Ranges (not spans) because the webview reveals them in the editor.
 */

export interface PreviewProblem {
	readonly code: string;
	readonly severity: 'error' | 'warning' | 'info' | 'hint';
	readonly message: string;
}

export interface PreviewCell {
	readonly column: string;
	/** The column's name in the requested language. */
	readonly name: string;
	readonly text: string;
	readonly value: number | null;
	readonly unit: string | null;
	readonly kind: 'number' | 'blank' | 'placeholder' | 'text';
	readonly missing: boolean;
	readonly range: Range;
	/** Diagnostics on this cell (a failing total, a blank…). */
	readonly problems: readonly PreviewProblem[];
}

export interface PreviewRow {
	readonly key: string;
	/** The merged label cells above this row's own label in the official layout (三、本年度办理结果, （三）不予公开). */
	readonly groups: readonly string[];
	/** A standard row the document lacks: shown in its place, with no values. */
	readonly absent: boolean;
	/** The row's standard label (what the official form prints). */
	readonly label: string;
	/** The label as written in the document, and where. */
	readonly written: string;
	readonly range: Range;
	readonly cells: readonly PreviewCell[];
}

export interface PreviewExtraRow {
	readonly label: string;
	readonly range: Range;
	readonly values: readonly string[];
}

export interface PreviewBlock {
	readonly key: string;
	readonly title: string;
	readonly status: 'parsed' | 'unparsed';
	readonly range: Range;
	readonly columns: readonly { readonly key: string; readonly name: string }[];
	/** Every standard row in order; rows the document lacks are marked `absent`. */
	readonly rows: readonly PreviewRow[];
}

export interface PreviewTable {
	readonly key: 'active' | 'requests' | 'appeals';
	readonly title: string;
	readonly status: 'parsed' | 'unparsed';
	readonly version: '2019' | '2021' | null;
	readonly range: Range;
	/** Table 二: its blocks; tables 三 and 四: one block holding all rows. */
	readonly blocks: readonly PreviewBlock[];
	readonly extraRows: readonly PreviewExtraRow[];
	readonly missingRows: readonly string[];
}

/** The 勾稽关系 of one column of table 三. */
export interface PreviewBalance {
	readonly column: string;
	readonly name: string;
	readonly holds: boolean | null;
	readonly left: number | null;
	readonly right: number | null;
}

/** The preview model of one document version (the protocol adds the document's uri and version). */
export interface TablesModel {
	readonly formatVersion: string;
	readonly year: number | null;
	readonly body: string | null;
	readonly language: 'zh' | 'en';
	readonly tables: {
		readonly active: PreviewTable | null;
		readonly requests: PreviewTable | null;
		readonly appeals: PreviewTable | null;
	};
	readonly balance: readonly PreviewBalance[];
	readonly errorCount: number;
	readonly warningCount: number;
}

const inside = (d: Diagnostic, s: Span) => d.span.start >= s.start && d.span.end <= s.end && (d.span.start < s.end || s.start === s.end);

function previewRow(a: Analysis, row: Row, label: string, lang: Lang, groups: readonly string[] = []): PreviewRow {
	return {
		key: row.key, groups, absent: false, label, written: row.label.text, range: a.lines.range(row.span),
		cells: row.cells.map((c) => ({
			column: c.column, name: (row.key === 'appeals' ? cellName('appeals', c.column) : nameOf(c.column))[lang],
			text: c.text, value: c.value, unit: c.unit, kind: c.kind, missing: c.missing, range: a.lines.range(c.span),
			problems: a.diagnostics.filter((d) => !c.missing && inside(d, c.span)).map((d) => ({ code: d.code, severity: d.severity, message: d.message[lang] })),
		})),
	};
}

function previewTable(a: Analysis, t: Table, lang: Lang): PreviewTable {
	const version = tableVersionOf(t, a.model);
	let blocks: PreviewBlock[];
	if (t.key === 'active') {
		blocks = ACTIVE_BLOCKS[version].map((def) => {
			const b = t.blocks.find((x) => x.key === def.key);
			// Column names are the block's own headers in this version (本年收费金额（单位：万元）, not 2019's 采购总金额).
			const header = (key: ColumnKey) => def.columns.find((c) => c.key === key)?.label ?? nameOf(key)[lang];
			const columns = (b?.columns ?? def.columns.map((c) => c.key)).map((key) => ({ key, name: header(key) }));
			return {
				key: def.key, title: nameOf(def.key)[lang], status: b?.status ?? 'parsed', range: a.lines.range(b?.span ?? t.span), columns,
				// Every standard row of the block in order; the absent ones stay in place, marked.
				rows: def.rows.map((d): PreviewRow => {
					const row = b?.rows.find((x) => x.key === d.key);
					return row ? previewRow(a, row, d.label, lang) : { key: d.key, groups: [], absent: true, label: d.label, written: '', range: a.lines.range(b?.span ?? t.span), cells: [] };
				}),
			};
		});
	} else if (t.key === 'requests') {
		const columns = (t.rows[0]?.cells.map((c) => c.column) ?? REQUEST_COLUMNS.map((c) => c.key)).map((key) => ({ key, name: nameOf(key)[lang] }));
		// Every row of the version, in the official order, with its merged group labels; absent rows stay in place.
		const rows = requestRows(version).map((def): PreviewRow => {
			const groups = def.chapter === 3 ? [REQUEST_CHAPTER_RESULTS, ...(def.item !== undefined && def.group !== undefined ? [REQUEST_GROUPS[def.group] ?? ''] : [])] : [];
			const row = t.rows.find((r) => r.key === def.key);
			if (row) return previewRow(a, row, def.label, lang, groups);
			return { key: def.key, groups, absent: true, label: def.label, written: '', range: a.lines.range({ start: t.span.end, end: t.span.end }), cells: [] };
		});
		blocks = [{ key: 'requests', title: nameOf('requests')[lang], status: t.status, range: a.lines.range(t.span), columns, rows: t.status === 'parsed' ? rows : [] }];
	} else {
		// The header rows name the groups; each column is named by its own label (结果维持 …).
		const columns = APPEAL_CELLS.map((c) => ({ key: `${c.group.key}.${c.column.key}`, name: c.column.label }));
		blocks = [{ key: 'appeals', title: nameOf('appeals')[lang], status: t.status, range: a.lines.range(t.span), columns, rows: t.rows.map((r) => previewRow(a, r, '', lang)) }];
	}
	return {
		key: t.key, title: nameOf(t.key)[lang], status: t.status, version: t.version, range: a.lines.range(t.span), blocks,
		extraRows: t.extraRows.map((r) => ({ label: r.label.text, range: a.lines.range(r.span), values: r.values.map((v) => v.text) })),
		missingRows: t.missingRows,
	};
}

/** The serialisable model the table preview renders (the webview never parses text). */
export function previewModel(a: Analysis, lang: Lang): TablesModel {
	const { active, requests, appeals } = a.model.tables;
	const balance: PreviewBalance[] = a.relations.relations.filter((r) => r.kind === 'balance').map((r) => {
		const status = statusOf(r);
		return { column: r.where, name: nameOf(r.where)[lang], holds: status === 'unchecked' ? null : status === 'holds', left: sum(r.left) ?? null, right: sum(r.right) ?? null };
	});
	return {
		formatVersion: a.model.version, year: a.model.year, body: a.model.body?.value ?? null, language: lang,
		tables: { active: active && previewTable(a, active, lang), requests: requests && previewTable(a, requests, lang), appeals: appeals && previewTable(a, appeals, lang) },
		balance,
		errorCount: a.diagnostics.filter((d) => d.severity === 'error').length,
		warningCount: a.diagnostics.filter((d) => d.severity === 'warning').length,
	};
}

/** A table written anew from its values: tab rows, a Markdown table, or CSV (one line per row). */
export function tableText(a: Analysis, key: TableKey, format: 'tsv' | 'markdown' | 'csv'): string | null {
	const table = a.model.tables[key];
	if (!table || table.status !== 'parsed') return null;
	const version = tableVersionOf(table, a.model);
	const eol = a.eol;
	if (format !== 'csv') return tableSkeleton(key, { version, style: format, eol, values: writtenValues(table) }) + eol;
	const lines: string[] = [];
	let header = '';
	for (const row of table.rows) {
		// Table 二's blocks have different columns: a header line wherever they change.
		const next = ['row', ...row.cells.map((c) => c.column)].map(csvField).join(',');
		if (next !== header) lines.push((header = next));
		lines.push([row.key, ...row.cells.map((c) => (c.value === null ? '' : String(c.value)))].map(csvField).join(','));
	}
	return lines.join(eol) + eol;
}
