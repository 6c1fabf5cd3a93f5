/**
 * Diagnostics on a converted PDF or Word file name its page, paragraph, table, row and column in words,
 * since it has no line to edit.
 */
import { describeLocation, locate, type Lang, type SourceLocation, type Span } from '../engine/index';
import type { ConvertedSource } from '../node/sources/index';

/** Where a diagnostic lies in a converted file, in words and as data; null for text and web pages. */
export function sourcePlace(source: ConvertedSource | undefined, span: Span, lang: Lang): { text: string; at: SourceLocation } | null {
	if (!source?.map) return null;
	const at = locate(source.map, span.start);
	return at ? { text: describeLocation(at, lang), at } : null;
}
