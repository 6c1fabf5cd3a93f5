import type { ReportModel } from '../model';

const TITLE = /政府信息公开(?:工作)?年度报告|政务公开工作年度报告/;
const SAMPLE = 4000;

/**
 * Whether text opened as plain text or Markdown is an annual report, so an editor may treat it as one:
 * a title naming 政府信息公开工作年度报告 near the top, or at least three of the six standard sections,
 * or one of the three statistical tables. An ordinary README or note has none of these.
 */
export function isReport(text: string, model: ReportModel): boolean {
	if (model.title !== null || TITLE.test(text.slice(0, SAMPLE))) return true;
	if (model.tables.active || model.tables.requests || model.tables.appeals) return true;
	const standard = new Set(model.sections.filter((s) => s.number !== null).map((s) => s.number));
	if (standard.size >= 3) return true;
	return model.version === 'pre-2019' && model.sections.length >= 3 && TITLE.test(text);
}
