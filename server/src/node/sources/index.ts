/**
 * Published report files as input: PDF and Word are converted to nianbao text with a map back to pages, paragraphs,
 * tables, rows and columns; web pages are text already and go to the engine as they are (its HTML reader).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { layoutPages, read, renderBlocks, type Lang, type SourceMapEntry } from '../../engine/index';
import { decode } from '../files';
import { readDocx } from './docx';
import { SourceError } from './errors';
import { readPdfPages } from './pdf';

import { sourceErrorMessage } from './errors';

export { SourceError, sourceErrorMessage } from './errors';

export type SourceKind = 'pdf' | 'docx' | 'html';

/** Extensions of the published files read besides text (.doc only to say that it cannot be read). */
export const SOURCE_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.doc', '.html', '.htm'];

export interface ConvertedSource {
	readonly path: string;
	readonly kind: SourceKind;
	readonly text: string;
	/** From offsets of `text` to places in the file; null for web pages, whose text is the file's own. */
	readonly map: readonly SourceMapEntry[] | null;
}

export function sourceKind(file: string): SourceKind | 'doc' | null {
	const ext = path.extname(file).toLowerCase();
	if (ext === '.pdf') return 'pdf';
	if (ext === '.docx') return 'docx';
	if (ext === '.doc') return 'doc';
	if (ext === '.html' || ext === '.htm') return 'html';
	return null;
}

/** Converts a PDF, Word file or web page; throws SourceError with the reason when it cannot. */
export async function convertSource(file: string): Promise<ConvertedSource> {
	if (sourceKind(file) !== 'pdf') return convertSourceSync(file);
	const pages = await readPdfPages(new Uint8Array(fs.readFileSync(file)));
	return checked({ path: file, kind: 'pdf', ...renderBlocks(layoutPages(pages)) });
}

/** The same for every kind but PDF, whose reader is asynchronous. */
export function convertSourceSync(file: string): ConvertedSource {
	const kind = sourceKind(file);
	if (kind === 'doc') throw new SourceError('doc');
	if (kind === 'html') return { path: file, kind, text: decode(fs.readFileSync(file)).text, map: null };
	if (kind === 'docx') return checked({ path: file, kind, ...renderBlocks(readDocx(new Uint8Array(fs.readFileSync(file)))) });
	throw new SourceError('unsupported');
}

/** A converted document with no section heading and no table is not a report (a letter, a form, another text). */
function checked(source: ConvertedSource): ConvertedSource {
	const model = read(source.text);
	const { active, requests, appeals } = model.tables;
	if (model.sections.length === 0 && !active && !requests && !appeals) throw new SourceError('not-report');
	return source;
}

/** For an editor's import command: the report text of a file, or why it cannot be read, in words. */
export async function convertForEditor(file: string | null, lang: Lang): Promise<{ text: string } | { error: string }> {
	if (file === null) return { error: sourceErrorMessage(new SourceError('unsupported'), lang) };
	try {
		const source = await convertSource(file);
		return { text: source.text };
	} catch (e) {
		if (e instanceof SourceError) return { error: `${path.basename(file)}: ${sourceErrorMessage(e, lang)}` };
		return { error: `${path.basename(file)}: ${(e as Error).message}` };
	}
}
