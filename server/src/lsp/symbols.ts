import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { foldingRegions, outline, type Analysis, type Lang, type OutlineItem } from '../engine/index';
import { toRange } from './convert';

const KIND: Readonly<Record<OutlineItem['kind'], SymbolKind>> = { section: SymbolKind.Module, subheading: SymbolKind.String, table: SymbolKind.Struct, block: SymbolKind.Field };

function toSymbol(a: Analysis, item: OutlineItem, lang: Lang): DocumentSymbol {
	return {
		name: item.name[lang],
		detail: item.detail?.[lang],
		kind: KIND[item.kind],
		range: toRange(a.lines, item.span),
		selectionRange: toRange(a.lines, item.selection),
		children: item.children.map((c) => toSymbol(a, c, lang)),
	};
}

/** The outline as LSP document symbols. */
export function documentSymbols(a: Analysis, lang: Lang): DocumentSymbol[] {
	return outline(a).map((item) => toSymbol(a, item, lang));
}

export function foldingRanges(a: Analysis): FoldingRange[] {
	return foldingRegions(a).map((r) => ({ startLine: r.startLine, endLine: r.endLine, ...(r.region ? { kind: FoldingRangeKind.Region } : {}) }));
}
