import { formatNumber, setCell } from '../edit/edits';
import { cellName } from '../format/names';
import type { Finding, Fix, Message, RelatedLocation, TextEdit } from '../vocabulary';
import type { ArithmeticFact, Repair, WrongCell, WrongTotal } from './diagnose';
import { implied, sum, valueOfRef, type CellRef, type Relation, type RelationKind } from './relations';

/**
 * Helpers the arithmetic rules render their facts with. The words of each relation live in its rule file
 * (rules/row-total.ts …), which registers them here with `relationWords`, so a finding that involves
 * relations of several kinds (one wrong cell breaking a row total and a 勾稽关系) describes each in its
 * own rule's words. Only the words for such a cross-kind finding live here.
 */

/** A relation in words, with its numbers: what a failing relation's message says. */
export type Describe = (r: Relation) => Message;

const describers = new Map<RelationKind, Describe>();

/** Registers the words of a relation kind (called once, by the kind's rule file). */
export function relationWords(kind: RelationKind, describe: Describe): Describe {
	describers.set(kind, describe);
	return describe;
}

/** A relation in its rule's words. */
export function describeRelation(r: Relation): Message {
	const describe = describers.get(r.kind);
	if (describe) return describe(r);
	// Unreachable once the registry has loaded the four arithmetic rules; still a sentence with the numbers.
	const l = formatNumber(sum(r.left) ?? 0);
	const rr = formatNumber(sum(r.right) ?? 0);
	return { zh: `${r.kind}：${l} ≠ ${rr}`, en: `${r.kind}: ${l} ≠ ${rr}` };
}

/** A cell's name: its row and column. */
export const cellLabel = (c: CellRef): Message => cellName(c.row, c.cell.column);

/** A cell's value in a message: the number written, 空 for a blank (with what the relations determine). */
export function shown(c: CellRef): Message {
	if (c.cell.kind !== 'blank') {
		const v = formatNumber(valueOfRef(c) ?? 0);
		return { zh: v, en: v };
	}
	if (c.derived && c.value !== undefined) return { zh: `空（应为 ${formatNumber(c.value)}）`, en: `blank (${formatNumber(c.value)} by its parts)` };
	return { zh: '空', en: 'blank' };
}

/** A sum of cells in a message: `3 + 空 + 1`. */
export function shownTerms(cells: readonly CellRef[], lang: keyof Message): string {
	return cells.map((c) => shown(c)[lang]).join(' + ');
}

/** The side of a relation as a number, blanks counted as the arithmetic counts them. */
export function shownSum(cells: readonly CellRef[]): string {
	return formatNumber(sum(cells) ?? 0);
}

/** `name = value` for each cell: the related locations of a finding. */
export function cellValues(cells: readonly CellRef[]): RelatedLocation[] {
	return cells.map((c) => {
		const n = cellLabel(c);
		const v = shown(c);
		return { span: c.cell.span, message: { zh: `${n.zh} = ${v.zh}`, en: `${n.en} = ${v.en}` } };
	});
}

/** The cells that count in a sum (non-zero or blank): twenty-odd results are mostly 0. */
export function counted(cells: readonly CellRef[]): CellRef[] {
	return cells.filter((c) => c.cell.kind === 'blank' || (valueOfRef(c) ?? 0) !== 0);
}

const rendered = new WeakMap<Repair, { edits: TextEdit[]; parts: Message[] }>();

/**
 * A repair as a fix: its edits (rendered once per repair), its title listing every cell it writes when
 * it writes several. `safe` only when it fills blanks and changes no number the user typed.
 */
export function repairFix(text: string, repair: Repair, title: Message, choiceOnly = false): Fix {
	let r = rendered.get(repair);
	if (!r) {
		const list = [...repair.edits];
		r = {
			edits: list.map(([c, v]) => setCell(text, c.cell, v)),
			parts: list.length > 1 ? list.map(([c, v]) => ({ zh: `${cellLabel(c).zh} → ${formatNumber(v)}`, en: `${cellLabel(c).en} → ${formatNumber(v)}` })) : [],
		};
		rendered.set(repair, r);
	}
	const { parts } = r;
	return {
		title: parts.length > 0 ? { zh: `${title.zh}（${parts.map((e) => e.zh).join('，')}）`, en: `${title.en} (${parts.map((e) => e.en).join(', ')})` } : title,
		edits: r.edits,
		safe: repair.fillsBlanksOnly && !choiceOnly,
	};
}

/**
 * A cell whose every relation fails, all asking for the same value: one finding at that cell naming each
 * relation it breaks (in that relation's rule's words). Correcting it changes a number the user typed, so
 * the fix is a choice, never applied unasked.
 */
export function wrongCellFinding(text: string, f: WrongCell): Finding {
	const n = cellLabel(f.cell);
	const broken = f.relations.map(describeRelation);
	const count = f.relations.length;
	const v = formatNumber(f.expected);
	const now = shown(f.cell);
	return {
		span: f.cell.cell.span,
		message: {
			zh: `${n.zh} 为 ${now.zh}，使 ${count} 处合计不成立：${broken.map((b) => b.zh).join('；')}。将它改为 ${v} 可同时修复这 ${count} 处。`,
			en: `${n.en} is ${now.en}, which breaks ${count} totals: ${broken.map((b) => b.en).join('; ')}. Changing it to ${v} repairs all of them.`,
		},
		related: f.relations.map((r) => ({ span: (r.target === f.cell ? r.right[0] : r.target).cell.span, message: describeRelation(r) })),
		fixes: [repairFix(text, f.repair, { zh: `将${n.zh}改为 ${v}`, en: `Change ${n.en} to ${v}` })],
	};
}

/** The words a total rule gives its findings. */
export interface TotalWords {
	readonly describe: Describe;
	/** The message when another total's error is the cause: `describe` plus where to look. */
	readonly sameCause: (described: Message, cause: Message) => Message;
	/** The title of the fix that sets the total. */
	readonly setTotal: (total: Message, value: string) => Message;
}

/** A wrong total rendered with its rule's words: at the total, its counted parts related, the repair as a fix. */
export function wrongTotalFinding(text: string, f: WrongTotal, words: TotalWords): Finding {
	const r = f.relation;
	const d = words.describe(r);
	const value = f.repair?.edits.get(r.target) ?? implied(r, r.target);
	return {
		span: r.target.cell.span,
		message: f.cause ? words.sameCause(d, cellLabel(f.cause.target)) : d,
		related: cellValues(counted(r.right)),
		fixes: f.repair ? [repairFix(text, f.repair, words.setTotal(cellLabel(r.target), formatNumber(value ?? 0)))] : [],
	};
}

/** The findings of one total rule: its wrong cells and its wrong totals, in its words. */
export function totalFindings(text: string, facts: readonly ArithmeticFact[], kind: WrongTotal['kind'], words: TotalWords): Finding[] {
	const out: Finding[] = [];
	for (const f of facts) {
		if (f.kind !== kind) continue;
		if (f.type === 'wrong-cell') out.push(wrongCellFinding(text, f));
		else if (f.type === 'wrong-total') out.push(wrongTotalFinding(text, f, words));
	}
	return out;
}
