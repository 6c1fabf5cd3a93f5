import { parseNumber } from '../prose/numerals';
import { proseSentences, spanOf, type Sentence } from '../prose/text';
import type { Section } from '../model';
import { defineRule, type Finding } from './rule';

const YEAR = '((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})';
/** The statistics period: 2022年1月1日至2022年12月31日 (the second year may be left out). */
const PERIOD = new RegExp(`${YEAR}年1月1日(?:起)?(?:至|到|—|－|-|～|~)(?:${YEAR}年)?12月31日`, 'g');
/** A sentence opening with a year as its time: 2022年，我局… (after an enumerator such as （一） or 一是). */
const OPENING = new RegExp(`^((?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．]|[一二三四五六七八九十]是)?)${YEAR}年度?(?=[，,]|以来|我|全|本|共)`);
/** Words that make another year legitimate: a comparison, a plan, last year's problems. */
const COMPARISON = /上一?年|去年|同比|环比|较|相比|对比|比上|增长|增加|下降|减少|问题|整改|改进/;
const FUTURE = /将|计划|打算|继续|下一步|拟|力争|着力|要/;

/**
 * The prose naming another year as the year it reports on: the statistics period of another year, or
 * sentences opening with another year (2022年，我局… in a 2023 report), as when last year's report was
 * copied and not updated. Quoted titles, document numbers and dates are never openings; a sentence that
 * compares, plans ahead or speaks of last year's problems (and section 五) may name other years.
 */
export default defineRule({
	id: 'wrong-year',
	defaultSeverity: 'warning',
	description: { zh: '正文把其他年份写成报告年度', en: 'The prose names another year as the reporting year' },
	check(ctx) {
		const year = ctx.report.year;
		if (year === null) return [];
		const five = ctx.report.sections.find((s) => s.number === 5) ?? null;
		const out: Finding[] = [];
		for (const sentence of proseSentences(ctx)) {
			// Every period ends on 12月31日: a sentence without it (nearly all) is not searched.
			if (sentence.norm.includes('12月31日')) for (const m of sentence.norm.matchAll(PERIOD)) {
				for (const [group, offset] of [[m[1], m.index], [m[2], m.index + m[0].indexOf(`${m[2]}年12月31日`)]] as const) {
					if (group === undefined) continue;
					const y = parseNumber(group);
					if (y !== null && y !== year) out.push(finding(sentence, offset, group.length + 1, y, year, true));
				}
			}
			const m = OPENING.exec(sentence.norm);
			if (!m) continue;
			const y = parseNumber(m[2]);
			if (y === null || y === year || legitimate(sentence, y, year, five)) continue;
			out.push(finding(sentence, m[1].length, m[2].length + 1, y, year, false));
		}
		return out;
	},
});

function legitimate(sentence: Sentence, y: number, year: number, five: Section | null): boolean {
	if (COMPARISON.test(sentence.norm)) return true;
	if (y > year && FUTURE.test(sentence.norm)) return true;
	return five !== null && y === year - 1 && sentence.span.start >= five.span.start && sentence.span.end <= five.span.end;
}

function finding(sentence: Sentence, at: number, length: number, y: number, year: number, period: boolean): Finding {
	return {
		span: spanOf(sentence, at, at + length),
		message: period
			? { zh: `统计期限写的是 ${y} 年，而本报告是 ${year} 年度报告`, en: `The statistics period is in ${y}, but this is the report for ${year}` }
			: { zh: `这句以“${y}年”开头，而本报告是 ${year} 年度报告：是否沿用了往年的文字？`, en: `This sentence opens with ${y}, but this is the report for ${year}: was an older report’s text kept?` },
	};
}
