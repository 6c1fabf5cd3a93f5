import { core } from '../text/fold';

/** Identity of one of the six standard sections, 1 to 6 (一 to 六). */
export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface SectionDef {
	readonly number: SectionNumber;
	/** The standard heading, verbatim from the format. */
	readonly heading: string;
	/** Wordings seen in real reports that are accepted as this section (and flagged). */
	readonly variants: readonly string[];
	/** What the format requires in this section, for hovers and documentation. */
	readonly requires: { readonly zh: string; readonly en: string };
	/** Recognises the section from the folded heading text (numbering removed). */
	readonly recognise: (coreText: string) => boolean;
}

export const SECTIONS: readonly SectionDef[] = [
	{
		number: 1,
		heading: '一、总体情况',
		variants: [],
		requires: {
			zh: '概述本年度政府信息公开工作总体情况，通常分主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面（条例第五十条）。',
			en: 'An overview of the year’s disclosure work, usually covering proactive disclosure, requests, information management, platforms and oversight (Regulations art. 50).',
		},
		recognise: (t) => t.includes('总体情况') || t === '概述' || t === '总体',
	},
	{
		number: 2,
		heading: '二、主动公开政府信息情况',
		variants: ['二、行政机关主动公开政府信息情况'],
		requires: {
			zh: '以统计表列明条例第二十条第（一）（五）（六）（八）项（2019 版另有第（九）项）主动公开的信息数量（条例第五十条）。',
			en: 'A table of the information proactively disclosed under art. 20 items (1)(5)(6)(8), and (9) in the 2019 format (Regulations art. 50).',
		},
		recognise: (t) => t.includes('主动公开'),
	},
	{
		number: 3,
		heading: '三、收到和处理政府信息公开申请情况',
		variants: [],
		requires: {
			zh: '以统计表列明收到和处理政府信息公开申请的情况，各列须满足勾稽关系：一 + 二 = 三（七）总计 + 四（条例第五十条）。',
			en: 'A table of the disclosure requests received and handled; every column must balance: 1 + 2 = 3(7) total + 4 (Regulations art. 50).',
		},
		recognise: (t) => t.includes('申请') && /收到|处理|依申请/.test(t) && !t.includes('行政复议'),
	},
	{
		number: 4,
		heading: '四、政府信息公开行政复议、行政诉讼情况',
		variants: ['四、因政府信息公开工作被申请行政复议和提起行政诉讼情况'],
		requires: {
			zh: '以统计表列明因政府信息公开工作被申请行政复议、提起行政诉讼的情况，每组“总计”等于各结果之和（条例第五十条）。',
			en: 'A table of administrative reviews and lawsuits about disclosure; each group’s total equals the sum of its results (Regulations art. 50).',
		},
		recognise: (t) => t.includes('行政复议') || t.includes('行政诉讼'),
	},
	{
		number: 5,
		heading: '五、存在的主要问题及改进情况',
		variants: ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在问题及改进情况'],
		requires: {
			zh: '说明政府信息公开工作存在的主要问题及改进情况（条例第五十条）。',
			en: 'The main problems of the disclosure work and how they are being improved (Regulations art. 50).',
		},
		recognise: (t) => t.includes('问题') && /改进|整改|措施|打算|不足/.test(t),
	},
	{
		number: 6,
		heading: '六、其他需要报告的事项',
		variants: ['六、其他报告的事项'],
		requires: {
			zh: '其他需要报告的事项，如依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；没有则写明“无”（条例第五十条）。',
			en: 'Any other matters to report, such as information processing fees charged; write 无 when there are none (Regulations art. 50).',
		},
		recognise: (t) => t.includes('其他') && t.includes('事项'),
	},
];

/** The section whose identity the heading text announces, or null. */
export function recogniseSection(headingText: string): SectionDef | null {
	const t = core(headingText);
	for (const def of SECTIONS) if (def.recognise(t)) return def;
	return null;
}

/** Sub-headings that section 一 usually has (not mandatory), in order; offered by completion. */
export const OVERVIEW_SUBHEADINGS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）平台建设', '（五）监督保障'] as const;

/**
 * Whether the format asks for written content under the section, so that its heading alone is not enough:
 * 五 in both versions (问题及改进情况), 六 in the 2021 version (30号 asks for 信息处理费 there); a 2019-format
 * 六 may rightly be empty, and 二–四 hold tables (missing-table reports those).
 */
export function requiresProse(section: SectionNumber, version: '2019' | '2021'): boolean {
	return section === 5 || (section === 6 && version === '2021');
}
