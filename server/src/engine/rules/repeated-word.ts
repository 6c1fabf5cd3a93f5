import { doubledWords } from '../prose/repeats';
import { offsetAt, proseSentences, spanOf } from '../prose/text';
import { defineRule, type Finding } from './rule';

/** Numerals: 二〇二〇, 一个一个, 一步一步 are no slips. */
const NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/;
/** Two-character verbs that are doubled on purpose (研究研究). */
const DOUBLED_ON_PURPOSE = new Set(['研究', '学习', '商量', '考虑', '了解', '检查', '讨论', '休息', '锻炼', '比较', '介绍', '整理', '打扫', '活动', '琢磨', '收拾', '准备', '试验', '体验', '尝试']);

const PUNCTUATION = /[，。、；：！？“”《》]/;

/** Whether the line at `offset` has punctuation: header debris of a flattened table has none. */
function punctuatedLine(text: string, offset: number): boolean {
	let start = offset;
	while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
	let end = offset;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
	return PUNCTUATION.test(text.slice(start, end));
}

/**
 * A word written twice by slip (资金资金, corpus 006), in running prose only: lines with punctuation,
 * outside the tables, so header debris of a flattened table (总计总计) is not prose. Single characters
 * doubled (人人, 常常, 天天) are Chinese, not slips, and so are numerals and a few verbs doubled on purpose.
 */
export default defineRule({
	id: 'repeated-word',
	defaultSeverity: 'info',
	description: { zh: '词语重复（如“资金资金”）', en: 'A word written twice (资金资金)' },
	check(ctx) {
		const out: Finding[] = [];
		for (const sentence of proseSentences(ctx)) {
			const { norm } = sentence;
			if (!/[，。；、]/.test(norm) || norm.includes('|')) continue;
			// Two to four Chinese characters written twice in a row (资金资金).
			for (const { index, length } of doubledWords(norm)) {
				const word = norm.slice(index, index + length);
				if (NUMERAL.test(word) || new Set(word).size === 1 || DOUBLED_ON_PURPOSE.has(word)) continue;
				if (!punctuatedLine(ctx.text, offsetAt(sentence, index))) continue;
				out.push({
					span: spanOf(sentence, index + length, index + 2 * length),
					message: { zh: `“${word}”重复了一次：“${word}${word}”`, en: `“${word}” is written twice: “${word}${word}”` },
				});
			}
		}
		return out;
	},
});
