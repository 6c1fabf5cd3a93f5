import { halfWidth } from './fold';
import { memoize } from './memo';

/**
 * Reading what a table cell holds.
 * Counts arrive as `0`, `+19`, `-10`, `1,219`, `０`, `10807.1713 万元`, or as blanks and placeholders
 * (`-`, `/`, `—`, `无`) where a drafter meant zero.
 * A change (本年增/减) may say its sign in words: `减4`, `增加3`, `减少 2`.
 */

export type CellKind = 'number' | 'blank' | 'placeholder' | 'text';

export interface CellValue {
	readonly kind: CellKind;
	/** The number, for `number` cells; otherwise null. */
	readonly value: number | null;
	/** The unit written with the number (万元, 元, 件…), or null. */
	readonly unit: string | null;
	/** Whether the number had a decimal part. */
	readonly decimal: boolean;
}

/** Units a number may carry inside a cell. */
export const UNITS = ['万元', '亿元', '元', '件', '个', '项', '条', '次', '人'] as const;

const NUMBER = /^([+\-])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|亿元|元|件|个|项|条|次|人)?$/;
const PLACEHOLDER = /^(?:[-/\\]+|无|無|空|—+|–+)$/;

const BLANK: CellValue = { kind: 'blank', value: null, unit: null, decimal: false };
const TEXT: CellValue = { kind: 'text', value: null, unit: null, decimal: false };
const MAX_VALUE_LENGTH = 40;

const classifyMemo = memoize(classify, 24);
/** Plain counts 0–9999 are most cells; they are read without a lookup. */
const SMALL: CellValue[] = Array.from({ length: 10_000 }, (_, n) => ({ kind: 'number', value: n, unit: null, decimal: false }));

/** Classifies the text of one cell (memoised: cell texts such as 0, 1, -, 无 repeat endlessly). */
export function readValue(text: string): CellValue {
	if (text.length === 0) return BLANK;
	// Labels start with a CJK character; no number does (but a change may: 减4), and the only CJK placeholders are single characters.
	if (text.length > 1 && text.charCodeAt(0) >= 0x3400 && text.charCodeAt(0) < 0xff00 && !SIGN_WORDS.has(text.charCodeAt(0))) return TEXT;
	if (text.length <= 4) {
		let n = 0;
		let k = 0;
		for (; k < text.length; k++) {
			const c = text.charCodeAt(k) - 48;
			if (c < 0 || c > 9) break;
			n = n * 10 + c;
		}
		if (k === text.length && (text.length === 1 || text.charCodeAt(0) !== 48)) return SMALL[n];
	}
	// Numbered labels ((一)…, （一）…) open with a bracket, which no value does: no lookup needed.
	if (text.length > 1 && (text.charCodeAt(0) === 0xff08 || text.charCodeAt(0) === 0x28)) return TEXT;
	return classifyMemo(text);
}

/** The only CJK characters a number or placeholder holds: its unit's and 无, 無, 空. */
const VALUE_HAN: ReadonlySet<number> = new Set([...UNITS.join(''), '无', '無', '空'].map((ch) => ch.charCodeAt(0)));

/** Whether the text holds a CJK character no value has (a word, not a number): no regex needs to look. */
function hasForeignHan(text: string): boolean {
	for (let k = 0; k < text.length; k++) {
		const c = text.charCodeAt(k);
		if (c >= 0x3400 && c <= 0x9fff && !VALUE_HAN.has(c)) return true;
	}
	return false;
}

/** 增 and 减: the words that give a change its sign. */
const SIGN_WORDS: ReadonlySet<number> = new Set([0x589e /* 增 */, 0x51cf /* 减 */]);
/** A change whose sign is a word (减4, 增加3, 减少 2): the word, then the rest. */
const SIGNED_BY_WORD = /^(增加?|减少?)\s*(?=[\d０-９])/;

function classify(text: string): CellValue {
	if (SIGN_WORDS.has(text.charCodeAt(0))) return signedByWord(text);
	// No number with its unit is this long; prose tokens are, and need no closer look.
	if (text.length > MAX_VALUE_LENGTH || hasForeignHan(text)) return TEXT;
	const t = halfWidth(text)
		.replace(/[\s\u3000\u00a0\ufeff\u200b]+/g, '')
		.replace(/[−－–]/g, '-');
	if (t === '') return BLANK;
	if (PLACEHOLDER.test(t)) return { kind: 'placeholder', value: null, unit: null, decimal: false };
	const m = NUMBER.exec(t);
	if (!m) return { kind: 'text', value: null, unit: null, decimal: false };
	const magnitude = Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
	return { kind: 'number', value: m[1] === '-' ? -magnitude : magnitude, unit: m[4] ?? null, decimal: m[3] !== undefined };
}

/** A number after 增/减 (an unsigned one only: 减-4 is no count), signed as the word says; anything else is text. */
function signedByWord(text: string): CellValue {
	const m = SIGNED_BY_WORD.exec(text);
	if (!m) return TEXT;
	const rest = classify(text.slice(m[0].length));
	if (rest.kind !== 'number' || rest.value === null || /^[+\-−－]/.test(text.slice(m[0].length))) return TEXT;
	return m[1].startsWith('减') ? { ...rest, value: -rest.value } : rest;
}
