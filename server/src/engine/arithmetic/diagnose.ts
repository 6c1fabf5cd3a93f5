import { cellName, nameOf } from '../format/names';
import type { Cell, Tables } from '../model';
import type { Finding, Fix, Message, RelatedLocation, TextEdit } from '../rules/rule';
import { formatNumber, setCell } from '../edit/edits';
import { implied, relationsOf, statusOf, sum, valueIn, type Relation, type RelationKind, type Status } from './relations';

/** A finding of the arithmetic analysis, tagged with the rule that reports it. */
export interface ArithmeticFinding extends Finding {
	readonly kind: RelationKind;
}

const PRIORITY: readonly RelationKind[] = ['row-total', 'appeal-total', 'result-total', 'balance'];
const MAX_PROPAGATION = 8;

/**
 * Checks every relation of SPEC §2.5 and explains the failures as a careful reviewer would:
 * 1. A cell whose every relation fails, all asking for the same value, is the wrong cell: one finding at
 *    that cell says which relations it breaks and that correcting it repairs them all.
 * 2. Any other failing total is reported at its total cell, with a fix that sets it to the sum and updates
 *    the totals that depend on it; a fix is offered only if, simulated, it breaks nothing that held.
 * 3. A failure that another finding's fix repairs (a 勾稽关系 broken by a wrong （七）总计) points at
 *    that cause and says so. The 勾稽关系 repair itself is only ever a labelled choice.
 */
