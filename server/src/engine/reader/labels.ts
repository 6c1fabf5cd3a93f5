import { canon, chineseNumeral, core } from '../text/fold';
import { memoize } from '../text/memo';
import { valueOf, type RawCell } from '../syntax/rows';

/**
 * One numbered part of a label. Table 三 numbers its rows on three levels:
 * `三、` (chapter) › `（三）` (group) › `1.` (item); a cell may hold several parts
 * (三、本年度办理结果（一）予以公开), or only one, the others being merged cells above it.
 */
export interface LabelPart {
	readonly level: 'chapter' | 'group' | 'item' | 'text';
	readonly number: number | null;
	/** The part's text in core form (no numbering, no punctuation, no spaces). */
	readonly text: string;
}

const CHAPTER = /^([一二三四五六七八九十]{1,2})[、.,]/;
const GROUP = /^\(([一二三四五六七八九十]{1,2})\)/;
const ITEM = /^(\d{1,2})[.、](?!\d)/;
const NEXT_PREFIX = /\(([一二三四五六七八九十]{1,2})\)|(?<!\d)(\d{1,2})[.、](?!\d)/g;

/** The longest label of the format is 38 characters; longer text is prose and never matched. */
export const MAX_LABEL = 64;

/**
 * A label's length without the note some templates print after it in brackets
 * (规章（设区的市、自治州人民政府应提供相关数据）): such a cell is a label, however long its note.
 */
export function labelLength(text: string): number {
	const last = text.charCodeAt(text.length - 1);
	const open = last === 0x29 /* ) */ ? text.lastIndexOf('(') : last === 0xff09 /* ） */ ? text.lastIndexOf('（') : -1;
	return open >= 2 ? open : text.length;
}

/** Whether a text is longer than any label (its note aside): the length alone rules most texts out. */
export function isOverLabel(text: string): boolean {
	return text.length > MAX_LABEL && labelLength(text) > MAX_LABEL;
}

/** A label without a note in brackets at its end (see `labelLength`). */
export function withoutNote(text: string): string {
	return text.slice(0, labelLength(text));
}

/** Splits a label into its numbered parts (memoised; the result must not be modified). */
export const parseLabel: (raw: string) => readonly LabelPart[] = memoize(parseLabelUncached);

function parseLabelUncached(raw: string): LabelPart[] {
	const parts: LabelPart[] = [];
	let s = canon(raw);
	let first = true;
	while (s.length > 0) {
		let level: LabelPart['level'] = 'text';
		let number: number | null = null;
		let m: RegExpExecArray | null;
		if (first && (m = CHAPTER.exec(s))) {
			level = 'chapter';
			number = chineseNumeral(m[1]);
		} else if ((m = GROUP.exec(s))) {
			level = 'group';
			number = chineseNumeral(m[1]);
		} else if ((m = ITEM.exec(s))) {
			level = 'item';
			number = Number(m[1]);
		}
		const rest = m ? s.slice(m[0].length) : s;
		NEXT_PREFIX.lastIndex = 0;
		let cut = rest.length;
		for (let n = NEXT_PREFIX.exec(rest); n; n = NEXT_PREFIX.exec(rest)) {
			if (n.index > 0) {
				cut = n.index;
				break;
			}
		}
		parts.push({ level, number, text: core(rest.slice(0, cut)) });
		s = rest.slice(cut);
		first = false;
		if (!m && cut === rest.length) break;
	}
	return parts;
}

/**
 * How well written label text matches a standard label (both in core form):
 * 3 identical; 2 a prefix cut by wrapping (没有现成信息需要) or the label followed by a note
 * (上一年项目数量(指2019年事项数)); 1 the label inside longer text; 0 no match.
 */
export function similarity(text: string, label: string): number {
	if (text === '' || label === '') return 0;
	if (text === label) return 3;
	if (label.startsWith(text) && text.length >= Math.max(3, Math.ceil(label.length * 0.5))) return 2;
	// A note after the label (上一年项目数量(指2019年事项数)); two-character labels (其他, 总计) only match whole.
	if (text.startsWith(label) && label.length >= 3) return 2;
	if (label.length >= 4 && text.includes(label)) return 1;
	return 0;
}

/** The standard label without its numbering and trailing note, in core form: （二）部分公开（…） → 部分公开. */
export function shortCore(label: string): string {
	const parts = parseLabel(label);
	const last = parts[parts.length - 1];
	const withoutNote = canon(label).replace(/\([^()]*\)$/, '');
	const short = parseLabel(withoutNote);
	return short.length > 0 ? short[short.length - 1].text : (last?.text ?? '');
}

/** A cell that reads as a label: visible text that is not a number, a blank or a placeholder. */
export function isLabelCell(cell: RawCell): boolean {
	return cell.text !== '' && valueOf(cell).kind === 'text' && !isMistypedNumber(cell.text);
}

/**
 * A value cell with a typo (`1O` for 10, `2l`, `1０o`): digits and Latin letters, no CJK, not an item number
 * such as `1.`. It is a value that is not a number (not-a-number reports it), never the row's label: read
 * as a label it would hide the row, which would then be reported missing and inserted a second time.
 */
function isMistypedNumber(text: string): boolean {
	return text.length <= 12 && /[0-9０-９]/.test(text) && /^[0-9０-９A-Za-zＡ-Ｚａ-ｚ.,，．\s]{1,12}$/.test(text) && !/^[0-9０-９]{1,2}[.．、]$/.test(text);
}

/**
 * Splits a grid row into its label cells and the cells after the last label.
 * Empty cells before and between labels are merged-cell gaps.
 */
export function splitLabel(cells: readonly RawCell[]): { labels: RawCell[]; values: RawCell[] } {
	let lastLabel = -1;
	const labels: RawCell[] = [];
	for (let k = 0; k < cells.length; k++) {
		if (isLabelCell(cells[k])) {
			lastLabel = k;
			labels.push(cells[k]);
		} else if (cells[k].text !== '') break;
	}
	return { labels, values: cells.slice(lastLabel + 1) };
}

/**
 * Fits the cells after a row's label to `expected` columns. Leading empty cells beyond the count are
 * merged-cell gaps (003 writes 一、本年新收… ⇥ ⇥ 0 …) and trailing empty cells are padding; what still
 * does not fit is reported as extra or missing, never silently shifted.
 */
export function fitValues(values: readonly RawCell[], expected: number): { cells: RawCell[]; extra: RawCell[]; missing: number } {
	let from = 0;
	let to = values.length;
	while (to - from > expected && values[from].text === '') from++;
	while (to - from > expected && values[to - 1].text === '') to--;
	const fitted = values.slice(from, to);
	if (fitted.length > expected) return { cells: fitted.slice(0, expected), extra: fitted.slice(expected), missing: 0 };
	return { cells: fitted, extra: [], missing: expected - fitted.length };
}
