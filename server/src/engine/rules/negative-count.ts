import { cellName } from '../format/names';
import { formatNumber } from '../edit/edits';
import { sharedCells } from '../query';
import { defineRule, type Finding } from './rule';

/** A negative number where only 本年增/减 may be negative. */
export default defineRule({
	id: 'negative-count',
	defaultSeverity: 'error',
	description: { zh: '数量为负数（只有“本年增/减”可以为负）', en: 'A negative count where only the change may be negative' },
	check: (ctx) =>
		sharedCells(ctx)
			.filter(({ cell }) => cell.value !== null && cell.value < 0 && cell.columnKind !== 'change')
			.map(({ row, cell }): Finding => {
				const name = cellName(row.key, cell.column);
				const v = formatNumber(cell.value ?? 0);
				return { span: cell.span, message: { zh: `${name.zh}为 ${v}：数量不能为负数`, en: `${name.en} is ${v}: a count cannot be negative` } };
			}),
});
