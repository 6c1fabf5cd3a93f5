import { reportSkeleton, tableSkeleton, type SkeletonStyle, type TableKey } from '../format/skeleton';
import type { SectionDef } from '../format/sections';
import type { TableVersion } from '../format/tables';
import { memoize } from '../text/memo';
import { versionOf } from '../query';
import type { RuleContext, TextEdit } from '../rules/rule';
import { documentStyle, headingPrefix, lineStartAt } from './edits';

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

/** The document's style, computed once per analysis (it may scan the whole text; findings can be thousands). */
export function styleOf(ctx: RuleContext): SkeletonStyle {
	return ctx.shared('edit.documentStyle', () => documentStyle(ctx.text, ctx.report));
}

/** The standard heading of a section, written as the document writes its headings (`## `, indentation). */
export function headingText(ctx: RuleContext, def: SectionDef): string {
	return ctx.shared('edit.headingPrefix', () => headingPrefix(ctx.text, ctx.report, ctx.lines)) + def.heading;
}

/** The table a section holds, by the section's number (二 → active …), if any. */
export function tableOfSection(n: number): TableKey | undefined {
	return TABLE_OF_SECTION[n];
}

/**
 * Where a missing section goes: before the first section or table that should follow it, or at the end. In
 * 000 the figures of 四 survive without their heading; the heading goes right before them.
 */
export function sectionInsertion(ctx: RuleContext, def: SectionDef, withTable: boolean): { at: number; edit: TextEdit; orphan: boolean; beforeOrphan: boolean } {
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
	const table = withTable && key && !orphan ? tableText(ctx, key) + eol + eol : '';
	const before = separation(ctx, at);
	// A later table whose heading is lost too would be read as part of this section until that heading is back.
	const beforeOrphan = LATER_TABLES.some(([n, later]) => n > def.number && report.tables[later] !== null && !report.sections.some((s) => s.number === n));
	return { at, orphan: orphan !== null && orphan !== undefined, beforeOrphan, edit: { span: { start: at, end: at }, newText: `${before}${headingText(ctx, def)}${eol}${eol}${table}` } };
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
