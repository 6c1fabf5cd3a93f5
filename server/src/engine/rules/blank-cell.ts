import { arithmeticModel, blankTotals, type BlankTotal } from '../arithmetic/diagnose';
import { cellName } from '../format/names';
import { formatNumber, hasOwnPlace, setCell } from '../edit/edits';
import { sharedCells } from '../query';
import { unfilledTables } from './blank-table';
import type { Cell } from '../model';
import { defineRule, type Finding, type Fix } from './rule';

/**
 * A count cell left empty (003's five 行政复议 cells). A blank part counts as 0 and the fix writes 0. A
 * blank total is not 0 but unknown: the fix writes the value its parts determine, and none when they do not.
 * A table with nothing filled in at all is `blank-table`'s one hint, not a warning per cell.
 */
export default defineRule({
	id: 'blank-cell',
	defaultSeverity: 'warning',
	description: { zh: '统计单元格为空（应填 0）', en: 'A count cell is empty (write 0)' },
	check(ctx) {
		const findings: Finding[] = [];
		const cells = sharedCells(ctx);
		const unfilled = unfilledTables(ctx);
		let totalOf: ((cell: Cell) => BlankTotal | undefined) | null = null;
		for (const { table, row, cell } of cells) {
			if (cell.kind !== 'blank' || unfilled.has(table)) continue;
			const name = cellName(row.key, cell.column);
			const total = (totalOf ??= blankTotals(arithmeticModel(ctx)))(cell);
			// A cell sharing its place with another (separators dropped) has nowhere to take a value of its own.
			const own = hasOwnPlace(row, cell);
			const fill = (value: number, safe = true): Fix[] => (own ? [{ title: { zh: `填写 ${formatNumber(value)}`, en: `Fill in ${formatNumber(value)}` }, edits: [setCell(ctx.text, cell, value)], safe }] : []);
			if (total === undefined) {
				findings.push({
					span: cell.span,
					message: { zh: `${name.zh}为空：没有发生的事项应填 0（计算时按 0 计）`, en: `${name.en} is empty: write 0 for none (it counts as 0)` },
					fixes: fill(0),
				});
			} else if (total.value === null) {
				findings.push({
					span: cell.span,
					message: { zh: `${name.zh}为空：这是一个合计，其他单元格不能确定它的值`, en: `${name.en} is empty: it is a total, and the other cells do not determine it` },
				});
			} else {
				findings.push({
					span: cell.span,
					message: { zh: `${name.zh}为空：按各项之和应为 ${formatNumber(total.value)}`, en: `${name.en} is empty: its parts add up to ${formatNumber(total.value)}` },
					// Where that value breaks another total, something else is wrong too: fill it only when asked.
					fixes: fill(total.value, total.consistent),
				});
			}
		}
		return findings;
	},
});
