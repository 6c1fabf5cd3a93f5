/**
 * The publication deadline of 条例第四十九条, shared by the publication-date rule and the summary of many
 * reports: departments publish the previous year's report by 1月31日, the people's governments of counties
 * and above their consolidated report by 3月31日.
 */
import type { ReportDate, ReportModel } from './model';

/** 县、市、区、省 governments publish their consolidated report by 3月31日; departments by 1月31日. */
const CONSOLIDATED = /(?:[省市县区州旗盟]|自治区|自治州|自治县)(?:人民政府)?$/;
/** An office or bureau of such a government is a department, whatever its name ends with before. */
const DEPARTMENT = /办公室$|局$|委员会$/;

export interface Deadline extends ReportDate {
	/** True for a government's consolidated report (3月31日), false for a department's (1月31日). */
	readonly consolidated: boolean;
}

/** The deadline for publishing the report, or null when its year is unknown. */
export function deadlineOf(report: Pick<ReportModel, 'year' | 'body'>): Deadline | null {
	if (report.year === null) return null;
	const body = report.body?.value ?? null;
	const consolidated = body !== null && CONSOLIDATED.test(body) && !DEPARTMENT.test(body);
	return { year: report.year + 1, month: consolidated ? 3 : 1, day: 31, consolidated };
}

/** Whether `date` falls after `deadline`. */
export function isAfter(date: ReportDate, deadline: ReportDate): boolean {
	if (date.year !== deadline.year) return date.year > deadline.year;
	if (date.month !== deadline.month) return date.month > deadline.month;
	return date.day > deadline.day;
}

/** A date as ISO 8601 (2024-01-31). */
export function isoDate(d: ReportDate): string {
	return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
