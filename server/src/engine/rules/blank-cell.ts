import { arithmeticModel, fillValue } from '../arithmetic/diagnose';
import { cellName } from '../format/names';
import { formatNumber, setCell } from '../edit/edits';
import { cellsOf } from '../query';
import { defineRule, type Finding } from './rule';

/**
 * A count cell left empty (003's five 行政复议 cells). It counts as 0 in the arithmetic; the fix writes 0,
 * or for a total cell the sum of its parts.
 */
export default defineRule({
	id: 'blank-cell',
	defaultSeverity: 'warning',
	description: { zh: '统计单元格为空（应填 0）', en: 'A count cell is empty (write 0)' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const { row, cell } of cellsOf(ctx.report.tables)) {
			if (cell.kind !== 'blank') continue;
			const value = fillValue(arithmeticModel(ctx), cell);
			const name = cellName(row.key, cell.column);
			findings.push({
				span: cell.span,
				message: { zh: `${name.zh}为空：没有发生的事项应填 0（计算时按 0 计）`, en: `${name.en} is empty: write 0 for none (it counts as 0)` },
				fixes: [{ title: { zh: `填写 ${formatNumber(value)}`, en: `Fill in ${formatNumber(value)}` }, edits: [setCell(ctx.text, cell, value)], safe: true }],
			});
		}
		return findings;
	},
});
