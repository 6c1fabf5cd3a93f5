import { deadlineOf, isAfter } from '../deadline';
import { defineRule } from './rule';

/**
 * The signing or publication date is later than the deadline of 条例第四十九条: 1月31日 of the following
 * year for a department, 3月31日 for a government's consolidated report.
 */
export default defineRule({
	id: 'publication-date',
	defaultSeverity: 'warning',
	description: { zh: '发布日期晚于条例第四十九条规定的期限', en: 'Published after the deadline of art. 49' },
	check(ctx) {
		const { date, year } = ctx.report;
		const due = deadlineOf(ctx.report);
		if (!date || year === null || !due) return [];
		const { month, day, consolidated } = due;
		const d = date.value;
		if (!isAfter(d, due)) return [];
		const deadline = `${year + 1}年${month}月${day}日`;
		return [{
			span: date.span,
			message: {
				zh: `${year} 年度报告的发布日期 ${d.year}年${d.month}月${d.day}日 晚于 ${deadline}（条例第四十九条：${consolidated ? '县级以上人民政府的年度报告应在每年3月31日前公布' : '政府部门的年度报告应在每年1月31日前公布'}）`,
				en: `The ${year} report is dated ${d.year}-${d.month}-${d.day}, after the deadline of ${year + 1}-${String(month).padStart(2, '0')}-31 (Regulations art. 49)`,
			},
		}];
	},
});
