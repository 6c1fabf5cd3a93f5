import { reportSkeleton, tableSkeleton, type TableKey } from '../format/skeleton';
import type { SectionDef } from '../format/sections';
import type { TableVersion } from '../format/tables';
import { memoize } from '../text/memo';
import { versionOf } from '../query';
import type { RuleContext, TextEdit } from '../rules/rule';
import { documentStyle, headingPrefix, lineStartAt } from './edits';

const TABLE_OF_SECTION: Readonly<Record<number, TableKey>> = { 2: 'active', 3: 'requests', 4: 'appeals' };

/** The version the report year requires, or null when the year is unknown or before the unified format. */
export function versionForYear(year: number | null): TableVersion | null {
	if (year === null || year < 2019) return null;
	return year >= 2021 ? '2021' : '2019';
}

/** A blank table in the document's style and the target version. */
export function tableText(ctx: RuleContext, table: TableKey): string {
	return tableSkeleton(table, { version: versionOf(ctx.report), style: documentStyle(ctx.text, ctx.report), eol: ctx.eol });
}

/** The standard heading of a section, written as the document writes its headings (`## `, indentation). */
export function headingText(ctx: RuleContext, def: SectionDef): string {
	return headingPrefix(ctx.text, ctx.report, ctx.lines) + def.heading;
}

/** The table a section holds, by the section's number (二 → active …), if any. */
export function tableOfSection(n: number): TableKey | undefined {
	return TABLE_OF_SECTION[n];
}

/**
 * Where a missing section goes: before the first section that should follow it, or at the end. In 000 the
 * figures of 四 survive without their heading; the heading goes right before them.
 */
export function sectionInsertion(ctx: RuleContext, def: SectionDef, withTable: boolean): { at: number; edit: TextEdit; orphan: boolean } {
	const { report, text, eol } = ctx;
	const key = tableOfSection(def.number);
	const orphan = key ? report.tables[key] : null;
	const next = report.sections.find((s) => s.number !== null && s.number > def.number);
	let at: number;
	if (orphan) at = lineStartAt(ctx.lines, orphan.span.start);
	else if (next) at = lineStartAt(ctx.lines, next.heading.span.start);
	else at = text.length;
	const table = withTable && key && !orphan ? tableText(ctx, key) + eol + eol : '';
	const before = at === text.length && text.length > 0 && !text.endsWith('\n') && !text.endsWith('\r') ? eol + eol : '';
	return { at, orphan: orphan !== null && orphan !== undefined, edit: { span: { start: at, end: at }, newText: `${before}${headingText(ctx, def)}${eol}${eol}${table}` } };
}

/** The whole standard report, for a report in the pre-2019 structure. */
export function fullSkeleton(ctx: RuleContext): string {
	const style = documentStyle(ctx.text, ctx.report) === 'markdown' ? 'markdown' : 'tsv';
	return sectionsSkeleton(`${versionOf(ctx.report)}|${style}|${ctx.eol === '\r\n' ? 'crlf' : 'lf'}`);
}

/** The six sections and tables without the title (memoised: a handful of distinct combinations). */
const sectionsSkeleton = memoize((key: string): string => {
	const [version, style, eol] = key.split('|');
	const text = reportSkeleton({ version: version as TableVersion, style: style as 'tsv' | 'markdown', eol: eol === 'crlf' ? '\r\n' : '\n' });
	const lines = text.split(eol === 'crlf' ? '\r\n' : '\n');
	return lines.slice(2).join(eol === 'crlf' ? '\r\n' : '\n');
});
