import { cellName, nameOf } from '../format/names';
import type { Cell, Tables } from '../model';
import type { Finding, Fix, Message, RelatedLocation, TextEdit } from '../vocabulary';
import { formatNumber, setCell } from '../edit/edits';
import { implied, relationsOf, statusOf, sum, valueOfRef, type CellRef, type Edits, type Relation, type RelationKind, type Relations } from './relations';

/** A finding of the arithmetic analysis, tagged with the rule that reports it. */
export interface ArithmeticFinding extends Finding {
	readonly kind: RelationKind;
}

const PRIORITY: readonly RelationKind[] = ['row-total', 'appeal-total', 'result-total', 'balance'];
const MAX_PROPAGATION = 8;

const name = (c: CellRef): Message => cellName(c.row, c.cell.column);
const shown = (c: CellRef, edits?: Edits): string => formatNumber(valueOfRef(c, edits) ?? 0);

/**
 * Checks every relation of SPEC §2.5 and explains the failures as a careful reviewer would:
 * 1. A cell whose every relation fails, all asking for the same value, is the wrong cell: one finding at
 *    that cell says which relations it breaks and that correcting it repairs them all.
 * 2. Any other failing total is reported at its total cell, with a fix that sets it to the sum and updates
 *    the totals that depend on it; a fix is offered only if, simulated, it breaks nothing that held.
 * 3. A failure that another finding's fix repairs (a 勾稽关系 broken by a wrong （七）总计) points at
 *    that cause and says so. The 勾稽关系 repair itself is only ever a labelled choice.
 */
