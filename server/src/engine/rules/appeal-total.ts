import { arithmeticOf } from '../arithmetic/diagnose';
import { cellLabel, relationWords, shown, shownSum, shownTerms, totalFindings, type TotalWords } from '../arithmetic/render';
import { defineRule } from './rule';

/**
 * 表四每组（行政复议、未经复议直接起诉、复议后起诉）的“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。
 * The analysis (arithmetic/diagnose.ts) finds the facts; this file says them. A single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
const words: TotalWords = {
	describe: relationWords('appeal-total', (r) => {
		const t = cellLabel(r.target);
		const v = shown(r.target);
		const right = shownSum(r.right);
		return {
			zh: `${t.zh} 为 ${v.zh}，但各项之和为 ${shownTerms(r.right, 'zh')} = ${right}`,
			en: `${t.en} is ${v.en}, but its parts add up to ${shownTerms(r.right, 'en')} = ${right}`,
		};
	}),
	sameCause: (d, cause) => ({ zh: `${d.zh}（与${cause.zh}的合计错误同源）`, en: `${d.en} (same cause as the total of ${cause.en})` }),
	setTotal: (t, v) => ({ zh: `将${t.zh}改为 ${v}`, en: `Set ${t.en} to the sum` }),
};

export default defineRule({
	id: 'appeal-total',
	defaultSeverity: 'error',
	description: { zh: '表四各组“总计”与各项结果之和不符', en: 'A group\'s total in table 4 differs from the sum of its results (docs/format.md)' },
	check: (ctx) => totalFindings(ctx.text, arithmeticOf(ctx), 'appeal-total', words),
});
