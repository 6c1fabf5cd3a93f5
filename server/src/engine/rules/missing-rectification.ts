import { sectionBody } from '../prose/text';
import { versionOf } from '../query';
import { defineRule } from './rule';

/** A mention of last year (上年度, 去年, 上一年…) by its words. */
const LAST_YEAR_WORDS = /上一?年度?|去年|往年|前一年|上年度年报|上一年度年报/;
/** Words of remedying a problem. */
const REMEDY = /整改|改进|落实|解决|改正|完善/;
/** A section that holds only a template's placeholder (（文字描述）) or a word that says nothing. */
const PLACEHOLDER = /^[\s\u3000\p{P}]*(?:文字描述|无|暂无|略)[\s\u3000\p{P}]*$/u;

/**
 * Section 五 of a report in the 2021 format that says nothing of last year's problems and how they were
 * remedied (国办公开办函〔2021〕30号 asks for 上年度问题整改情况), or holds only a placeholder. Silent when the
 * section is blank (not written yet, or just inserted by a fix) and when the report's year is unknown.
 */
export default defineRule({
	id: 'missing-rectification',
	defaultSeverity: 'info',
	description: { zh: '第五部分未说明上一年度问题的整改情况', en: 'Section 5 says nothing about remedying last year’s problems' },
	check(ctx) {
		const { report, text } = ctx;
		if (report.version === 'pre-2019' || versionOf(report) !== '2021' || report.year === null) return [];
		const section = report.sections.find((s) => s.number === 5);
		if (!section) return [];
		const body = sectionBody(text, report, section);
		// A blank section is one not written yet (missing-section's fix inserts just the heading): left to the drafter.
		if (body.trim().length === 0) return [];
		if (PLACEHOLDER.test(body)) {
			return [{ span: section.heading.span, message: { zh: '第五部分只有占位文字：应写明存在的主要问题、改进措施及上一年度问题的整改情况', en: 'Section 5 holds only a placeholder: it should state the main problems, the measures and how last year’s problems were remedied' } }];
		}
		const plain = body.replace(/\s+/g, '');
		const lastYear = LAST_YEAR_WORDS.test(plain) || new RegExp(`${report.year - 1}年`).test(plain);
		if (lastYear && REMEDY.test(plain)) return [];
		return [{
			span: section.heading.span,
			message: {
				zh: `第五部分未提及上一年度（${report.year - 1} 年）存在的问题及其整改情况（国办公开办函〔2021〕30号要求说明）`,
				en: `Section 5 does not mention last year’s (${report.year - 1}) problems and how they were remedied, which 国办公开办函〔2021〕30号 asks for`,
			},
		}];
	},
});
