import { requiresProse } from '../format/sections';
import { sectionBody } from '../prose/text';
import { versionOf } from '../query';
import type { Message } from '../vocabulary';
import { defineRule } from './rule';

/** What is left of a body that holds only white space, punctuation or symbols (a Markdown rule `---`, a `#`). */
const NOTHING = /^[\s\u3000\p{P}\p{S}]*$/u;

const FIVE: Message = {
	zh: '第五部分（存在的主要问题及改进情况）只有标题，没有内容：应写明工作中存在的主要问题和改进措施',
	en: 'Section 5 (main problems and improvements) has a heading and nothing under it: it should state the main problems and the measures taken',
};
const FIVE_2021: Message = {
	zh: '第五部分（存在的主要问题及改进情况）只有标题，没有内容：应写明存在的主要问题、改进措施及上一年度问题的整改情况（国办公开办函〔2021〕30号）',
	en: 'Section 5 (main problems and improvements) has a heading and nothing under it: it should state the main problems, the measures and how last year’s problems were remedied (国办公开办函〔2021〕30号)',
};
const SIX: Message = {
	zh: '第六部分（其他需要报告的事项）只有标题，没有内容：应报告信息处理费的收取情况，未收取也应写明（国办公开办函〔2021〕30号）',
	en: 'Section 6 (other matters to report) has a heading and nothing under it: it should report the information-processing fees charged, even when none were (国办公开办函〔2021〕30号)',
};

/**
 * Section 五 with a heading and no text under it (both versions of the format ask for the problems and how
 * they were improved), and section 六 of a 2021-format report likewise (30号 asks for 信息处理费 there).
 * A 2019-format section 六 may rightly be empty, and the pre-2019 structure has neither: silent.
 * Text that is there but says too little is for missing-rectification and missing-fee-report.
 */
export default defineRule({
	id: 'empty-section',
	defaultSeverity: 'warning',
	description: { zh: '第五部分或第六部分只有标题没有内容', en: 'Section 5 or 6 has a heading and no content' },
	check(ctx) {
		const { report, text } = ctx;
		if (report.version === 'pre-2019') return [];
		const version = versionOf(report);
		const findings = [];
		for (const section of report.sections) {
			if (section.number === null || !requiresProse(section.number, version)) continue;
			if (!NOTHING.test(sectionBody(text, report, section))) continue;
			const message = section.number === 6 ? SIX : version === '2021' ? FIVE_2021 : FIVE;
			findings.push({ span: section.heading.span, message });
		}
		return findings;
	},
});
