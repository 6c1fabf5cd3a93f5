import { relationsOf, statusOf, sum } from '../engine/arithmetic/relations';
import { cellName, nameOf } from '../engine/format/names';
import { ACTIVE_BLOCKS, APPEAL_CELLS, REQUEST_COLUMNS, requestRows } from '../engine/format/tables';
import type { Diagnostic, Row, Span, Table } from '../engine/index';
import type { PreviewBalance, PreviewBlock, PreviewRow, PreviewTable, TablesResult } from '../protocol';
import type { Analysis, Lang } from './document';
import { toRange } from './convert';

const inside = (d: Diagnostic, s: Span) => d.span.start >= s.start && d.span.end <= s.end && (d.span.start < s.end || s.start === s.end);

function previewRow(a: Analysis, row: Row, label: string, lang: Lang): PreviewRow {
	return {
		key: row.key, label, written: row.label.text, range: toRange(a.lines, row.span),
		cells: row.cells.map((c) => ({
			column: c.column, name: (row.key === 'appeals' ? cellName('appeals', c.column) : nameOf(c.column))[lang],
			text: c.text, value: c.value, unit: c.unit, kind: c.kind, missing: c.missing, range: toRange(a.lines, c.span),
			problems: a.report.diagnostics.filter((d) => !c.missing && inside(d, c.span)).map((d) => ({ code: d.code, severity: d.severity, message: d.message[lang] })),
		})),
	};
}

function previewTable(a: Analysis, t: Table, lang: Lang): PreviewTable {
	const version = t.version ?? (a.report.version === '2019' ? '2019' : '2021');
	let blocks: PreviewBlock[];
	if (t.key === 'active') {
		blocks = ACTIVE_BLOCKS[version].map((def) => {
			const b = t.blocks.find((x) => x.key === def.key);
			const columns = (b?.columns ?? def.columns.map((c) => c.key)).map((key) => ({ key, name: nameOf(key)[lang] }));
			return {
				key: def.key, title: nameOf(def.key)[lang], status: b?.status ?? 'parsed', range: toRange(a.lines, b?.span ?? t.span), columns,
				rows: (b?.rows ?? []).map((r) => previewRow(a, r, def.rows.find((x) => x.key === r.key)?.label ?? r.label.text, lang)),
				missing: b ? def.rows.filter((r) => !b.rows.some((x) => x.key === r.key)).map((r) => r.key) : def.rows.map((r) => r.key),
			};
		});
	} else if (t.key === 'requests') {
		const columns = (t.rows[0]?.cells.map((c) => c.column) ?? REQUEST_COLUMNS.map((c) => c.key)).map((key) => ({ key, name: nameOf(key)[lang] }));
		blocks = [{ key: 'requests', title: nameOf('requests')[lang], status: t.status, range: toRange(a.lines, t.span), columns, rows: t.rows.map((r) => previewRow(a, r, requestRows(version).find((d) => d.key === r.key)?.label ?? r.label.text, lang)), missing: t.missingRows }];
	} else {
		const columns = APPEAL_CELLS.map((c) => ({ key: `${c.group.key}.${c.column.key}`, name: cellName('appeals', `${c.group.key}.${c.column.key}`)[lang] }));
		blocks = [{ key: 'appeals', title: nameOf('appeals')[lang], status: t.status, range: toRange(a.lines, t.span), columns, rows: t.rows.map((r) => previewRow(a, r, '', lang)), missing: t.missingRows }];
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
