import type { Analysis } from '../analysis';
import { statusOf, sum, valueOfRef, type RelationKind } from '../arithmetic/relations';
import { formatNumber } from '../edit/edits';
import type { TableKey } from '../format/skeleton';
import { tablesOf } from '../query';
import type { Message } from '../rules/rule';

const ARITHMETIC = new Set(['row-total', 'result-total', 'balance', 'appeal-total']);

/**
 * How far a table was checked: `checked` when every relation of its arithmetic and every row could be checked,
 * `partial` when some could not (blank totals, rows that could not be placed, unreadable blocks), `unchecked`
 * when the table is absent or unreadable. Nothing is shown as correct that was not checked.
 */
export interface TableCheck {
	readonly table: TableKey;
	readonly state: 'checked' | 'partial' | 'unchecked';
	/** Why it was not (fully) checked; null when it was. */
	readonly reason: Message | null;
}

const TABLE_OF_RELATION: Readonly<Record<RelationKind, TableKey>> = { 'row-total': 'requests', 'result-total': 'requests', balance: 'requests', 'appeal-total': 'appeals' };
const TABLE_NAMES: Readonly<Record<TableKey, Message>> = { active: { zh: '表二', en: 'Table 2' }, requests: { zh: '表三', en: 'Table 3' }, appeals: { zh: '表四', en: 'Table 4' } };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What was checked in each of the three tables, in table order. */
export function tableChecks(a: Analysis): TableCheck[] {
	const keys: readonly TableKey[] = ['active', 'requests', 'appeals'];
	return keys.map((key): TableCheck => {
		const t = a.model.tables[key];
		if (!t) return { table: key, state: 'unchecked', reason: { zh: '未找到此表', en: 'the table was not found' } };
		if (t.status === 'unparsed') return { table: key, state: 'unchecked', reason: { zh: '数字无法确定地对应到单元格', en: 'its numbers cannot be assigned to cells with certainty' } };
		const reasons: Message[] = [];
		const unplaced = t.unplaced.length;
		if (unplaced > 0) reasons.push({ zh: `${unplaced} 处行无法确定位置`, en: `${plural(unplaced, 'stretch', 'stretches')} of rows could not be placed` });
		if (t.key === 'active') {
			const unread = t.blocks.filter((b) => b.status === 'unparsed').length;
			if (unread > 0) reasons.push({ zh: `${unread} 个栏目无法识别`, en: `${plural(unread, 'block', 'blocks')} could not be read` });
		} else {
			const relations = a.relations.relations.filter((r) => TABLE_OF_RELATION[r.kind] === key);
			// A blank cell counts as 0 in the sums, so a relation over one holds or fails by that assumption: not checked.
			const open = relations.filter((r) => r.status === 'unchecked' || [...r.left, ...r.right].some((c) => c.cell.kind === 'blank')).length;
			if (relations.length === 0) return { table: key, state: 'unchecked', reason: { zh: '缺少合计所需的行或单元格', en: 'the rows or cells its totals need are missing' } };
			if (open === relations.length) return { table: key, state: 'unchecked', reason: { zh: '尚未填写', en: 'not filled in yet' } };
			if (open > 0) reasons.push({ zh: `${open} 处合计因空白单元格无法检查`, en: `${plural(open, 'total', 'totals')} cannot be checked because of blank cells` });
		}
		if (reasons.length === 0) return { table: key, state: 'checked', reason: null };
		return { table: key, state: 'partial', reason: { zh: reasons.map((r) => r.zh).join('；'), en: reasons.map((r) => r.en).join('; ') } };
	});
}

/** The check summary shown above a table. */
export interface TableSummary {
	readonly table: TableKey;
	/** Where the table starts. */
	readonly offset: number;
	readonly title: Message;
}

/**
 * Above each table: how many of its totals or cells are wrong, and what was not checked. A ✓ only for a
 * table checked in full with nothing wrong.
 */
export function tableSummaries(a: Analysis): TableSummary[] {
	const checks = tableChecks(a);
	const out: TableSummary[] = [];
	for (const t of tablesOf(a.model.tables)) {
		const check = checks.find((c) => c.table === t.key);
		const inTable = a.diagnostics.filter((d) => d.span.start >= t.span.start && d.span.start <= t.span.end);
		const name = TABLE_NAMES[t.key];
		// Table 二 has no arithmetic: its errors are its cells'; tables 三 and 四 count their failing totals.
		const wrong = t.key === 'active' ? inTable.filter((d) => d.severity === 'error').length : inTable.filter((d) => ARITHMETIC.has(d.code)).length;
		const found: Message | null = wrong === 0 ? null : t.key === 'active'
			? { zh: `${wrong} 个错误`, en: plural(wrong, 'error', 'errors') }
			: { zh: `${wrong} 处合计错误`, en: plural(wrong, 'total error', 'total errors') };
		let title: Message;
		if (!check || check.state === 'checked') {
			const ok: Message = t.key === 'active' ? { zh: '表二：✓', en: 'Table 2: ✓' } : t.key === 'requests' ? { zh: '表三 勾稽关系 ✓', en: 'Table 3 balance ✓' } : { zh: '表四 合计 ✓', en: 'Table 4 totals ✓' };
			title = found ? { zh: `${name.zh}：${found.zh}`, en: `${name.en}: ${found.en}` } : ok;
		} else {
			const reason = check.reason ?? { zh: '', en: '' };
			const head: Message = check.state === 'unchecked' ? { zh: '未检查', en: 'not checked' } : { zh: '部分未检查', en: 'partly not checked' };
			title = found
				? { zh: `${name.zh}：${found.zh}；${head.zh}（${reason.zh}）`, en: `${name.en}: ${found.en}; ${head.en} (${reason.en})` }
				: { zh: `${name.zh}：${head.zh}（${reason.zh}）`, en: `${name.en}: ${head.en} (${reason.en})` };
		}
		out.push({ table: t.key, offset: t.span.start, title });
	}
	return out;
}

/** A value shown beside the text: the computed total beside a total that differs from it. */
export interface ValueHint {
	/** Just after the written total. */
	readonly offset: number;
	readonly label: string;
	readonly tooltip: Message;
}

/** Beside each total cell whose written value differs from the computed one: the computed value. */
export function totalHints(a: Analysis): ValueHint[] {
	const out: ValueHint[] = [];
	const seen = new Set<object>();
	for (const r of a.relations.relations) {
		if (r.kind === 'balance' || statusOf(r) !== 'fails' || seen.has(r.target.cell)) continue;
		seen.add(r.target.cell);
		const computed = sum(r.right);
		if (computed === undefined) continue;
		const written = formatNumber(valueOfRef(r.target) ?? 0);
		out.push({
			offset: r.target.cell.span.end,
			label: ` ≠ ${formatNumber(computed)}`,
			tooltip: { zh: `各项之和为 ${formatNumber(computed)}，填写 ${written}`, en: `The parts add up to ${formatNumber(computed)}; ${written} is written` },
		});
	}
	return out;
}
