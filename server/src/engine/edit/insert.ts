import { reportSkeleton, tableSkeleton, type SkeletonStyle, type TableKey } from '../format/skeleton';
import { SECTIONS, type SectionDef } from '../format/sections';
import type { TableVersion } from '../format/tables';
import type { Tables } from '../model';
import { proseClaims } from '../prose/claims';
import { newlyContradicted } from '../prose/figures';
import { readModel } from '../readModel';
import { LineIndex } from '../text/lineIndex';
import { memoize } from '../text/memo';
import { versionOf } from '../query';
import type { RelatedLocation } from '../vocabulary';
import type { RuleContext, TextEdit } from '../rules/rule';
import { isHtmlDocument } from '../syntax/html';
import { documentStyle, headingPrefix, lineEndAt, lineStartAt } from './edits';

const TABLE_OF_SECTION: Readonly<Record<number, TableKey>> = { 2: 'active', 3: 'requests', 4: 'appeals' };
const LATER_TABLES: readonly (readonly [number, TableKey])[] = [[2, 'active'], [3, 'requests'], [4, 'appeals']];

/** The version the report year requires, or null when the year is unknown or before the unified format. */
export function versionForYear(year: number | null): TableVersion | null {
	if (year === null || year < 2019) return null;
	return year >= 2021 ? '2021' : '2019';
}

/**
 * A new table in the document's style and the target version, every count 0: a table inserted with blank
 * cells would trade one finding for a blank-cell warning per cell, and fix-all would write the zeros next.
 */
export function tableText(ctx: RuleContext, table: TableKey): string {
	return tableSkeleton(table, { version: versionOf(ctx.report), style: styleOf(ctx), eol: ctx.eol, values: zero });
}

/** The value written into every cell of an inserted table or row. */
export const zero = (): string => '0';

/** The three tables with every count 0, as the reader reads them (once per version). */
const zeroTables = memoize((version: string): Tables => {
	const text = reportSkeleton({ version: version === '2019' ? '2019' : '2021', style: 'tsv', eol: '\n', values: zero });
	return readModel(text, new LineIndex(text)).tables;
});

/**
 * A table of zeros inserted for `key` would contradict a number the prose states (受理申请 17 件): that
 * claim, as a note for the finding, so the table is not inserted (a fix never adds a finding); else null.
 */
export function zeroTableContradiction(ctx: RuleContext, key: TableKey): RelatedLocation | null {
	const claims = proseClaims(ctx);
	if (claims.length === 0) return null;
	const after = { ...ctx.report, tables: { ...ctx.report.tables, [key]: zeroTables(versionOf(ctx.report))[key] } };
	const claim = newlyContradicted(claims, ctx.report, after);
	return claim && {
		span: claim.span,
		message: { zh: `正文称“${claim.words}”，插入填 0 的统计表会与之矛盾，请按实际数字填写统计表`, en: `The prose states “${claim.words}”; a table inserted with every count 0 would contradict it, so enter the table with the actual numbers` },
	};
}

/**
 * Where a section's missing table goes: after the section's last line of text (its heading when it has
 * none), and before any later table that lies in the section (its heading lost), so the table is read as
 * this section's and no line of prose after it is read as one of its rows.
 */
export function tableInsertionPoint(ctx: RuleContext, headingStart: number, sectionEnd: number): number {
	let end = sectionEnd;
	for (const [, later] of LATER_TABLES) {
		const t = ctx.report.tables[later];
		if (t && t.span.start > headingStart && t.span.start < end) end = lineStartAt(ctx.lines, t.span.start);
	}
	let last = end;
	while (last > headingStart && /\s/.test(ctx.text[last - 1])) last--;
	return lineEndAt(ctx.lines, Math.max(last - 1, headingStart));
}

/** The document's style, computed once per analysis (it may scan the whole text; findings can be thousands). */
export function styleOf(ctx: RuleContext): SkeletonStyle {
	return ctx.shared('edit.documentStyle', () => documentStyle(ctx.text, ctx.report));
}

/**
 * The standard heading of a section, written as the document writes its headings (`## `, indentation); in
 * a web page, as a paragraph of markup: plain text before the page's first tag would make the page read as
 * text, its tables lost.
 */
export function headingText(ctx: RuleContext, def: SectionDef): string {
	if (isWebPage(ctx)) return `<p>${def.heading}</p>`;
	return ctx.shared('edit.headingPrefix', () => headingPrefix(ctx.text, ctx.report, ctx.lines)) + def.heading;
}

/** Whether the document is read as a web page, whose line breaks mean nothing (so a table of text lines cannot be inserted in it). */
export function isWebPage(ctx: RuleContext): boolean {
	return ctx.shared('edit.isWebPage', () => isHtmlDocument(ctx.text));
}

/** The table a section holds, by the section's number (二 → active …), if any. */
export function tableOfSection(n: number): TableKey | undefined {
	return TABLE_OF_SECTION[n];
}

