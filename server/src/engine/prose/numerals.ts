/**
 * Numbers as prose writes them: Arabic digits (`749`, `1,295`) and Chinese numerals (`三`, `十二`, `一百零五`,
 * `两千`). Only whole counts; a numeral the parser cannot read with certainty is null.
 */

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A source for a regular expression matching one number token (Arabic or Chinese). */
export const NUMBER_SOURCE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+|[〇零一二两三四五六七八九十百千万]+)';

/** The value of a number token, or null when it is not a well-formed whole number. */
export function parseNumber(token: string): number | null {
	if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(token)) return Number(token.replace(/,/g, ''));
	return parseChinese(token);
}

/** 一百零五 → 105, 十二 → 12, 三万二千 → 32000, 二〇二三 → 2023 (digit by digit); null when malformed. */
export function parseChinese(token: string): number | null {
	if (token.length === 0) return null;
	// Digit by digit, as years are written (二〇二三): four digits, no unit characters.
	if (token.length === 4 && [...token].every((c) => c in DIGITS)) return Number([...token].map((c) => DIGITS[c]).join(''));
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	let lastUnit = Infinity;
	for (const c of token) {
		if (c in DIGITS) {
			if (digit !== null && digit !== 0 && DIGITS[c] !== 0) return null;
			digit = DIGITS[c];
		} else if (c in UNITS) {
			const unit = UNITS[c];
			if (unit >= lastUnit) return null;
			section += (digit ?? 1) * unit;
			digit = null;
			lastUnit = unit;
		} else if (c === '万') {
			section += digit ?? 0;
			if (section === 0 || total !== 0) return null;
			total = section * 10000;
			section = 0;
			digit = null;
			lastUnit = Infinity;
		} else return null;
	}
	return total + section + (digit ?? 0);
}
