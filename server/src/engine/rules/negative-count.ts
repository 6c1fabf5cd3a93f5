import { cellName } from '../format/names';
import { formatNumber } from '../edit/edits';
import { defineRule, type Finding } from './rule';

/** A negative number where only 本年增/减 may be negative. */
export default defineRule({
	id: 'negative-count',
	defaultSeverity: 'error',
	description: { zh: '数量为负数（只有“本年增/减”可以为负）', en: 'A negative count where only the change may be negative' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const table of [ctx.report.tables.active, ctx.report.tables.requests, ctx.report.tables.appeals]) {
			if (!table) continue;
			for (const row of table.rows) {
				for (const cell of row.cells) {
					if (cell.value === null || cell.value >= 0 || cell.columnKind === 'change') continue;
					const name = cellName(row.key, cell.column);
					findings.push({ span: cell.span, message: { zh: `${name.zh}为 ${formatNumber(cell.value)}：数量不能为负数`, en: `${name.en} is ${formatNumber(cell.value)}: a count cannot be negative` } });
				}
			}
		}
		return findings;
	},
});
