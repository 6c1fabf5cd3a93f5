import { arithmeticOf } from '../arithmetic/diagnose';
import { cellLabel, counted, relationWords, shown, shownSum, totalFindings, type TotalWords } from '../arithmetic/render';
import { defineRule, type Lang } from './rule';

/**
 * 表三“三、本年度办理结果”下各项之和应等于“（七）总计”（每一列）。
 * The analysis (arithmetic/diagnose.ts) finds the facts; this file says them. A single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
const words: TotalWords = {
	describe: relationWords('result-total', (r) => {
		const t = cellLabel(r.target);
		const v = shown(r.target);
		const right = shownSum(r.right);
		// Twenty-odd results, mostly 0: name only the ones that count.
		const parts = counted(r.right);
		const list = (lang: Lang) => parts.map((c) => `${cellLabel(c)[lang]} ${shown(c)[lang]}`).join(lang === 'zh' ? '，' : ', ');
		return {
			zh: `${t.zh} 为 ${v.zh}，但各项办理结果之和为 ${right}${parts.length > 0 ? `（${list('zh')}）` : ''}`,
			en: `${t.en} is ${v.en}, but the results add up to ${right}${parts.length > 0 ? ` (${list('en')})` : ''}`,
		};
	}),
	sameCause: (d, cause) => ({ zh: `${d.zh}（与${cause.zh}的合计错误同源）`, en: `${d.en} (same cause as the total of ${cause.en})` }),
	setTotal: (t, v) => ({ zh: `将${t.zh}改为 ${v}`, en: `Set ${t.en} to the sum` }),
};

export default defineRule({
	id: 'result-total',
	defaultSeverity: 'error',
	description: { zh: '“（七）总计”与各项办理结果之和不符', en: '3(7) total differs from the sum of the results (docs/format.md)' },
	check: (ctx) => totalFindings(ctx.text, arithmeticOf(ctx), 'result-total', words),
});
