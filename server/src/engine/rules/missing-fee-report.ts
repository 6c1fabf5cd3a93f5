import { sectionBody } from '../prose/text';
import { defineRule } from './rule';

/** Any word about fees for information requests. */
const FEE = /处理费|收费|收取|费用|缴费|计费/;

/**
 * Section 六 of a report in the 2021 format that says nothing about 信息处理费: 国办公开办函〔2021〕30号 asks
 * every report to state the fees charged for requests there, even when none were.
 */
export default defineRule({
	id: 'missing-fee-report',
	defaultSeverity: 'info',
	description: { zh: '第六部分未报告信息处理费收取情况', en: 'Section 6 does not report the information-processing fees' },
	check(ctx) {
		const { report, text } = ctx;
		// Only where the 2021 format is known to apply: its tables say so, or the report is on 2021 or later. A text
		// whose tables and year are lost (an excerpt cut before table 二 and its title) is not assumed to be one.
		if (report.version !== '2021' && !(report.version === 'unknown' && report.year !== null && report.year >= 2021)) return [];
		const section = report.sections.find((s) => s.number === 6);
		if (!section) return [];
		const body = sectionBody(text, report, section).replace(/\s+/g, '');
		// A blank section is one not written yet (missing-section's fix inserts just the heading): left to the drafter.
		if (body.length === 0 || FEE.test(body)) return [];
		return [{
			span: section.heading.span,
			message: {
				zh: '第六部分未报告信息处理费的收取情况（国办公开办函〔2021〕30号要求在此说明，未收取也应写明）',
				en: 'Section 6 does not report the information-processing fees charged (国办公开办函〔2021〕30号 asks for it here, even when none were)',
			},
		}];
	},
});
