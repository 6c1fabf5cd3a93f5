import type { ReportModel } from '../model';

const TITLE = /政府信息公开(?:工作)?年度报告|政务公开工作年度报告/;
const SAMPLE = 4000;

/**
 * Whether text opened as plain text or Markdown is an annual report, so an editor may treat it as one:
 * a title naming 政府信息公开工作年度报告 near the top, or at least three of the six standard sections,
 * or one of the three statistical tables. An ordinary README or note has none of these (a sentence that
 * mentions such reports is not a title: `check --fix` on a folder must leave that README alone).
 */
export function isReport(text: string, model: ReportModel): boolean {
	if ((model.title !== null && titleLike(lineAround(text, model.title.span.start))) || titleNearTop(text)) return true;
	if (model.tables.active || model.tables.requests || model.tables.appeals) return true;
	const standard = new Set(model.sections.filter((s) => s.number !== null).map((s) => s.number));
	if (standard.size >= 3) return true;
	return model.version === 'pre-2019' && model.sections.length >= 3 && TITLE.test(text);
}

const TOP_LINES = 6;
const MAX_TITLE_LINE = 60;

/** A title-like line among the first lines: short, naming the report, not a sentence. */
function titleNearTop(text: string): boolean {
	let seen = 0;
	for (const raw of text.slice(0, SAMPLE).split(/\r\n|\r|\n/)) {
		if (undecorated(raw) === '') continue;
		if (titleLike(raw)) return true;
		if (++seen >= TOP_LINES) return false;
	}
	return false;
}

function undecorated(line: string): string {
	return line.replace(/^[#>*\s\u3000\ufeff]+|[*\s\u3000]+$/g, '');
}

/** A line that can be a report's title: short, naming the report, not a sentence that mentions reports. */
function titleLike(raw: string): boolean {
	const line = undecorated(raw);
	return line.length <= MAX_TITLE_LINE && TITLE.test(line) && !/[。，；,;]/.test(line);
}

/** The line holding `offset`. */
function lineAround(text: string, offset: number): string {
	const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
	const breakAt = text.slice(offset).search(/[\r\n]/);
	return text.slice(start, breakAt < 0 ? text.length : offset + breakAt);
}