export function diagnoseArithmetic(text: string, model: Relations): ArithmeticFinding[] {
	const { relations } = model;
	const failing = relations.filter((r) => r.status === 'fails');
	if (failing.length === 0) return [];
	const byCell = relationsByCell(relations);

	const findings: ArithmeticFinding[] = [];
	const explained = new Set<Relation>();

	// 1. Single wrong cells.
	const culprits: { ref: CellRef; value: number; relations: Relation[] }[] = [];
	const seen = new Set<number>();
	for (const r of failing) {
		for (const c of [...r.left, ...r.right]) {
			if (seen.has(c.id)) continue;
			seen.add(c.id);
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
		const n = name(culprit.ref);
		const broken = culprit.relations.map(describe);
		const count = culprit.relations.length;
		findings.push({
			kind,
			span: culprit.ref.cell.span,
			message: {
				zh: `${n.zh} 为 ${shown(culprit.ref)}，使 ${count} 处合计不成立：${broken.map((b) => b.zh).join('；')}。将它改为 ${formatNumber(culprit.value)} 可同时修复这 ${count} 处。`,
				en: `${n.en} is ${shown(culprit.ref)}, which breaks ${count} totals: ${broken.map((b) => b.en).join('; ')}. Changing it to ${formatNumber(culprit.value)} repairs all of them.`,
			},
			related: culprit.relations.map((r) => ({ span: (r.target === culprit.ref ? r.right[0] : r.target).cell.span, message: describe(r) })),
			fixes: [fixOf([setCell(text, culprit.ref.cell, culprit.value)], { zh: `将${n.zh}改为 ${formatNumber(culprit.value)}`, en: `Change ${n.en} to ${formatNumber(culprit.value)}` }, true)],
		});
	}

	// 2. Totals that are wrong on their own, each with a repair when one can be absorbed.
	const repairs: { relation: Relation; edits: Map<number, number> }[] = [];
	for (const r of failing) {
		if (explained.has(r) || r.kind === 'balance') continue;
		const v = implied(r, r.target);
		const edits = v === undefined || v < 0 ? null : propagate(byCell, new Map([[r.target.id, v]]));
		if (edits && statusOf(r, edits) === 'holds') repairs.push({ relation: r, edits });
	}
	const causes: { relation: Relation; edits: Map<number, number> }[] = [];
	for (const r of failing) {
		if (explained.has(r) || r.kind === 'balance') continue;
		const own = repairs.find((x) => x.relation === r);
		const cause = own ?? repairs.find((x) => statusOf(r, x.edits) === 'holds');
		if (cause) causes.push({ relation: r, edits: cause.edits });
		const d = describe(r);
		const t = name(r.target);
		const c = cause ? name(cause.relation.target) : t;
		findings.push({
			kind: r.kind,
			span: r.target.cell.span,
			message: cause && !own ? { zh: `${d.zh}（与${c.zh}的合计错误同源）`, en: `${d.en} (same cause as the total of ${c.en})` } : d,
			related: r.right.filter((x) => (valueOfRef(x) ?? 0) !== 0).map((x) => ({ span: x.cell.span, message: { zh: `${name(x).zh} = ${shown(x)}`, en: `${name(x).en} = ${shown(x)}` } })),
			fixes: cause ? [repairFix(text, model, cause.edits, { zh: `将${t.zh}改为 ${formatNumber(cause.edits.get(r.target.id) ?? implied(r, r.target) ?? 0)}`, en: `Set ${t.en} to the sum` })] : [],
		});
	}

	// 3. The 勾稽关系 (balance). Its repair, 四 = 一 + 二 − （七）, is only ever offered as a choice.
	const choices: { relation: Relation; edits: Map<number, number> }[] = [];
	for (const r of failing) {
		if (r.kind !== 'balance' || explained.has(r)) continue;
		const v = implied(r, r.target);
		const edits = v === undefined || v < 0 ? null : propagate(byCell, new Map([[r.target.id, v]]));
		if (edits && statusOf(r, edits) === 'holds') choices.push({ relation: r, edits });
	}
	for (const r of failing) {
		if (explained.has(r) || r.kind !== 'balance') continue;
		// The total of the same column that, corrected, restores this balance: the cell to point at.
		const repairing = causes.filter((x) => statusOf(r, x.edits) === 'holds');
		const cause = repairing.find((x) => x.relation.where === r.where) ?? repairing[0];
		const d = describe(r);
		const fixes: Fix[] = [];
		const choice = choices.find((x) => x.relation === r) ?? choices.find((x) => statusOf(r, x.edits) === 'holds');
		if (choice) {
			const on = nameOf(choice.relation.where);
			const v = formatNumber(choice.edits.get(choice.relation.target.id) ?? 0);
			fixes.push(repairFix(text, model, choice.edits, {
				zh: `（可选）将“四、结转下年度继续办理”（${on.zh}列）改为 一 + 二 − （七） = ${v}`,
				en: `(A choice) Set 4. Carried forward (${on.en}) to 1 + 2 − 3(7) = ${v}`,
			}, false));
		}
		const related: RelatedLocation[] = [...r.left, ...r.right].map((x) => ({ span: x.cell.span, message: { zh: `${name(x).zh} = ${shown(x)}`, en: `${name(x).en} = ${shown(x)}` } }));
		if (cause) {
			const c = name(cause.relation.target);
			findings.push({
				kind: 'balance',
				span: cause.relation.target.cell.span,
				message: { zh: `${d.zh}。原因是${c.zh}与各项之和不符，修正后勾稽关系即成立。`, en: `${d.en}. The cause is ${c.en}, which differs from the sum of its parts; correcting it restores the balance.` },
				related,
				fixes: [repairFix(text, model, cause.edits, { zh: `将${c.zh}改为各项之和`, en: `Set ${c.en} to the sum of its parts` }), ...fixes],
			});
		} else {
			findings.push({ kind: 'balance', span: r.target.cell.span, message: d, related, fixes });
		}
	}
	return findings;
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

/** Edits rendered once per repair (several findings share one repair), keyed by the repair's map. */
const renderedEdits = new WeakMap<ReadonlyMap<number, number>, { edits: TextEdit[]; parts: Message[] }>();

function repairFix(text: string, model: Relations, edits: ReadonlyMap<number, number>, title: Message, safe = true): Fix {
	let rendered = renderedEdits.get(edits);
	if (!rendered) {
		const list = [...edits].map(([id, v]) => [model.cells[id], v] as const).sort((a, b) => a[0].cell.span.start - b[0].cell.span.start);
		rendered = {
			edits: list.map(([c, v]) => setCell(text, c.cell, v)),
			parts: list.length > 1 ? list.map(([c, v]) => ({ zh: `${name(c).zh} → ${formatNumber(v)}`, en: `${name(c).en} → ${formatNumber(v)}` })) : [],
		};
		renderedEdits.set(edits, rendered);
	}
	const { parts } = rendered;
	return fixOf(
		rendered.edits,
		parts.length > 0 ? { zh: `${title.zh}（${parts.map((e) => e.zh).join('，')}）`, en: `${title.en} (${parts.map((e) => e.en).join(', ')})` } : title,
		safe,
	);
}

function fixOf(edits: TextEdit[], title: Message, safe: boolean): Fix {
	return { title, edits, safe };
}

/** The relation in words, with its numbers: the message of a failing total. */
function describe(r: Relation): Message {
	const left = formatNumber(sum(r.left) ?? 0);
	const right = formatNumber(sum(r.right) ?? 0);
	if (r.kind === 'balance') {
		const column = nameOf(r.where);
		const [n, c] = r.left.map((x) => shown(x));
		const [t, f] = r.right.map((x) => shown(x));
		return {
			zh: `勾稽关系不成立（${column.zh}列）：一 + 二 = ${n} + ${c} = ${left}，但（七）总计 + 四 = ${t} + ${f} = ${right}`,
			en: `The balance fails (${column.en}): 1 + 2 = ${n} + ${c} = ${left}, but 3(7) total + 4 = ${t} + ${f} = ${right}`,
		};
	}
	const t = name(r.target);
	if (r.kind === 'result-total') {
		// Twenty-odd results, mostly 0: name only the ones that count.
		const counted = r.right.filter((c) => (valueOfRef(c) ?? 0) !== 0);
		const list = (lang: 'zh' | 'en') => counted.map((c) => `${name(c)[lang]} ${shown(c)}`).join(lang === 'zh' ? '，' : ', ');
		return {
			zh: `${t.zh} 为 ${left}，但各项办理结果之和为 ${right}${counted.length > 0 ? `（${list('zh')}）` : ''}`,
			en: `${t.en} is ${left}, but the results add up to ${right}${counted.length > 0 ? ` (${list('en')})` : ''}`,
		};
	}
	const terms = r.right.map((x) => shown(x)).join(' + ');
	return {
		zh: `${t.zh} 为 ${left}，但各项之和为 ${terms} = ${right}`,
		en: `${t.en} is ${left}, but its parts add up to ${terms} = ${right}`,
	};
}

/**
 * The value to fill a blank cell with: its computed sum when it is a total whose relation that value
 * satisfies without breaking any other, else 0 (a blank already counts as 0, so 0 changes no sum).
 */
export function fillValue(model: Relations, cell: Cell): number {
	const r = model.relations.find((x) => x.target.cell === cell && x.kind !== 'balance');
	if (!r) return 0;
	const v = implied(r, r.target);
	if (v === undefined || v <= 0 || !Number.isInteger(v)) return 0;
	const edits = propagate(relationsByCell(model.relations), new Map([[r.target.id, v]]));
	return edits && edits.size === 1 ? v : 0;
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
	readonly text: string;
	readonly report: { readonly tables: Tables };
	shared<T>(key: string, compute: () => T): T;
}

/** The relations of a document, built once and shared by the rules that need them. */
export function arithmeticModel(ctx: SharedContext): Relations {
	return ctx.shared('relations', () => relationsOf(ctx.report.tables));
}

/** The arithmetic findings of a document, computed once and shared by the four arithmetic rules. */
export function arithmeticOf(ctx: SharedContext): readonly ArithmeticFinding[] {
	return ctx.shared('arithmetic', () => diagnoseArithmetic(ctx.text, arithmeticModel(ctx)));
}
