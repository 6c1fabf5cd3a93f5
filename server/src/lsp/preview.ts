import { relationsOf, statusOf, sum } from '../engine/arithmetic/relations';
import { cellName, nameOf } from '../engine/format/names';
import { ACTIVE_BLOCKS, APPEAL_CELLS, REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS, REQUEST_GROUPS, requestRows, type ColumnKey } from '../engine/format/tables';
import type { Diagnostic, Row, Span, Table } from '../engine/index';
import type { PreviewBalance, PreviewBlock, PreviewRow, PreviewTable, TablesResult } from '../protocol';
import { tableSkeleton, type TableKey } from '../engine/format/skeleton';
import { writtenValues } from '../engine/edit/tables';
import type { Analysis, Lang } from './document';
import { toRange } from './convert';
import { tableVersionOf } from '../engine/query';
import { csvField } from '../engine/features/export';

const inside = (d: Diagnostic, s: Span) => d.span.start >= s.start && d.span.end <= s.end && (d.span.start < s.end || s.start === s.end);

function previewRow(a: Analysis, row: Row, label: string, lang: Lang, groups: readonly string[] = []): PreviewRow {
	return {
		key: row.key, groups, absent: false, label, written: row.label.text, range: toRange(a.lines, row.span),
		cells: row.cells.map((c) => ({
			column: c.column, name: (row.key === 'appeals' ? cellName('appeals', c.column) : nameOf(c.column))[lang],
			text: c.text, value: c.value, unit: c.unit, kind: c.kind, missing: c.missing, range: toRange(a.lines, c.span),
			problems: a.report.diagnostics.filter((d) => !c.missing && inside(d, c.span)).map((d) => ({ code: d.code, severity: d.severity, message: d.message[lang] })),
		})),
	};
}

function previewTable(a: Analysis, t: Table, lang: Lang): PreviewTable {
	const version = tableVersionOf(t, a.report);
	let blocks: PreviewBlock[];
	if (t.key === 'active') {
		blocks = ACTIVE_BLOCKS[version].map((def) => {
			const b = t.blocks.find((x) => x.key === def.key);
			// Column names are the block's own headers in this version (本年收费金额（单位：万元）, not 2019's 采购总金额).
			const header = (key: ColumnKey) => def.columns.find((c) => c.key === key)?.label ?? nameOf(key)[lang];
			const columns = (b?.columns ?? def.columns.map((c) => c.key)).map((key) => ({ key, name: header(key) }));
			return {
				key: def.key, title: nameOf(def.key)[lang], status: b?.status ?? 'parsed', range: toRange(a.lines, b?.span ?? t.span), columns,
				// Every standard row of the block in order; the absent ones stay in place, marked.
				rows: def.rows.map((d): PreviewRow => {
					const row = b?.rows.find((x) => x.key === d.key);
					return row ? previewRow(a, row, d.label, lang) : { key: d.key, groups: [], absent: true, label: d.label, written: '', range: toRange(a.lines, b?.span ?? t.span), cells: [] };
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
			return { key: def.key, groups, absent: true, label: def.label, written: '', range: toRange(a.lines, { start: t.span.end, end: t.span.end }), cells: [] };
		});
		blocks = [{ key: 'requests', title: nameOf('requests')[lang], status: t.status, range: toRange(a.lines, t.span), columns, rows: t.status === 'parsed' ? rows : [] }];
	} else {
		// The header rows name the groups; each column is named by its own label (结果维持 …).
		const columns = APPEAL_CELLS.map((c) => ({ key: `${c.group.key}.${c.column.key}`, name: c.column.label }));
		blocks = [{ key: 'appeals', title: nameOf('appeals')[lang], status: t.status, range: toRange(a.lines, t.span), columns, rows: t.rows.map((r) => previewRow(a, r, '', lang)) }];
	}
	return {
		key: t.key, title: nameOf(t.key)[lang], status: t.status, version: t.version, range: toRange(a.lines, t.span), blocks,
		extraRows: t.extraRows.map((r) => ({ label: r.label.text, range: toRange(a.lines, r.span), values: r.values.map((v) => v.text) })),
		missingRows: t.missingRows,
	};
}

/** The serialisable model the table preview renders (the webview never parses text). */
export function tablesResult(a: Analysis, lang: Lang): TablesResult {
	const { active, requests, appeals } = a.report.tables;
	const balance: PreviewBalance[] = relationsOf(a.report.tables).relations.filter((r) => r.kind === 'balance').map((r) => {
		const status = statusOf(r);
		return { column: r.where, name: nameOf(r.where)[lang], holds: status === 'unchecked' ? null : status === 'holds', left: sum(r.left) ?? null, right: sum(r.right) ?? null };
	});
	return {
		uri: a.uri, version: a.version, formatVersion: a.report.version, year: a.report.year, body: a.report.body?.value ?? null, language: lang,
		tables: { active: active && previewTable(a, active, lang), requests: requests && previewTable(a, requests, lang), appeals: appeals && previewTable(a, appeals, lang) },
		balance,
		errorCount: a.report.diagnostics.filter((d) => d.severity === 'error').length,
		warningCount: a.report.diagnostics.filter((d) => d.severity === 'warning').length,
	};
}

/** A table written anew from its values: tab rows, a Markdown table, or CSV (one line per row). */
export function tableText(a: Analysis, key: TableKey, format: 'tsv' | 'markdown' | 'csv'): string | null {
	const table = a.report.tables[key];
	if (!table || table.status !== 'parsed') return null;
	const version = tableVersionOf(table, a.report);
	const eol = a.lines.eol();
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
