import { nameOf } from '../format/names';
import type { Table } from '../model';
import { documentStyle } from '../edit/edits';
import { versionOf } from '../query';
import { rewriteTable, wholeLines, writtenValues } from '../edit/tables';
import { defineRule, type Finding } from './rule';

/**
 * A table is there but its numbers cannot be assigned to cells with certainty (a PDF extractor scattered
 * labels and numbers, 004); nothing is guessed. The fix replaces it with a clean table holding the values
 * that were recovered, as a choice for the drafter to fill in.
 */
export default defineRule({
	id: 'unparsed-table',
	defaultSeverity: 'warning',
	description: { zh: '统计表存在，但数字无法确定地对应到单元格', en: 'A table is present but its numbers cannot be assigned with certainty' },
	check(ctx) {
		const findings: Finding[] = [];
		const { active, requests, appeals } = ctx.report.tables;
		const version = versionOf(ctx.report);
		const style = documentStyle(ctx.text, ctx.report);
		const report = (table: Table, where: { start: number; end: number }, what: { zh: string; en: string }, recovered: Table['rows']) => {
			const first = wholeLines(ctx, { start: where.start, end: where.start });
			findings.push({
				span: first,
				message: {
					zh: `${what.zh}的数字无法确定对应的单元格（常见于从 PDF 复制的文本），未予读取；请按统一格式重新填写`,
					en: `The numbers of ${what.en} cannot be assigned to cells with certainty (typical of text copied from a PDF) and were not read; please re-enter the table`,
				},
				fixes: [{
					title: { zh: `将${nameOf(table.key).zh}替换为统一格式的表格（保留已识别的数值）`, en: `Replace ${nameOf(table.key).en} with a clean table keeping the values recovered` },
					edits: [rewriteTable(ctx, table, table.key, version, writtenValues(table, recovered), style === 'cells' ? 'cells' : style)],
					safe: false,
				}],
			});
		};
		if (active) {
			const unparsed = active.blocks.filter((b) => b.status === 'unparsed');
			if (unparsed.length > 0) {
				const names = unparsed.map((b) => nameOf(b.key));
				report(active, unparsed[0].span, { zh: `表二${names.map((n) => n.zh).join('、')}`, en: `table 2 ${names.map((n) => n.en).join(', ')}` }, active.rows);
			}
		}
		if (requests?.status === 'unparsed') report(requests, requests.span, nameOf('requests'), requests.recovered);
		if (appeals?.status === 'unparsed') report(appeals, appeals.span, nameOf('appeals'), []);
		return findings;
	},
});
