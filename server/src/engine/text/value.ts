import { halfWidth } from './fold';

/**
 * Reading what a table cell holds.
 * Counts arrive as `0`, `+19`, `-10`, `1,219`, `０`, `10807.1713 万元`, or as blanks and placeholders
 * (`-`, `/`, `—`, `无`) where a drafter meant zero.
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

/** Cell texts repeat endlessly (0, 1, -, 无): each distinct short text is classified once. */
const memo = new Map<string, CellValue>();
const MEMO_LIMIT = 16;
const MEMO_SIZE = 20_000;

/** Classifies the text of one cell. */
export function readValue(text: string): CellValue {
	if (text.length > MEMO_LIMIT) return classify(text);
	let v = memo.get(text);
	if (v === undefined) {
		if (memo.size >= MEMO_SIZE) memo.clear();
		memo.set(text, (v = classify(text)));
	}
	return v;
}

function classify(text: string): CellValue {
	// No number with its unit is this long; prose tokens are, and need no closer look.
	if (text.length > MAX_VALUE_LENGTH) return TEXT;
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

/** True for text that a table would hold as a value rather than a label: a number, a blank or a placeholder. */
export function isValueLike(text: string): boolean {
	return readValue(text).kind !== 'text';
}
