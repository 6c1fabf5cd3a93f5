import { requiresProse, SECTIONS } from '../format/sections';
import { versionOf } from '../query';
import { lineEndAt } from '../edit/edits';
import { insideOpenTable, sectionInsertion } from '../edit/insert';
import { defineRule, type Finding } from './rule';

/**
 * One of the six sections is absent. The fix inserts the standard heading where the section belongs
 * (before the next section, or before the surviving figures of its table) and, for 二/三/四 without
 * a table anywhere, a blank table of the report's version. Where the format asks for prose (五; 六 in 2021),
 * the fix is a choice, not part of fix-all: the bare heading leaves an empty section (empty-section), which
 * only the drafter can fill.
 *
 * ```text
 * 三、收到和处理政府信息公开申请情况
 * …
 * «»结果维持 → 结果纠正 …       ← 四's heading lost (000): reported and inserted here
 * ```
 */
export default defineRule({
	id: 'missing-section',
	defaultSeverity: 'error',
	description: { zh: '缺少六个部分之一', en: 'One of the six sections is missing' },
	check(ctx) {
		const { report } = ctx;
		if (report.version === 'pre-2019') return [];
		const findings: Finding[] = [];
		for (const def of SECTIONS) {
			if (report.sections.some((s) => s.number === def.number)) continue;
			const { at, edits, orphan, beforeOrphan, tableLeftOut } = sectionInsertion(ctx, def, true);
			// Orphaned figures are marked where the heading belongs; otherwise the place is marked zero-width.
			findings.push({
				span: { start: at, end: orphan ? lineEndAt(ctx.lines, at) : at },
				message: { zh: `缺少第${def.heading[0]}部分“${def.heading}”`, en: `Section ${def.number} “${def.heading}” is missing` },
				related: tableLeftOut ? [tableLeftOut] : [],
				// Sections go back in order: before a later table that lost its heading, that heading first (the
				// fix carries it, so it is a choice: fix-all inserts that heading on its own first). A heading
				// without its table (the prose states other numbers) or its prose leaves work only the drafter can do.
				// Inside a table of markup left open (a page cut short) there is no place for a heading: no fix.
				fixes: insideOpenTable(ctx.text, at) ? [] : [{ title: { zh: `插入“${def.heading}”`, en: `Insert “${def.heading}”` }, edits, safe: !beforeOrphan && !tableLeftOut && !requiresProse(def.number, versionOf(report)) }],
			});
		}
		return findings;
	},
});
