import type { Cell, Tables } from '../model';
import { implied, relationsOf, statusOf, type CellRef, type Relation, type RelationKind, type Relations } from './relations';

/**
 * The arithmetic's findings as facts, without words: which cell is wrong and what it should be, which
 * relation fails and with what sums, and the repair as cell → value. Each arithmetic rule file renders
 * the facts of its kind in its own words (rules/row-total.ts, result-total.ts, appeal-total.ts, balance.ts).
 */

/** A repair: the values to write, by cell. */
export interface Repair {
	readonly edits: ReadonlyMap<CellRef, number>;
	/**
	 * True when every cell it writes is blank: it fills in what the relations determine and overwrites
	 * nothing the user typed. Only such a repair may be applied without asking (a `safe` fix).
	 */
	readonly fillsBlanksOnly: boolean;
}

/** One cell whose every relation fails, all asking for the same value: correcting it repairs them all. */
export interface WrongCell {
	readonly type: 'wrong-cell';
	/** The rule that reports it: the most local kind among its relations. */
	readonly kind: RelationKind;
	readonly cell: CellRef;
	/** The value every relation of the cell asks for. */
	readonly expected: number;
	readonly relations: readonly Relation[];
	readonly repair: Repair;
}

/** A total that differs from the sum of its parts (a row total, （七）总计, a group total of table 四). */
export interface WrongTotal {
	readonly type: 'wrong-total';
	readonly kind: Exclude<RelationKind, 'balance'>;
	readonly relation: Relation;
	/** The repair that restores it: its own (set the total to the sum), or the one of `cause`. */
	readonly repair: Repair | null;
	/** Another failing relation whose repair restores this one too (the same wrong cell breaks both). */
	readonly cause: Relation | null;
}

/** A 勾稽关系 that fails. */
export interface BrokenBalance {
	readonly type: 'balance';
	readonly kind: 'balance';
	readonly relation: Relation;
	/** A failing total of the table whose repair restores this balance: the cell to point at. */
	readonly cause: { readonly relation: Relation; readonly repair: Repair } | null;
	/** Setting 四、结转下年度继续办理 to 一 + 二 − （七）: only ever offered as a choice. */
	readonly choice: { readonly relation: Relation; readonly repair: Repair } | null;
}

export type ArithmeticFact = WrongCell | WrongTotal | BrokenBalance;

const PRIORITY: readonly RelationKind[] = ['row-total', 'appeal-total', 'result-total', 'balance'];
const MAX_PROPAGATION = 8;

/**
 * Checks every relation and explains the failures as a careful reviewer would:
 * 1. A cell whose every relation fails, all asking for the same value, is the wrong cell: one fact at
 *    that cell, whose correction repairs all of them.
 * 2. Any other failing total is reported at its total cell, with a repair that sets it to the sum and
 *    updates the totals that depend on it; a repair is offered only if, simulated, it breaks nothing that held.
 * 3. A failing 勾稽关系 that another repair restores points at that cause. Its own repair is only a choice.
 * A derived blank total is never the wrong cell: the blank-cell rule fills it in.
 */
export function diagnoseArithmetic(model: Relations): ArithmeticFact[] {
	const { relations } = model;
	const failing = relations.filter((r) => r.status === 'fails');
	if (failing.length === 0) return [];
	const byCell = relationsByCell(relations);

	const facts: ArithmeticFact[] = [];
	const explained = new Set<Relation>();

	// 1. Single wrong cells.
	const culprits: { ref: CellRef; value: number; relations: Relation[] }[] = [];
	const seen = new Set<number>();
	for (const r of failing) {
		for (const c of [...r.left, ...r.right]) {
			if (seen.has(c.id)) continue;
			seen.add(c.id);
			if (c.derived) continue;
			const rels = byCell[c.id] ?? [];
			if (rels.length < 2 || !rels.every((x) => x.status === 'fails')) continue;
			const v = implied(rels[0], c);
			if (v === undefined || v < 0 || !Number.isInteger(v) || !rels.every((x) => implied(x, c) === v)) continue;
			culprits.push({ ref: c, value: v, relations: rels });
		}
	}
	culprits.sort((a, b) => b.relations.length - a.relations.length);
	for (const culprit of culprits) {
		if (culprit.relations.some((r) => explained.has(r))) continue;
		for (const r of culprit.relations) explained.add(r);
		const kind = PRIORITY.find((k) => culprit.relations.some((r) => r.kind === k)) ?? 'row-total';
		facts.push({ type: 'wrong-cell', kind, cell: culprit.ref, expected: culprit.value, relations: culprit.relations, repair: repairOf(model, new Map([[culprit.ref.id, culprit.value]])) });
	}

	// 2. Totals that are wrong on their own, each with a repair when one can be absorbed.
	const repairs: { relation: Relation; edits: Map<number, number> }[] = [];
	for (const r of failing) {
		if (explained.has(r) || r.kind === 'balance') continue;
		const edits = repairFrom(byCell, r);
		if (edits) repairs.push({ relation: r, edits });
	}
	const causes: { relation: Relation; edits: Map<number, number> }[] = [];
	for (const r of failing) {
		if (explained.has(r) || r.kind === 'balance') continue;
		const own = repairs.find((x) => x.relation === r);
		const cause = own ?? repairs.find((x) => statusOf(r, x.edits) === 'holds');
		if (cause) causes.push({ relation: r, edits: cause.edits });
		facts.push({ type: 'wrong-total', kind: r.kind, relation: r, repair: cause ? repairOf(model, cause.edits) : null, cause: cause && !own ? cause.relation : null });
	}

	// 3. The 勾稽关系 (balance).
	const choices: { relation: Relation; edits: Map<number, number> }[] = [];
	for (const r of failing) {
		if (r.kind !== 'balance' || explained.has(r)) continue;
		const edits = repairFrom(byCell, r);
		if (edits) choices.push({ relation: r, edits });
	}
	for (const r of failing) {
		if (explained.has(r) || r.kind !== 'balance') continue;
		// The total of the same column that, corrected, restores this balance: the cell to point at.
		const repairing = causes.filter((x) => statusOf(r, x.edits) === 'holds');
		const cause = repairing.find((x) => x.relation.where === r.where) ?? repairing[0];
		const choice = choices.find((x) => x.relation === r) ?? choices.find((x) => statusOf(r, x.edits) === 'holds');
		facts.push({
			type: 'balance', kind: 'balance', relation: r,
			cause: cause ? { relation: cause.relation, repair: repairOf(model, cause.edits) } : null,
			choice: choice ? { relation: choice.relation, repair: repairOf(model, choice.edits) } : null,
		});
	}
	return facts;
}

