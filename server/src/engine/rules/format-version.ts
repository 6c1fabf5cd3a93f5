import { nameOf } from '../format/names';
import type { CellText } from '../format/skeleton';
import { ACTIVE_BLOCKS, FORMAT_DOCUMENTS, VERSION_MARKERS, type TableVersion } from '../format/tables';
import type { Table } from '../model';
import { versionForYear } from '../edit/insert';
import { rewriteTable, writtenValues } from '../edit/tables';
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
 * Whether every cell of table 二 written in `version` gets a value: then converting adds no empty cell to
 * fill in. Table 二 in 2019 has nothing for 本年废止件数 or 本年收费金额, so converting it to 2021 leaves cells
 * for the drafter (more findings, not fewer): that conversion stays the refactor the user asks for.
 */
function carriesEveryCell(key: Table['key'], version: TableVersion, values: CellText): boolean {
	// Table 三's conversion moves （六）其他处理 whole into one of the rows it becomes; its cells are all carried.
	return key !== 'active' || ACTIVE_BLOCKS[version].every((b) => b.rows.every((r) => b.columns.every((c) => values(r.key, c.key) !== '')));
}

/**
 * The tables follow a version that contradicts the report year (a 2021 or later report in the superseded
 * 2019 format, or a 2020 report in the 2021 format), or the two tables mix versions. The fix converts
 * the table, keeping every value that carries over, where that fills every cell of the new version; it is
 * offered as a choice, never applied by fix-all.
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
			const values = writtenValues(table);
			findings.push({
				span: versionSpan(ctx, table),
				message,
				fixes: carriesEveryCell(table.key, expected, values) ? [{
					title: { zh: `将${name.zh}转换为 ${expected} 年版格式（保留可对应的数值）`, en: `Convert ${name.en} to the ${expected} format, keeping the values that carry over` },
					edits: [rewriteTable(ctx, table, table.key, expected, values)],
					safe: false,
				}] : [],
			});
		}
		return findings;
	},
});