export function diagnoseArithmetic(text: string, tables: Tables): ArithmeticFinding[] {
	const { relations, rowOf } = relationsOf(tables);
	const status = new Map<Relation, Status>(relations.map((r) => [r, statusOf(r)]));
	const failing = relations.filter((r) => status.get(r) === 'fails');
	if (failing.length === 0) return [];
	const name = (c: Cell): Message => cellName(rowOf.get(c) ?? '', c.column);
	const cellRelations = new Map<Cell, Relation[]>();
	for (const r of relations) {
		if (status.get(r) === 'unchecked') continue;
		for (const c of [...r.left, ...r.right]) {
			const list = cellRelations.get(c);
			if (list) list.push(r);
			else cellRelations.set(c, [r]);
		}
	}

	const findings: ArithmeticFinding[] = [];
	const explained = new Set<Relation>();

	// 1. Single wrong cells.
	const culprits: { cell: Cell; value: number; relations: Relation[] }[] = [];
	const seen = new Set<Cell>();
	for (const r of failing) {
		for (const c of [...r.left, ...r.right]) {
			if (seen.has(c)) continue;
			seen.add(c);
			const rels = cellRelations.get(c) ?? [];
			if (rels.length < 2 || !rels.every((x) => status.get(x) === 'fails')) continue;
			const values = rels.map((x) => implied(x, c));
			const v = values[0];
			if (v === undefined || v < 0 || !Number.isInteger(v) || !values.every((x) => x !== undefined && Math.abs(x - v) < 1e-9)) continue;
			culprits.push({ cell: c, value: v, relations: rels });
		}
	}
	culprits.sort((a, b) => b.relations.length - a.relations.length);
	for (const culprit of culprits) {
		if (culprit.relations.some((r) => explained.has(r))) continue;
		for (const r of culprit.relations) explained.add(r);
		const kind = PRIORITY.find((k) => culprit.relations.some((r) => r.kind === k)) ?? 'row-total';
		const current = valueIn(culprit.cell) ?? 0;
		const n = name(culprit.cell);
		const broken = culprit.relations.map((r) => describe(r, name));
		findings.push({
			kind,
			span: culprit.cell.span,
			message: {
				zh: `${n.zh} 为 ${formatNumber(current)}，使 ${culprit.relations.length} 处合计不成立：${broken.map((b) => b.zh).join('；')}。将它改为 ${formatNumber(culprit.value)} 可同时修复这 ${culprit.relations.length} 处。`,
				en: `${n.en} is ${formatNumber(current)}, which breaks ${culprit.relations.length} totals: ${broken.map((b) => b.en).join('; ')}. Changing it to ${formatNumber(culprit.value)} repairs all of them.`,
			},
			related: culprit.relations.map((r) => ({ span: r.target === culprit.cell ? r.right[0].span : r.target.span, message: describe(r, name) })),
			fixes: [fixOf([setCell(text, culprit.cell, culprit.value)], { zh: `将${n.zh}改为 ${formatNumber(culprit.value)}`, en: `Change ${n.en} to ${formatNumber(culprit.value)}` }, true)],
		});
	}

	// 2. Totals that are wrong on their own.
	const repairs: { relation: Relation; edits: Map<Cell, number> }[] = [];
	for (const r of failing) {
		if (explained.has(r) || r.kind === 'balance') continue;
		const v = implied(r, r.target);
		const edits = v === undefined || v < 0 ? null : propagate(relations, status, new Map([[r.target, v]]));
		if (edits && statusOf(r, edits) === 'holds') repairs.push({ relation: r, edits });
	}
	const causes: { relation: Relation; edits: Map<Cell, number> }[] = [];
	for (const r of failing) {
		if (explained.has(r) || r.kind === 'balance') continue;
		const own = repairs.find((x) => x.relation === r);
		const cause = own ?? repairs.find((x) => statusOf(r, x.edits) === 'holds');
		if (cause) causes.push({ relation: r, edits: cause.edits });
		const d = describe(r, name);
		const t = name(r.target);
		findings.push({
			kind: r.kind,
			span: r.target.span,
			message: cause && !own ? { zh: `${d.zh}（与${name(cause.relation.target).zh}的合计错误同源）`, en: `${d.en} (same cause as the total of ${name(cause.relation.target).en})` } : d,
			related: r.right.filter((c) => (valueIn(c) ?? 0) !== 0).map((c) => ({ span: c.span, message: { zh: `${name(c).zh} = ${formatNumber(valueIn(c) ?? 0)}`, en: `${name(c).en} = ${formatNumber(valueIn(c) ?? 0)}` } })),
			fixes: cause ? [repairFix(text, cause.edits, name, { zh: `将${t.zh}改为 ${formatNumber(cause.edits.get(r.target) ?? implied(r, r.target) ?? 0)}`, en: `Set ${t.en} to the sum` })] : [],
		});
	}

	// 3. The 勾稽关系 (balance). Its repair, 四 = 一 + 二 − （七）, is only ever offered as a choice.
	const choices = new Map<Relation, Map<Cell, number>>();
	for (const r of failing) {
		if (r.kind !== 'balance' || explained.has(r)) continue;
		const v = implied(r, r.target);
		const edits = v === undefined || v < 0 ? null : propagate(relations, status, new Map([[r.target, v]]));
		if (edits && statusOf(r, edits) === 'holds') choices.set(r, edits);
	}
	for (const r of failing) {
		if (explained.has(r) || r.kind !== 'balance') continue;
		// The total of the same column that, corrected, restores this balance: the cell to point at.
		const repairing = causes.filter((x) => statusOf(r, x.edits) === 'holds');
		const cause = repairing.find((x) => x.relation.where === r.where) ?? repairing[0];
		const d = describe(r, name);
		const fixes: Fix[] = [];
		const choice = [...choices].find(([x]) => x === r) ?? [...choices].find(([, edits]) => statusOf(r, edits) === 'holds');
		if (choice) {
			const [origin, edits] = choice;
			const on = nameOf(origin.where);
			fixes.push(repairFix(text, edits, name, {
				zh: `（可选）将“四、结转下年度继续办理”（${on.zh}列）改为 一 + 二 − （七） = ${formatNumber(edits.get(origin.target) ?? 0)}`,
				en: `(A choice) Set 4. Carried forward (${on.en}) to 1 + 2 − 3(7) = ${formatNumber(edits.get(origin.target) ?? 0)}`,
			}, false));
		}
		const related: RelatedLocation[] = [...r.left, ...r.right].map((c) => ({ span: c.span, message: { zh: `${name(c).zh} = ${formatNumber(valueIn(c) ?? 0)}`, en: `${name(c).en} = ${formatNumber(valueIn(c) ?? 0)}` } }));
		if (cause) {
			const c = name(cause.relation.target);
			findings.push({
				kind: 'balance',
				span: cause.relation.target.span,
				message: { zh: `${d.zh}。原因是${c.zh}与各项之和不符，修正后勾稽关系即成立。`, en: `${d.en}. The cause is ${c.en}, which differs from the sum of its parts; correcting it restores the balance.` },
				related,
				fixes: [repairFix(text, cause.edits, name, { zh: `将${c.zh}改为各项之和`, en: `Set ${c.en} to the sum of its parts` }), ...fixes],
			});
		} else {
			findings.push({ kind: 'balance', span: r.target.span, message: d, related, fixes });
		}
	}
	return findings;
}

/**
 * Applies the edits and, where a relation that held now fails, updates that relation's total too (a row
 * total after a cell of the row changed). Returns null when the change cannot be absorbed: a 勾稽关系 would
 * break, or a total would be set twice.
 */
