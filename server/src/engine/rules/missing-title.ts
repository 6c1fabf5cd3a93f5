import { defineRule } from './rule';

/**
 * No title naming the reporting body, the year and 政府信息公开工作年度报告 (002 starts straight with
 * its prose), or a title that leaves out the body or the year.
 */
export default defineRule({
	id: 'missing-title',
	defaultSeverity: 'warning',
	description: { zh: '缺少写明机关名称、年度和“政府信息公开工作年度报告”的标题', en: 'No title naming the body, the year and 政府信息公开工作年度报告' },
	check(ctx) {
		const { report, text } = ctx;
		if (!report.title) {
			const first = text.search(/[^\s\u3000\ufeff]/);
			const at = first < 0 ? 0 : first;
			return [{
				span: { start: at, end: at },
				message: { zh: '缺少标题：应写明机关名称、年度和“政府信息公开工作年度报告”，如“××县××局 2023 年政府信息公开工作年度报告”', en: 'No title: it should name the body, the year and 政府信息公开工作年度报告' },
			}];
		}
		const missing: string[] = [];
		const missingEn: string[] = [];
		if (!/(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}/.test(report.title.value)) {
			missing.push('年度');
			missingEn.push('the year');
		}
		if (!report.body || !report.title.text.includes(report.body.text.slice(0, 2))) {
			missing.push('机关名称');
			missingEn.push('the body');
		}
		if (missing.length === 0) return [];
		return [{ span: report.title.span, message: { zh: `标题未写明${missing.join('和')}`, en: `The title does not name ${missingEn.join(' or ')}` } }];
	},
});
