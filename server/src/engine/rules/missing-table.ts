import { SECTIONS } from '../format/sections';
import { isWebPage, tableInsertionPoint, tableOfSection, tableText, zeroTableContradiction } from '../edit/insert';
import { defineRule, type Finding } from './rule';

/** Section 二, 三 or 四 is there but holds no recognisable table. The fix inserts the table (every count 0) at the end of the section's text. */
export default defineRule({
	id: 'missing-table',
	defaultSeverity: 'error',
	description: { zh: '第二、三、四部分缺少统计表', en: 'Section 二, 三 or 四 has no recognisable table' },
	check(ctx) {
		const { report, eol } = ctx;
		if (report.version === 'pre-2019') return [];
		const findings: Finding[] = [];
		const seen = new Set<number>();
		for (const s of report.sections) {
			const key = s.number === null ? undefined : tableOfSection(s.number);
			if (!key || report.tables[key] !== null || s.number === null) continue;
			// A repeated heading is section-order's finding; the table belongs after the first one, where it is read.
			if (seen.has(s.number)) continue;
			seen.add(s.number);
			const at = tableInsertionPoint(ctx, s.heading.span.start, s.span.end);
			const heading = SECTIONS[s.number - 1].heading;
			// Zeros that contradict a number the prose states would trade this finding for others: no fix then.
			const note = zeroTableContradiction(ctx, key);
			// Nor in a web page, where a table of text lines would not read as a table.
			const page = isWebPage(ctx);
			findings.push({
				span: s.heading.span,
				message: { zh: `“${heading}”缺少统计表`, en: `“${heading}” has no statistical table` },
				related: note ? [note] : [],
				fixes: note || page ? [] : [{ title: { zh: '插入统计表（各项填 0）', en: 'Insert the table (every count 0)' }, edits: [{ span: { start: at, end: at }, newText: eol + eol + tableText(ctx, key) + eol }], safe: true }],
			});
		}
		return findings;
	},
});
