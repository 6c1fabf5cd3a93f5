import { memoize } from './memo';

/**
 * Folding of label text for comparison.
 * Real reports write the same label with full-width or half-width brackets and digits, stray spaces inside
 * (不予公 开), line breaks from wrapping, curly or straight quotes, and sometimes in Traditional characters.
 * Folding maps all of these to one form; it is used only to compare, never to display.
 */

/** Traditional characters seen in report labels, each followed by its Simplified form. */
const TRADITIONAL_PAIRS =
	'規规範范許许處处罰罚強强製制項项數数據据審审結结維维護护糾纠訴诉訟讼復复議议請请轉转續续辦办機机關关組组織织會会' +
	'業业務务總总計计國国內内過过執执詢询確确認认獲获資资訊讯開开況况報报條条與与體体複复準准應应無无補补後后對对現现' +
	'發发廢废財财權权險险穩稳眾众類类屬属從从為为來来書书費费額额萬万徵征購购採采負负責责決决問问題题進进個个級级縣县' +
	'區区鎮镇鄉乡廳厅門门際际實实專专構构學学衛卫環环運运輸输統统劃划設设網网絡络產产當当舉举訪访並并於于經经濟济時时' +
	'間间將将歸归檔档違违號号達达餘余減减變变動动單单編编見见則则華华員员況况稱称屬属預预聯联繫系證证據据權权益益寫写';

const REPLACEMENTS: Record<string, string> = { '【': '(', '】': ')', '〔': '(', '〕': ')', '−': '-', '－': '-', '—': '-', '–': '-' };
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) REPLACEMENTS[TRADITIONAL_PAIRS[i]] = TRADITIONAL_PAIRS[i + 1];
const REPLACED = new RegExp(`[${Object.keys(REPLACEMENTS).join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');

const WHITESPACE = /[\s\u00a0\u3000\ufeff\u200b]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * Full-width ASCII (（）０-９：，) to half-width: the part of NFKC that reports need, without its cost.
 */
export function halfWidth(text: string): string {
	return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Canonical form: full-width ASCII, digits and brackets to half-width, no white space at all, Simplified
 * characters. Keeps punctuation, so numbering prefixes such as `(三)` and `1.` can still be read.
 */
export const canon = memoize((text: string): string => withoutRuby(halfWidth(text).replace(WHITESPACE, '').replace(REPLACED, (ch) => REPLACEMENTS[ch])));

/**
 * A reading in pinyin after a character, with at least one tone mark (規(guī)章, 數(shù)量): ruby text that a
 * page's converter printed inline, which a label never holds.
 */
const RUBY = /(?<=[\u3400-\u9fff])\((?=[a-z\u00e0-\u00fc\u0101-\u016b\u01ce-\u01dc]*[\u00e0-\u00fc\u0101-\u016b\u01ce-\u01dc])[a-z\u00e0-\u00fc\u0101-\u016b\u01ce-\u01dc]{1,6}\)/g;

function withoutRuby(text: string): string {
	return text.indexOf('(') < 0 ? text : text.replace(RUBY, '');
}

const PUNCTUATION = /[、，,。.．:：;；“”"'‘’「」『』()（）\[\]《》<>\-_/／\\|·•*#]/g;

/** Core form: the canonical form without any punctuation; what labels are matched on. */
export const core = memoize((text: string): string => canon(text).replace(PUNCTUATION, ''));

/** True when the text has no visible character. */
export function isBlank(text: string): boolean {
	for (let k = 0; k < text.length; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
	return true;
}

/** Offsets of the first and last visible characters of `text[start, end)`, or null when it is blank. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
	let s = start;
	let e = end;
	while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
	while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
	return s < e ? { start: s, end: e } : null;
}

/** Whether a UTF-16 unit is white space as JavaScript's `\s` matches it, without a regex. */
export function isWhiteSpaceCode(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 0xa0) return false;
	// Chinese text is mostly at or above U+3000: two comparisons decide it.
	if (c >= 0x3000) return c === 0x3000 || c === 0xfeff;
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

function isSpaceCode(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral from 一 to 九十九 (十, 十一, 二十三), or null. */
export function chineseNumeral(text: string): number | null {
	if (text === '') return null;
	if (text.length === 1) return text === '十' ? 10 : digitOf(text.charCodeAt(0));
	const ten = text.indexOf('十');
	if (ten < 0) return null;
	// Around 十 stands at most one digit each side (二十三); anything longer is no numeral.
	const tens = ten === 0 ? 1 : ten === 1 ? (digitOf(text.charCodeAt(0)) ?? NaN) : NaN;
	const ones = ten === text.length - 1 ? 0 : ten === text.length - 2 ? (digitOf(text.charCodeAt(ten + 1)) ?? NaN) : NaN;
	const value = tens * 10 + ones;
	return Number.isFinite(value) ? value : null;
}

/** The digit a Chinese character writes (〇 零 一 二 两 三 … 九), or null: by code, without a string lookup. */
function digitOf(c: number): number | null {
	switch (c) {
		case 0x3007: // 〇
		case 0x96f6: // 零
			return 0;
		case 0x4e00: // 一
			return 1;
		case 0x4e8c: // 二
		case 0x4e24: // 两
			return 2;
		case 0x4e09: // 三
			return 3;
		case 0x56db: // 四
			return 4;
		case 0x4e94: // 五
			return 5;
		case 0x516d: // 六
			return 6;
		case 0x4e03: // 七
			return 7;
		case 0x516b: // 八
			return 8;
		case 0x4e5d: // 九
			return 9;
		default:
			return null;
	}
}

/** Reads a year written in digits or in Chinese digits (二〇二〇), or null. */
export function yearNumber(text: string): number | null {
	const t = halfWidth(text);
	if (/^\d{4}$/.test(t)) return Number(t);
	if (t.length !== 4) return null;
	let v = 0;
	for (const ch of t) {
		const d = CHINESE_DIGITS[ch];
		if (d === undefined) return null;
		v = v * 10 + d;
	}
	return v;
}

/** Reads a month or day in digits or Chinese numerals (一, 十二, 三十一), or null. */
export function smallNumber(text: string): number | null {
	const t = halfWidth(text);
	if (/^\d{1,2}$/.test(t)) return Number(t);
	return chineseNumeral(t);
}
