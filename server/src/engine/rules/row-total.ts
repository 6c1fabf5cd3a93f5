import { arithmeticOf } from '../arithmetic/diagnose';
import { cellLabel, relationWords, shown, shownSum, shownTerms, totalFindings, type TotalWords } from '../arithmetic/render';
import { defineRule } from './rule';

/**
 * 表三每一行的“总计”应等于六类申请人之和（写有“小计”时，小计应等于五类法人或其他组织之和）。
 * The analysis (arithmetic/diagnose.ts) finds the facts; this file says them. A single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
const words: TotalWords = {
	describe: relationWords('row-total', (r) => {
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
	id: 'row-total',
	defaultSeverity: 'error',
	description: { zh: '各类申请人之和与“总计”不符（每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）', en: 'A row\'s total differs from the sum of its applicant columns (docs/format.md)' },
	check: (ctx) => totalFindings(ctx.text, arithmeticOf(ctx), 'row-total', words),
});
