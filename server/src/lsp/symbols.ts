import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { nameOf } from '../engine/format/names';
import type { Span, Table } from '../engine/index';
import { tablesOf } from '../engine/query';
import type { Analysis, Lang } from './document';
import { toRange } from './convert';

function tableSymbol(a: Analysis, t: Table, lang: Lang): DocumentSymbol {
	const range = toRange(a.lines, t.span);
	const children: DocumentSymbol[] = t.key === 'active'
		? t.blocks.map((b) => ({ name: nameOf(b.key)[lang], detail: b.status === 'unparsed' ? (lang === 'zh' ? '无法识别' : 'unparsed') : undefined, kind: SymbolKind.Field, range: toRange(a.lines, b.span), selectionRange: toRange(a.lines, b.marker?.span ?? b.span) }))
		: [];
	const detail = [t.version ? `${t.version}${lang === 'zh' ? '版' : ''}` : '', t.status === 'unparsed' ? (lang === 'zh' ? '无法识别' : 'unparsed') : ''].filter((x) => x).join(' ');
	return { name: nameOf(t.key)[lang], detail: detail || undefined, kind: SymbolKind.Struct, range, selectionRange: { start: range.start, end: range.start }, children };
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.start < outer.end;

/** The outline: sections › sub-headings and tables › blocks of table 二. Tables outside any section stay at the top. */
export function documentSymbols(a: Analysis, lang: Lang): DocumentSymbol[] {
	const tables = tablesOf(a.report.tables);
	const placed = new Set<Table>();
	const out: DocumentSymbol[] = [];
	for (const s of a.report.sections) {
		const children: DocumentSymbol[] = s.subheadings.map((h) => ({ name: h.text, kind: SymbolKind.String, range: toRange(a.lines, h.span), selectionRange: toRange(a.lines, h.span) }));
		for (const t of tables) {
			if (!placed.has(t) && within(t.span, s.span)) {
				placed.add(t);
				children.push(tableSymbol(a, t, lang));
			}
		}
		children.sort((x, y) => x.range.start.line - y.range.start.line);
		out.push({ name: s.heading.text, detail: s.standardHeading && s.standardHeading !== s.heading.text ? s.standardHeading : undefined, kind: SymbolKind.Module, range: toRange(a.lines, s.span), selectionRange: toRange(a.lines, s.heading.span), children });
	}
	for (const t of tables) if (!placed.has(t)) out.push(tableSymbol(a, t, lang));
	return out.sort((x, y) => x.range.start.line - y.range.start.line);
}

/** Folding for sections and tables (and table 二's blocks). */
export function foldingRanges(a: Analysis): FoldingRange[] {
	const out: FoldingRange[] = [];
	const add = (span: Span, kind?: string) => {
		const start = a.lines.positionAt(span.start).line;
		let end = a.lines.positionAt(Math.max(span.start, span.end - 1)).line;
		while (end > start && a.lines.line(end).text.trim() === '') end--;
		if (end > start) out.push({ startLine: start, endLine: end, ...(kind ? { kind } : {}) });
	};
	for (const s of a.report.sections) add(s.span, FoldingRangeKind.Region);
	for (const t of tablesOf(a.report.tables)) {
		add(t.span);
		if (t.key === 'active') for (const b of t.blocks) add(b.span);
	}
	return out;
}