function propagate(relations: readonly Relation[], status: ReadonlyMap<Relation, Status>, start: Map<Cell, number>): Map<Cell, number> | null {
	const edits = new Map(start);
	for (let round = 0; round < MAX_PROPAGATION; round++) {
		const broken = relations.filter((r) => status.get(r) === 'holds' && statusOf(r, edits) === 'fails');
		if (broken.length === 0) return [...edits.values()].every((v) => v >= 0) ? edits : null;
		for (const b of broken) {
			if (b.kind === 'balance' || edits.has(b.target)) return null;
			const v = implied(b, b.target, edits);
			if (v === undefined) return null;
			edits.set(b.target, v);
		}
	}
	return null;
}

function repairFix(text: string, edits: ReadonlyMap<Cell, number>, name: (c: Cell) => Message, title: Message, safe = true): Fix {
	const list = [...edits].sort((a, b) => a[0].span.start - b[0].span.start);
	const extra = list.length > 1 ? list.map(([c, v]) => ({ zh: `${name(c).zh} → ${formatNumber(v)}`, en: `${name(c).en} → ${formatNumber(v)}` })) : [];
	return fixOf(
		list.map(([c, v]) => setCell(text, c, v)),
		extra.length > 0 ? { zh: `${title.zh}（${extra.map((e) => e.zh).join('，')}）`, en: `${title.en} (${extra.map((e) => e.en).join(', ')})` } : title,
		safe,
	);
}

function fixOf(edits: TextEdit[], title: Message, safe: boolean): Fix {
	return { title, edits, safe };
}

/** The relation in words, with its numbers: the message of a failing total. */
function describe(r: Relation, name: (c: Cell) => Message): Message {
	const v = (c: Cell) => formatNumber(valueIn(c) ?? 0);
	const left = sum(r.left) ?? 0;
	const right = sum(r.right) ?? 0;
	if (r.kind === 'balance') {
		const column = nameOf(r.where);
		return {
			zh: `勾稽关系不成立（${column.zh}列）：一 + 二 = ${v(r.left[0])} + ${v(r.left[1])} = ${formatNumber(left)}，但（七）总计 + 四 = ${v(r.right[0])} + ${v(r.right[1])} = ${formatNumber(right)}`,
			en: `The balance fails (${column.en}): 1 + 2 = ${v(r.left[0])} + ${v(r.left[1])} = ${formatNumber(left)}, but 3(7) total + 4 = ${v(r.right[0])} + ${v(r.right[1])} = ${formatNumber(right)}`,
		};
	}
	const t = name(r.target);
	const terms = r.right.map(v).join(' + ');
	if (r.kind === 'result-total') {
		// Twenty-odd results, mostly 0: name only the ones that count.
		const counted = r.right.filter((c) => (valueIn(c) ?? 0) !== 0);
		const list = (lang: 'zh' | 'en') => counted.map((c) => `${name(c)[lang]} ${v(c)}`).join(lang === 'zh' ? '，' : ', ');
		return {
			zh: `${t.zh} 为 ${formatNumber(left)}，但各项办理结果之和为 ${formatNumber(right)}${counted.length > 0 ? `（${list('zh')}）` : ''}`,
			en: `${t.en} is ${formatNumber(left)}, but the results add up to ${formatNumber(right)}${counted.length > 0 ? ` (${list('en')})` : ''}`,
		};
	}
	return {
		zh: `${t.zh} 为 ${formatNumber(left)}，但各项之和为 ${terms} = ${formatNumber(right)}`,
		en: `${t.en} is ${formatNumber(left)}, but its parts add up to ${terms} = ${formatNumber(right)}`,
	};
}

/**
 * The value to fill a blank cell with: its computed sum when it is a total whose relation that value
 * satisfies without breaking any other, else 0 (a blank already counts as 0, so 0 changes no sum).
 */
export function fillValue(tables: Tables, cell: Cell): number {
	const { relations } = relationsOf(tables);
	const r = relations.find((x) => x.target === cell && x.kind !== 'balance');
	if (!r) return 0;
	const v = implied(r, cell);
	if (v === undefined || v <= 0 || !Number.isInteger(v)) return 0;
	const status = new Map<Relation, Status>(relations.map((x) => [x, statusOf(x)]));
	const edits = propagate(relations, status, new Map([[cell, v]]));
	return edits && edits.size === 1 ? v : 0;
}

/** The arithmetic findings of a document, computed once and shared by the four arithmetic rules. */
export function arithmeticOf(ctx: { text: string; report: { tables: Tables }; shared<T>(key: string, compute: () => T): T }): readonly ArithmeticFinding[] {
	return ctx.shared('arithmetic', () => diagnoseArithmetic(ctx.text, ctx.report.tables));
}