/**
 * Where a missing section goes: before the first section or table that should follow it, or at the end. In
 * 000 the figures of 四 survive without their heading; the heading goes right before them.
 *
 * A later table whose heading is lost too would be read as part of this section (table 三's rows as rows of
 * table 二): the headings of such tables go in with this one, each before its table, so the insertion reads
 * as meant. Where the prose states numbers a table of zeros would contradict, the heading goes in alone
 * (`tableLeftOut` says why).
 */
export function sectionInsertion(ctx: RuleContext, def: SectionDef, withTable: boolean): { at: number; edits: TextEdit[]; orphan: boolean; beforeOrphan: boolean; tableLeftOut: RelatedLocation | null } {
	const { report, text, eol } = ctx;
	const key = tableOfSection(def.number);
	const orphan = key ? report.tables[key] : null;
	let at: number;
	if (orphan) at = lineStartAt(ctx.lines, orphan.span.start);
	else {
		// Before whatever belongs to a later section: its heading, or its table when that heading is lost too.
		let next = text.length;
		for (const s of report.sections) if (s.number !== null && s.number > def.number) next = Math.min(next, s.heading.span.start);
		for (const [n, later] of LATER_TABLES) if (n > def.number && report.tables[later]) next = Math.min(next, report.tables[later]?.span.start ?? next);
		at = next === text.length ? next : lineStartAt(ctx.lines, next);
	}
	const tableLeftOut = withTable && key && !orphan ? zeroTableContradiction(ctx, key) : null;
	// No table of text lines in a web page: it would not read as a table there.
	const table = withTable && key && !orphan && !tableLeftOut && !isWebPage(ctx) ? tableText(ctx, key) + eol + eol : '';
	const before = separation(ctx, at);
	const edits: TextEdit[] = [{ span: { start: at, end: at }, newText: `${before}${headingText(ctx, def)}${eol}${eol}${table}` }];
	// Later tables whose headings are lost too: each heading before its table, after this section's own
	// insertion (the first edit, which is all that inserting every missing section at once takes).
	const orphans = LATER_TABLES.filter(([n, later]) => n > def.number && report.tables[later] !== null && !report.sections.some((s) => s.number === n));
	for (const [n, later] of orphans) {
		const start = lineStartAt(ctx.lines, report.tables[later]?.span.start ?? at);
		edits.push({ span: { start, end: start }, newText: `${start === at ? '' : separation(ctx, start)}${headingText(ctx, SECTIONS[n - 1])}${eol}${eol}` });
	}
	return { at, orphan: orphan !== null && orphan !== undefined, beforeOrphan: orphans.length > 0, tableLeftOut, edits };
}

const TABLE_TAG = /<(\/?)(?:table|tr|td|th)\b/gi;

/**
 * Whether `at` lies inside a table of markup left open there (a page cut short, an excerpt of one): a
 * heading inserted there would become part of the table and the table would no longer read as one.
 */
export function insideOpenTable(text: string, at: number): boolean {
	if (text.indexOf('<') < 0) return false;
	let last: RegExpExecArray | null = null;
	TABLE_TAG.lastIndex = 0;
	for (let m = TABLE_TAG.exec(text); m !== null && m.index < at; m = TABLE_TAG.exec(text)) last = m;
	return last !== null && !(last[1] === '/' && /^<\/table/i.test(last[0]));
}

/**
 * The line breaks that put an empty line between `at` and the text before it, so an inserted heading is
 * read as a heading of its own (after a one-cell-per-line row, a line without a tab would continue the cell).
 */
function separation(ctx: RuleContext, at: number): string {
	if (at === 0) return '';
	const { text, lines, eol } = ctx;
	const ended = text[at - 1] === '\n' || text[at - 1] === '\r';
	if (!ended) return eol + eol;
	const previous = lines.lineAt(at) - 1;
	return previous >= 0 && lines.startOf(previous) < lines.endOf(previous) && text.slice(lines.startOf(previous), lines.endOf(previous)).trim() !== '' ? eol : '';
}

/** The whole standard report, for a report in the pre-2019 structure. */
export function fullSkeleton(ctx: RuleContext): string {
	const style = styleOf(ctx) === 'markdown' ? 'markdown' : 'tsv';
	return sectionsSkeleton(`${versionOf(ctx.report)}|${style}|${EOL_NAMES[ctx.eol] ?? 'lf'}`);
}

const EOL_NAMES: Readonly<Record<string, string>> = { '\r\n': 'crlf', '\r': 'cr', '\n': 'lf' };
const EOLS: Readonly<Record<string, string>> = { crlf: '\r\n', cr: '\r', lf: '\n' };

/** The six sections and tables without the title (memoised: a handful of distinct combinations). */
const sectionsSkeleton = memoize((key: string): string => {
	const [version, style, eolName] = key.split('|');
	const eol = EOLS[eolName] ?? '\n';
	const text = reportSkeleton({ version: version as TableVersion, style: style as 'tsv' | 'markdown', eol });
	return text.split(eol).slice(2).join(eol);
});
