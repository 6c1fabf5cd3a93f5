/**
 * Published files on the command line: PDFs are read before the command runs (pdf.js is asynchronous, the
 * commands are not), Word files and web pages when their turn comes. Diagnostics on a converted file name
 * its page, paragraph, table, row and column in words, since it has no line to edit.
 */
import * as fs from 'node:fs';
import { describeLocation, locate, type Lang, type SourceLocation, type Span } from '../engine/index';
import { expandPaths } from '../node/files';
import { convertSource, convertSourceSync, sourceKind, type ConvertedSource } from '../node/sources/index';

/** Converted PDFs by path, or what stopped each. */
export type Preloaded = ReadonlyMap<string, ConvertedSource | Error>;

/** Reads every PDF among the paths (folders expanded), one after another. */
export async function preloadPdfs(paths: readonly string[]): Promise<Preloaded> {
	const found = new Map<string, ConvertedSource | Error>();
	const existing = paths.filter((p) => !p.startsWith('-') && fs.existsSync(p));
	for (const file of expandPaths(existing).files) {
		if (sourceKind(file) !== 'pdf' || found.has(file)) continue;
		try {
			found.set(file, await convertSource(file));
		} catch (e) {
			found.set(file, e as Error);
		}
	}
	return found;
}

/** Whether the path is a published file (PDF, Word, web page) rather than a text report. */
export function isSource(file: string): boolean {
	return sourceKind(file) !== null;
}

/** Converts one published file: a preloaded PDF, or a Word file or web page now. Throws what stops it. */
export function loadSource(file: string, preloaded: Preloaded | undefined): ConvertedSource {
	const done = preloaded?.get(file);
	if (done instanceof Error) throw done;
	if (done) return done;
	return convertSourceSync(file);
}

/** Where a diagnostic lies in a converted file, in words and as data; null for text and web pages. */
export function sourcePlace(source: ConvertedSource | undefined, span: Span, lang: Lang): { text: string; at: SourceLocation } | null {
	if (!source?.map) return null;
	const at = locate(source.map, span.start);
	return at ? { text: describeLocation(at, lang), at } : null;
}
