import { headingWords } from '../edit/headings';
import { core } from '../text/fold';
import { defineRule, type Finding } from './rule';

/**
 * A section heading that differs from the standard wording (variants such as 五、存在问题及改进情况
 * are recognised, and flagged). Only the heading's words are compared and replaced: a sentence written
 * after them on the same line (六、其他需要报告的事项：本机关…) is the drafter's text and stays.
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
			if (!s.standardHeading) continue;
			const words = headingWords(s.heading);
			if (core(words.text) === core(s.standardHeading)) continue;
			findings.push({
				span: words.span,
				message: { zh: `标题应为“${s.standardHeading}”，实为“${words.text}”`, en: `The heading should read “${s.standardHeading}”, not “${words.text}”` },
				// Where the words could not be told from a sentence after them, replacing would delete the sentence: a choice, not safe.
				fixes: [{ title: { zh: `改为“${s.standardHeading}”`, en: `Change to “${s.standardHeading}”` }, edits: [{ span: words.span, newText: s.standardHeading }], safe: !(words.rest && words.span.end === s.heading.span.end) }],
			});
		}
		return findings;
	},
});
