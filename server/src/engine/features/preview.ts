import type { Analysis } from '../analysis';
import { statusOf, sum } from '../arithmetic/relations';
import { writtenValues } from '../edit/tables';
import { cellName, nameOf } from '../format/names';
import { tableSkeleton, type TableKey } from '../format/skeleton';
import { tableLayout, type LayoutCell, type LayoutRow } from '../format/layout';
import type { ColumnDef } from '../format/tables';
import type { Row, Table } from '../model';
import { tableVersionOf } from '../query';
import type { Diagnostic, Lang } from '../rules/rule';
import type { Range } from '../text/lineIndex';
import type { Span } from '../text/span';
import { csvField } from './export';
import { tableChecks } from './lenses';

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
	/** The label cells that start on this row in the official layout, with their spans (a group's label only on its first row). */
	readonly labels: readonly LayoutCell[];
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
	/** The official header rows, cells with their spans (format/layout.ts), over the label columns and the value columns. */
	readonly header: readonly (readonly LayoutCell[])[];
	/** How many columns the row labels take (1 in table 二, 3 in table 三, 0 in table 四). */
	readonly labelColumns: number;
	/** The value columns in the official order. */
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

/** How far a table was checked (features/lenses.ts), with the reason in the requested language. */
export interface PreviewCheck {
	readonly table: 'active' | 'requests' | 'appeals';
	readonly state: 'checked' | 'partial' | 'unchecked';
	readonly reason: string | null;
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
	/** What was checked in each table: a ✓ is shown only where everything was. */
	readonly checks: readonly PreviewCheck[];
	readonly errorCount: number;
	readonly warningCount: number;
}

const inside = (d: Diagnostic, s: Span) => d.span.start >= s.start && d.span.end <= s.end && (d.span.start < s.end || s.start === s.end);

function previewRow(a: Analysis, row: Row, layout: LayoutRow, lang: Lang): PreviewRow {
	return {
		key: row.key, groups: layout.groups, labels: layout.labels, absent: false, label: layout.label, written: row.label.text, range: a.lines.range(row.span),
		cells: row.cells.map((c) => ({
			column: c.column, name: (row.key === 'appeals' ? cellName('appeals', c.column) : nameOf(c.column))[lang],
			text: c.text, value: c.value, unit: c.unit, kind: c.kind, missing: c.missing, range: a.lines.range(c.span),
			problems: a.diagnostics.filter((d) => !c.missing && inside(d, c.span)).map((d) => ({ code: d.code, severity: d.severity, message: d.message[lang] })),
		})),
	};
}

/** A column's name: the block's own header in table 二 (本年收费金额（单位：万元）), the name of its key in table 三, its label in table 四. */
function columnName(table: TableKey, column: ColumnDef, lang: Lang): string {
	return table === 'requests' ? nameOf(column.key)[lang] : column.label;
}

/** Every block in the official layout (format/layout.ts), each standard row in order; absent rows stay in place, marked. */
function previewTable(a: Analysis, t: Table, lang: Lang): PreviewTable {
	const version = tableVersionOf(t, a.model);
	const blocks = tableLayout(t.key, version).blocks.map((layout): PreviewBlock => {
		const source = t.key === 'active' ? t.blocks.find((b) => b.key === layout.key) : undefined;
		const status = t.key === 'active' ? source?.status ?? 'parsed' : t.status;
		const span = source?.span ?? t.span;
		const rows = t.key === 'active' ? source?.rows ?? [] : t.rows;
		const absentAt = a.lines.range(t.key === 'active' ? span : { start: t.span.end, end: t.span.end });
		return {
			key: layout.key, title: nameOf(layout.key)[lang], status, range: a.lines.range(span),
			header: layout.header, labelColumns: layout.labelColumns,
			columns: layout.columns.map((c) => ({ key: c.key, name: columnName(t.key, c, lang) })),
			rows: t.key !== 'active' && status !== 'parsed' ? [] : layout.rows.map((def): PreviewRow => {
				const row = rows.find((r) => r.key === def.key);
				return row ? previewRow(a, row, def, lang) : { key: def.key, groups: def.groups, labels: def.labels, absent: true, label: def.label, written: '', range: absentAt, cells: [] };
			}),
		};
	});
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
		// A blank cell counts as 0 in the sums: a balance over one is not shown as holding or failing.
		const status = [...r.left, ...r.right].some((c) => c.cell.kind === 'blank') ? 'unchecked' : statusOf(r);
		return { column: r.where, name: nameOf(r.where)[lang], holds: status === 'unchecked' ? null : status === 'holds', left: sum(r.left) ?? null, right: sum(r.right) ?? null };
	});
	return {
		formatVersion: a.model.version, year: a.model.year, body: a.model.body?.value ?? null, language: lang,
		tables: { active: active && previewTable(a, active, lang), requests: requests && previewTable(a, requests, lang), appeals: appeals && previewTable(a, appeals, lang) },
		balance,
		checks: tableChecks(a).map((c) => ({ table: c.table, state: c.state, reason: c.reason?.[lang] ?? null })),
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
