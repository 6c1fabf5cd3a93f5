import { tablesOf } from '../query';
import { defineRule, type Finding } from './rule';

/** A row with more or fewer data cells than its table has columns (a value lost or pasted twice). */
export default defineRule({
	id: 'cell-count',
	defaultSeverity: 'error',
	description: { zh: '一行的数据单元格数与栏目数不符', en: 'A row has more or fewer data cells than columns' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const table of tablesOf(ctx.report.tables)) {
			for (const row of table.rows) {
				let present = 0;
				for (const c of row.cells) if (!c.missing) present++;
				const expected = row.cells.length;
				const written = present + row.extraCells.length;
				if (written === expected) continue;
				const span = row.extraCells.length > 0
					? { start: row.extraCells[0].span.start, end: row.extraCells[row.extraCells.length - 1].span.end }
					: row.label.text !== '' ? row.label.span : row.cells[0].span;
				const label = row.label.text || '数据行';
				findings.push({
					span,
					message: {
						zh: `“${label}”一行有 ${written} 个数据单元格，应为 ${expected} 个${written < expected ? '：缺少的单元格不参与计算' : '：多出的单元格不计入统计'}`,
						en: `The row “${row.label.text || 'data row'}” has ${written} data cells instead of ${expected}`,
					},
				});
			}
		}
		return findings;
	},
});
