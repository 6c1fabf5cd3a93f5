/**
 * Companion reports: other documents a report is compared with, chosen by the caller (the command line from
 * the files it was given, the server from the workspace) and handed to the rules as plain data. The engine
 * never looks for them itself; it only says which candidate is last year's report of the same body.
 */
import type { ColumnKey, RowKey, TableKey } from './format/tables';
import type { Cell, FormatVersion, ReportModel } from './model';
import type { LineIndex, Range } from './text/lineIndex';
import type { Span } from './text/span';
import { canon } from './text/fold';

/** Another report, read: what a rule comparing with it needs. */
export interface CompanionReport {
	/** Where it is: a URI in the editor, a path on the command line. */
	readonly uri: string;
	readonly text: string;
	readonly lines: LineIndex;
	readonly model: ReportModel;
}

/** The reports a document is compared with; `lastYear` is null when none is known (cross-document rules stay silent). */
export interface Companions {
	readonly lastYear: CompanionReport | null;
}

export const NO_COMPANIONS: Companions = { lastYear: null };

/** A companion from a text and its model (an `Analysis` has both). */
export function companionOf(uri: string, read: { readonly text: string; readonly lines: LineIndex; readonly model: ReportModel }): CompanionReport {
	return { uri, text: read.text, lines: read.lines, model: read.model };
}

/** Which structure a report follows: reports of different families are not compared. */
export type FormatFamily = 'unified' | 'legacy';

/** What identifies a report among others: the body as the reader finds it (normalised) and the year reported on. */
export interface ReportIdentity {
	readonly body: string;
	readonly year: number;
	/** Null when the report does not tell (no tables read, no old headings). */
	readonly family: FormatFamily | null;
}

/** The identity of a report, or null when its body or year is unknown (it is then nobody's companion). */
export function identityOf(model: Pick<ReportModel, 'body' | 'year' | 'version'>): ReportIdentity | null {
	if (!model.body || model.year === null) return null;
	const body = normaliseBody(model.body.value);
	return body === '' ? null : { body, year: model.year, family: familyOf(model.version) };
}

function familyOf(version: FormatVersion): FormatFamily | null {
	return version === 'pre-2019' ? 'legacy' : version === 'unknown' ? null : 'unified';
}

/** Quotes, brackets, dots and dashes a body's name may be written with or without. */
const NAME_PUNCTUATION = /[“”"'‘’「」『』()《》<>\-_·•.,，、]/g;

/**
 * A body's name for comparison: half-width, without white space or punctuation, Simplified, and without the
 * 中共 or 中国共产党 prefix some offices write and others leave out.
 */
export function normaliseBody(name: string): string {
	return canon(name).replace(NAME_PUNCTUATION, '').replace(/^(?:中国共产党|中共)(?=.)/, '');
}

/**
 * Last year's report among candidates: the same body, year − 1, the same format family (a report whose
 * family is unknown matches either), not the document itself. Null when there is none, or when two
 * candidates with different texts qualify (an ambiguity is never resolved by a guess). A `fingerprint` is
 * equal for equal texts (the text itself, or a hash of it); candidates without one are never the same text.
 */
export function pickLastYear<C extends { readonly uri: string; readonly identity: ReportIdentity | null; readonly fingerprint?: string }>(
	self: { readonly uri: string; readonly identity: ReportIdentity | null },
	candidates: Iterable<C>,
): C | null {
	const me = self.identity;
	if (!me) return null;
	let found: C | null = null;
	for (const c of candidates) {
		const it = c.identity;
		if (c.uri === self.uri || !it || it.year !== me.year - 1 || it.body !== me.body) continue;
		if (me.family !== null && it.family !== null && me.family !== it.family) continue;
		if (found === null) found = c;
		// The same report twice (a copy in another folder) is no ambiguity, but only if the texts agree.
		else if (found.fingerprint === undefined || found.fingerprint !== c.fingerprint) return null;
	}
	return found;
}

/** A span of a companion with its lines and characters, so an editor can show it without the companion's text. */
export function companionLocation(companion: CompanionReport, span: Span): { uri: string; span: Span; range: Range } {
	return { uri: companion.uri, span, range: companion.lines.range(span) };
}

/** How a cell of this year relates to a cell of last year's report. */
export type Correspondence = 'carried' | 'same';

export interface Counterpart {
	readonly cell: Cell;
	readonly row: RowKey;
	/** `carried`: this year's 二、上年结转 and last year's 四、结转下年度继续办理; `same`: the same row and column. */
	readonly relation: Correspondence;
}

/**
 * Last year's cell that corresponds to a cell of this year: for 二、上年结转 the same column of last year's
 * 四、结转下年度继续办理, otherwise the same row and column. Null when last year's table was not read with
 * certainty or lacks the cell.
 */
export function counterpartIn(last: ReportModel, table: TableKey, row: RowKey, column: ColumnKey): Counterpart | null {
	const lastTable = last.tables[table];
	if (!lastTable || lastTable.status !== 'parsed') return null;
	const relation: Correspondence = table === 'requests' && row === 'carriedOver' ? 'carried' : 'same';
	const key: RowKey = relation === 'carried' ? 'carriedForward' : row;
	const lastRow = lastTable.rows.find((r) => r.key === key);
	const cell = lastRow?.cells.find((c) => c.column === column && !c.missing);
	return cell ? { cell, row: key, relation } : null;
}

/** A short name for a companion in messages: its file name. */
export function companionName(uri: string): string {
	const name = uri.replace(/[\\/]+$/, '').replace(/^.*[\\/]/, '');
	if (!/^[a-z][a-z0-9+.-]*:/i.test(uri)) return name;
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}
