import { nameOf } from '../format/names';
import { FORMAT_DOCUMENTS, VERSION_MARKERS } from '../format/tables';
import type { Table } from '../model';
import { versionForYear } from '../edit/insert';
import type { Span } from '../text/span';
import { defineRule, type Finding, type RuleContext } from './rule';

/** Where a table shows its version: the header of table 二, the （六）其他处理 rows of table 三. */
function versionSpan(ctx: RuleContext, table: Table): Span {
	if (table.key === 'active') {
		const block = table.blocks.find((b) => b.header) ?? table.blocks[0];
		return block?.header?.span ?? block?.marker?.span ?? table.span;
	}
	const row = table.rows.find((r) => r.key.startsWith('otherHandling'));
	return row?.label.span ?? table.span;
}

/**
 * The tables follow a version that contradicts the report year (a 2021 or later report in the superseded
 * 2019 format, or a 2020 report in the 2021 format), or the two tables mix versions. Converting the
 * table, keeping every value that carries over, is the refactor Convert, not a quick fix.
 */
export default defineRule({
	id: 'format-version',
	defaultSeverity: 'warning',
	description: { zh: '统计表版本与报告年度不符，或两种版本混用', en: 'The table version contradicts the report year, or versions are mixed' },
	check(ctx) {
		const { active, requests } = ctx.report.tables;
		const year = ctx.report.year;
		const byYear = versionForYear(year);
		const expected = byYear ?? active?.version ?? requests?.version ?? null;
		if (!expected) return [];
		const findings: Finding[] = [];
		for (const table of [active, requests]) {
			if (!table || !table.version || table.version === expected || table.status !== 'parsed') continue;
			const name = nameOf(table.key);
			const markers = table.key === 'active' ? `（如${VERSION_MARKERS[table.version].slice(0, 3).join('、')}）` : table.version === '2019' ? '（（六）其他处理只有一行）' : '（（六）其他处理分为三行）';
			const message = byYear
				? {
					zh: `${year} 年度报告应使用 ${expected} 年版格式（${FORMAT_DOCUMENTS[expected]}），但${name.zh}使用的是 ${table.version} 年版格式${markers}`,
					en: `A ${year} report uses the ${expected} format (${FORMAT_DOCUMENTS[expected]}), but ${name.en} follows the ${table.version} format`,
				}
				: {
					zh: `${name.zh}使用 ${table.version} 年版格式，与表二的 ${expected} 年版格式混用`,
					en: `${name.en} follows the ${table.version} format while table 2 follows the ${expected} format`,
				};
			// No quick fix: converting leaves the cells the other version adds blank (本年废止件数 …), each then a
			// finding; the refactor Convert (features/actions.ts) does it when the user asks.
			findings.push({ span: versionSpan(ctx, table), message, fixes: [] });
		}
		return findings;
	},
});
