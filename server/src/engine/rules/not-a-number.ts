import { cellName } from '../format/names';
import { setCell } from '../edit/edits';
import { sharedCells } from '../query';
import { defineRule, type Finding } from './rule';

/**
 * A count cell holding something that is not a number. Placeholders drafters use for "none" (-, /, —, 无)
 * are replaced with 0 by the fix; other text is left for the drafter.
 */
export default defineRule({
	id: 'not-a-number',
	defaultSeverity: 'error',
	description: { zh: '统计单元格中不是数字', en: 'A count cell holds text that is not a number' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const { row, cell } of sharedCells(ctx)) {
			if (cell.kind !== 'placeholder' && cell.kind !== 'text') continue;
			const name = cellName(row.key, cell.column);
			const placeholder = cell.kind === 'placeholder';
			findings.push({
				span: cell.span,
				message: {
					zh: `${name.zh}填写为“${cell.text}”，不是数字${placeholder ? '：没有发生的事项应填 0' : ''}`,
					en: `${name.en} reads “${cell.text}”, which is not a number${placeholder ? ': write 0 for none' : ''}`,
				},
				fixes: placeholder ? [{ title: { zh: `将“${cell.text}”改为 0`, en: `Replace “${cell.text}” with 0` }, edits: [setCell(ctx.text, cell, 0)], safe: true }] : [],
			});
		}
		return findings;
	},
});
