import { SECTIONS } from '../format/sections';
import type { Section } from '../model';
import { core } from '../text/fold';

/**
 * The headings of the structure used from 2008 to 2018 (the reports on 2008 to 2018), numeral removed,
 * as the State Council's template and real reports wrote them.
 */
export const LEGACY_HEADINGS: readonly string[] = [
	'概述',
	'主要工作概述',
	'主动公开政府信息的情况',
	'依申请公开政府信息情况',
	'依申请公开政府信息和不予公开政府信息的情况',
	'依申请公开政府信息和不予公开政府信息情况',
	'政府信息公开的收费及减免情况',
	'政府信息公开收费及减免情况',
	'因政府信息公开申请行政复议、提起行政诉讼的情况',
	'因政府信息公开申请提起行政复议、行政诉讼的情况',
	'政府信息公开工作存在的主要问题及改进情况',
	'政府信息公开工作存在的主要问题及改进措施',
	'其他需要报告的事项',
];

/**
 * Words that only the old structure has: the fees section, appeals "因政府信息公开申请…" (the unified
 * format says 被申请), requests together with refusals or consultations, and the overview 概述.
 */
const LEGACY_WORDS: readonly RegExp[] = [/收费(?:及|和|与)?减免/, /因政府信息公开申请(?:提起)?行政复议/, /申请行政复议提起行政诉讼(?:和申诉)?的情况/, /依申请公开.*(?:不予公开|咨询)/, /^(?:主要工作)?概述$/];
/**
 * The unified format's own headings that the old structure never used, not even without its 的 (总体情况,
 * 收到和处理政府信息公开申请情况 …), folded as `core` folds a heading: one of them is a modern report's outline,
 * whatever number a renumbered outline gives it (006).
 */
const MODERN_ONLY: ReadonlySet<string> = (() => {
	const plain = (h: string) => core(h).replace(/的/g, '');
	const legacy = new Set(LEGACY_HEADINGS.map(plain));
	const words = SECTIONS.flatMap((d) => [d.heading, ...d.variants]).map((h) => core(headingWords(h)));
	return new Set(words.filter((w) => !legacy.has(w.replace(/的/g, ''))));
})();
/** The last year reported in the old structure (the unified format began with the reports on 2019). */
const LAST_LEGACY_YEAR = 2018;

/**
 * Whether a report without tables of the unified format follows the pre-2019 structure: a report on
 * a year up to 2018, headings only the old structure has (two or more, or one and a seventh section), or
 * headings that are not the six standard ones or are numbered differently (where no table was read). A modern report whose
 * headings are merely worded differently (五、政府信息公开工作存在的主要问题及改进情况) is not legacy.
 */
export function isLegacy(sections: readonly Section[], year: number | null, hasTables = false): boolean {
	if (sections.length === 0) return false;
	if (year !== null && year <= LAST_LEGACY_YEAR) return true;
	const marks = sections.filter((s) => LEGACY_WORDS.some((w) => w.test(core(headingWords(s.heading.text))))).length;
	const seventh = sections.some((s) => (s.writtenNumber ?? 0) > SECTIONS.length);
	if (marks >= 2 || (marks >= 1 && seventh)) return true;
	// Odd headings beside tables are a modern report's own outline (006), not the old structure; so are odd
	// headings beside one of the unified format's own headings (an excerpt of such a report).
	if (hasTables || sections.some(isModernHeading)) return false;
	const odd = sections.filter((s) => s.number === null || (s.writtenNumber !== null && s.writtenNumber !== s.number));
	const standard = new Set(sections.filter((s) => s.number !== null).map((s) => s.number));
	// One odd heading alone (an excerpt, a renumbered last section) is too little to tell.
	return odd.length >= 2 && standard.size < SECTIONS.length;
}

/** A heading in the unified format's own words (一、总体情况). */
function isModernHeading(s: Section): boolean {
	return s.number !== null && MODERN_ONLY.has(core(headingWords(s.heading.text)));
}

/** The heading without its numeral (一、, 七.). */
function headingWords(heading: string): string {
	return heading.replace(/^[\s\u3000]*[一二三四五六七八九十]{1,2}[\s\u3000]*[、.．，,][\s\u3000]*/u, '');
}
