import { core } from '../text/fold';
import { defineRule, type Finding } from './rule';

/**
 * A section heading that differs from the standard wording (variants such as 五、存在问题及改进情况
 * are recognised, and flagged). The fix writes the standard heading.
 */
export default defineRule({
	id: 'heading-wording',
	defaultSeverity: 'warning',
	description: { zh: '部分标题与统一格式的措辞不同', en: 'A section heading differs from the standard wording' },
	check(ctx) {
		const { report } = ctx;
		if (report.version === 'pre-2019') return [];
		const findings: Finding[] = [];
		for (const s of report.sections) {
			if (!s.standardHeading || core(s.heading.text) === core(s.standardHeading)) continue;
			findings.push({
				span: s.heading.span,
				message: { zh: `标题应为“${s.standardHeading}”，实为“${s.heading.text}”`, en: `The heading should read “${s.standardHeading}”, not “${s.heading.text}”` },
				fixes: [{ title: { zh: `改为“${s.standardHeading}”`, en: `Change to “${s.standardHeading}”` }, edits: [{ span: s.heading.span, newText: s.standardHeading }], safe: true }],
			});
		}
		return findings;
	},
});
