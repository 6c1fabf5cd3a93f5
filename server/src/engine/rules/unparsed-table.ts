import { nameOf } from '../format/names';
import { ACTIVE_BLOCKS, TABLE_VERSIONS } from '../format/tables';
import type { UnplacedRows } from '../model';
import { wholeLines } from '../edit/tables';
import type { Message } from './rule';
import { defineRule, type Finding } from './rule';

/** Why the rows could not be placed, with the numbers, in both languages. */
function reasonOf(u: UnplacedRows): Message {
	switch (u.reason) {
		case 'count':
			return { zh: `找到 ${u.found} 组数字，但此处应有 ${u.expected} 行`, en: `${u.found} groups of numbers were found where ${u.expected} rows belong` };
		case 'width':
			return { zh: `一组数字有 ${u.found} 个，而每行有 ${u.expected} 列（空白单元格可能被省略）`, en: `a group has ${u.found} numbers where a row has ${u.expected} columns (blank cells may have been dropped)` };
		default:
			return { zh: '标签与数字被分散（常见于从 PDF 复制的文本）', en: 'labels and numbers are scattered (typical of text copied from a PDF)' };
	}
}

/**
 * Rows of a table are there but their numbers cannot be placed with certainty (a PDF extractor scattered
 * labels and numbers, 004; a layout dropped blank cells); nothing is guessed. Every other row of the table
 * is read and checked. No quick fix: the clean table and the blank rows for the drafter to fill in are
 * scaffolds (edit/scaffolds.ts), refactors the user asks for.
 */
export default defineRule({
	id: 'unparsed-table',
	defaultSeverity: 'warning',
	description: { zh: '统计表中有数字无法确定地对应到单元格', en: 'Numbers of a table cannot be assigned to cells with certainty' },
	check(ctx) {
		const findings: Finding[] = [];
		const { active, requests, appeals } = ctx.report.tables;
		const whole = (where: { start: number; end: number }, what: Message) => {
			findings.push({
				span: wholeLines(ctx, { start: where.start, end: where.start }),
				message: {
					zh: `${what.zh}的数字无法确定对应的单元格（常见于从 PDF 复制的文本），未予读取；请按统一格式重新填写`,
					en: `The numbers of ${what.en} cannot be assigned to cells with certainty (typical of text copied from a PDF) and were not read; please re-enter the table`,
				},
				fixes: [],
			});
		};
		if (active) {
			const unparsed = active.blocks.filter((b) => b.status === 'unparsed');
			if (unparsed.length > 0) {
				const names = unparsed.map((b) => nameOf(b.key));
				whole(unparsed[0].span, { zh: `表二${names.map((n) => n.zh).join('、')}`, en: `table 2 ${names.map((n) => n.en).join(', ')}` });
			}
			// Rows not placed inside a block whose other rows were read: named one by one.
			const inUnparsed = new Set<string>(unparsed.length === 0 ? [] : unparsed.flatMap((b) => TABLE_VERSIONS.flatMap((v) => ACTIVE_BLOCKS[v].find((d) => d.key === b.key)?.rows.map((r) => r.key) ?? [])));
			for (const u of active.unplaced) {
				if (u.keys.length === 0 || u.keys.some((k) => inUnparsed.has(k))) continue;
				const names = u.keys.map((k) => nameOf(k));
				const why = reasonOf(u);
				findings.push({
					span: wholeLines(ctx, { start: u.span.start, end: u.span.start }),
					message: {
						zh: `表二中以下各行的数字无法确定对应的单元格，未予读取：${names.map((n) => n.zh).join('；')}（${why.zh}）；其余各行已读取并检查`,
						en: `Table 2: the numbers of these rows cannot be placed with certainty and were not read: ${names.map((n) => n.en).join('; ')} (${why.en}); every other row was read and checked`,
					},
					fixes: [],
				});
			}
		}
		if (requests?.status === 'unparsed') whole(requests.span, nameOf('requests'));
		else if (requests) {
			for (const u of requests.unplaced) {
				const names = u.keys.map((k) => nameOf(k));
				const why = reasonOf(u);
				const rows = names.length > 0 ? names : [{ zh: '（不属于任何一行）', en: '(no row)' }];
				findings.push({
					span: wholeLines(ctx, { start: u.span.start, end: u.span.start }),
					message: {
						zh: `表三中以下各行的数字无法确定对应的行，未予读取：${rows.map((n) => n.zh).join('；')}（${why.zh}）；其余各行已读取并检查`,
						en: `Table 3: the numbers of these rows cannot be placed with certainty and were not read: ${rows.map((n) => n.en).join('; ')} (${why.en}); every other row was read and checked`,
					},
					fixes: [],
				});
			}
		}
		if (appeals?.status === 'unparsed') whole(appeals.span, nameOf('appeals'));
		return findings;
	},
});
