import type { Analysis } from '../analysis';
import { statusOf, sum, valueOfRef } from '../arithmetic/relations';
import { formatNumber } from '../edit/edits';
import { nameOf } from '../format/names';
import type { TableKey } from '../format/skeleton';
import { tablesOf } from '../query';
import type { Message } from '../rules/rule';

const ARITHMETIC = new Set(['row-total', 'result-total', 'balance', 'appeal-total']);

/** The check summary shown above a table. */
export interface TableSummary {
	readonly table: TableKey;
	/** Where the table starts. */
	readonly offset: number;
	readonly title: Message;
}

/** Above each table: whether it was read, and how many of its totals or cells are wrong. */
export function tableSummaries(a: Analysis): TableSummary[] {
	const out: TableSummary[] = [];
	for (const t of tablesOf(a.model.tables)) {
		const inTable = a.diagnostics.filter((d) => d.span.start >= t.span.start && d.span.start <= t.span.end);
		const sums = inTable.filter((d) => ARITHMETIC.has(d.code)).length;
		const errors = inTable.filter((d) => d.severity === 'error').length;
		const name = t.key === 'requests' ? { zh: '表三', en: 'Table 3' } : { zh: '表四', en: 'Table 4' };
		let title: Message;
		if (t.status === 'unparsed') title = { zh: `${nameOf(t.key).zh.slice(0, 2)}：无法识别，未检查`, en: `${nameOf(t.key).en}: unreadable, not checked` };
		else if (t.key === 'active') title = { zh: `表二：${errors === 0 ? '✓' : `${errors} 个错误`}`, en: `Table 2: ${errors === 0 ? '✓' : `${errors} errors`}` };
		else if (sums === 0) title = t.key === 'requests' ? { zh: '表三 勾稽关系 ✓', en: 'Table 3 balance ✓' } : { zh: '表四 合计 ✓', en: 'Table 4 totals ✓' };
		else title = { zh: `${name.zh}：${sums} 处合计错误`, en: `${name.en}: ${sums} total errors` };
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