/** Sets `r`'s target to the value `r` asks for and propagates; null when that cannot be absorbed. */
function repairFrom(byCell: readonly (Relation[] | undefined)[], r: Relation): Map<number, number> | null {
	const v = implied(r, r.target);
	const edits = v === undefined || v < 0 ? null : propagate(byCell, new Map([[r.target.id, v]]));
	return edits && statusOf(r, edits) === 'holds' ? edits : null;
}

/** Repairs are shared by several facts: one object per edit map, so rules render each once. */
const repairs = new WeakMap<ReadonlyMap<number, number>, Repair>();

function repairOf(model: Relations, edits: ReadonlyMap<number, number>): Repair {
	let repair = repairs.get(edits);
	if (!repair) {
		const byCell = new Map([...edits].map(([id, v]) => [model.cells[id], v] as const).sort((a, b) => a[0].cell.span.start - b[0].cell.span.start));
		repair = { edits: byCell, fillsBlanksOnly: [...byCell.keys()].every((c) => c.cell.kind === 'blank') };
		repairs.set(edits, repair);
	}
	return repair;
}

/**
 * Applies the edits and, where a relation that held now fails, updates that relation's total too (a row
 * total after a cell of the row changed). Returns null when the change cannot be absorbed: a 勾稽关系 would
 * break, or a total would be set twice.
 */
function propagate(byCell: readonly (Relation[] | undefined)[], start: Map<number, number>): Map<number, number> | null {
	const edits = new Map(start);
	for (let round = 0; round < MAX_PROPAGATION; round++) {
		// Only relations with an edited cell can change.
		const touched = new Set<Relation>();
		for (const id of edits.keys()) for (const r of byCell[id] ?? []) touched.add(r);
		const broken = [...touched].filter((r) => r.status === 'holds' && statusOf(r, edits) === 'fails');
		if (broken.length === 0) return [...edits.values()].every((v) => v >= 0) ? edits : null;
		for (const b of broken) {
			if (b.kind === 'balance' || edits.has(b.target.id)) return null;
			const v = implied(b, b.target, edits);
			if (v === undefined) return null;
			edits.set(b.target.id, v);
		}
	}
	return null;
}

/** What the relations say about a blank total. */
export interface BlankTotal {
	/** The value its parts determine, or null when they do not (another cell it depends on is unknown). */
	readonly value: number | null;
	/** True when, with that value, every relation the cell takes part in holds. */
	readonly consistent: boolean;
}

/**
 * For a blank total (a cell some relation sums into): what the relations determine; undefined for any other
 * cell. Returns the question for one cell; the relations are indexed once, as every blank cell asks it.
 */
export function blankTotals(model: Relations): (cell: Cell) => BlankTotal | undefined {
	const refs = new Map<Cell, CellRef>();
	// The first ref of a cell, as a search from the start would find it.
	for (const c of model.cells) if (!refs.has(c.cell)) refs.set(c.cell, c);
	const targets = new Set(model.relations.map((r) => r.target));
	return (cell) => {
		if (cell.kind !== 'blank') return undefined;
		const ref = refs.get(cell);
		if (!ref || !targets.has(ref)) return undefined;
		if (!ref.derived || ref.value === undefined) return { value: null, consistent: false };
		const own = model.relations.filter((r) => r.left.includes(ref) || r.right.includes(ref));
		return { value: ref.value, consistent: own.every((r) => r.status !== 'fails') };
	};
}

/** The checked relations each cell takes part in, indexed by cell id. */
function relationsByCell(relations: readonly Relation[]): Relation[][] {
	const byCell: Relation[][] = [];
	for (const r of relations) {
		if (r.status === 'unchecked') continue;
		for (const c of r.left) (byCell[c.id] ??= []).push(r);
		for (const c of r.right) (byCell[c.id] ??= []).push(r);
	}
	return byCell;
}

interface SharedContext {
	readonly report: { readonly tables: Tables };
	shared<T>(key: string, compute: () => T): T;
}

/** The relations of a document, built once and shared by the rules and features that need them. */
export function arithmeticModel(ctx: SharedContext): Relations {
	return ctx.shared('relations', () => relationsOf(ctx.report.tables));
}

/** The arithmetic facts of a document, computed once and shared by the four arithmetic rules. */
export function arithmeticOf(ctx: SharedContext): readonly ArithmeticFact[] {
	return ctx.shared('arithmetic', () => diagnoseArithmetic(arithmeticModel(ctx)));
}
