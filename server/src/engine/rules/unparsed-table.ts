import { nameOf } from '../format/names';
import { activeRowCells, requestRowCells } from '../format/skeleton';
import { ACTIVE_BLOCKS, REQUEST_ROWS, TABLE_VERSIONS } from '../format/tables';
import type { Table, UnplacedRows } from '../model';
import { documentStyle, lineEndAt, renderRow } from '../edit/edits';
import { versionOf } from '../query';
import { rewriteTable, wholeLines, writtenValues } from '../edit/tables';
import type { Fix, Message } from './rule';
import type { RowStyle } from '../syntax/rows';
import { defineRule, type Finding } from './rule';

/** An empty line right after a line's end: the table's rows are paragraphs. */
const BLANK_LINE_AHEAD = /^(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/;

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
 * is read and checked. Where no row of a table could be read, the fix writes the table anew keeping what
 * was recovered; otherwise it adds blank rows for exactly the rows not placed, for the drafter to fill in.
 */
export default defineRule({
	id: 'unparsed-table',
	defaultSeverity: 'warning',
	description: { zh: '统计表中有数字无法确定地对应到单元格', en: 'Numbers of a table cannot be assigned to cells with certainty' },
	check(ctx) {
		const findings: Finding[] = [];
		const { active, requests, appeals } = ctx.report.tables;
		const version = versionOf(ctx.report);
		// The table style is only needed to rewrite a whole table (rare): found then.
		const styleOf = () => documentStyle(ctx.text, ctx.report);
		// Blank rows in the official layout after the line where the rows not placed end, in the table's own style;
		// only where that line ends inside the table (on a one-line page it runs on past the table).
		const blankRowsFix = (rows: readonly string[][], u: UnplacedRows, rowStyle: RowStyle, tableEnd: number): Fix[] => {
			const at = lineEndAt(ctx.lines, u.span.end);
			if (rows.length === 0 || rowStyle === 'html' || at > tableEnd) return [];
			// Rows apart as the table has them: one cell per line, or paragraphs, with an empty line between.
			const paragraphs = rowStyle === 'cells' || (rowStyle === 'plain' && BLANK_LINE_AHEAD.test(ctx.text.slice(at, at + 16)));
			const between = paragraphs ? ctx.eol + ctx.eol : ctx.eol;
			const body = rows.map((cells) => renderRow(cells, rowStyle, ctx.eol)).join(between);
			return [{
				title: { zh: `在此处添加这 ${rows.length} 行的空白行（按统一格式）`, en: `Add blank rows for these ${rows.length} rows here (official layout)` },
				edits: [{ span: { start: at, end: at }, newText: between + body }],
				safe: false,
			}];
		};
		const whole = (table: Table, where: { start: number; end: number }, what: Message) => {
			findings.push({
				span: wholeLines(ctx, { start: where.start, end: where.start }),
				message: {
					zh: `${what.zh}的数字无法确定对应的单元格（常见于从 PDF 复制的文本），未予读取；请按统一格式重新填写`,
					en: `The numbers of ${what.en} cannot be assigned to cells with certainty (typical of text copied from a PDF) and were not read; please re-enter the table`,
				},
				fixes: [{
					title: { zh: `将${nameOf(table.key).zh}替换为统一格式的表格（保留已识别的数值）`, en: `Replace ${nameOf(table.key).en} with a clean table keeping the values recovered` },
					edits: [rewriteTable(ctx, table, table.key, version, writtenValues(table), styleOf())],
					safe: false,
				}],
			});
		};
		if (active) {
			const unparsed = active.blocks.filter((b) => b.status === 'unparsed');
			if (unparsed.length > 0) {
				const names = unparsed.map((b) => nameOf(b.key));
				whole(active, unparsed[0].span, { zh: `表二${names.map((n) => n.zh).join('、')}`, en: `table 2 ${names.map((n) => n.en).join(', ')}` });
			}
			// Rows not placed inside a block whose other rows were read: named one by one.
			const inUnparsed = new Set<string>(unparsed.flatMap((b) => TABLE_VERSIONS.flatMap((v) => ACTIVE_BLOCKS[v].find((d) => d.key === b.key)?.rows.map((r) => r.key) ?? [])));
			for (const u of active.unplaced) {
				if (u.keys.length === 0 || u.keys.some((k) => inUnparsed.has(k))) continue;
				const names = u.keys.map((k) => nameOf(k));
				const why = reasonOf(u);
				// Written in the style and width of the block the rows belong to, as the document has it.
				const block = active.blocks.find((b) => ACTIVE_BLOCKS[active.version ?? version].concat(ACTIVE_BLOCKS['2019']).some((d) => d.key === b.key && d.rows.some((r) => r.key === u.keys[0])));
				const style = block?.rows[0]?.style ?? active.style;
				const rows = u.keys.map((k) => activeRowCells(k, active.version ?? version, block && block.columns.length > 0 ? block.columns.length : undefined)).filter((cells) => cells.length > 0);
				findings.push({
					span: wholeLines(ctx, { start: u.span.start, end: u.span.start }),
					message: {
						zh: `表二中以下各行的数字无法确定对应的单元格，未予读取：${names.map((n) => n.zh).join('；')}（${why.zh}）；其余各行已读取并检查`,
						en: `Table 2: the numbers of these rows cannot be placed with certainty and were not read: ${names.map((n) => n.en).join('; ')} (${why.en}); every other row was read and checked`,
					},
					fixes: blankRowsFix(rows, u, style, active.span.end),
				});
			}
		}
		if (requests?.status === 'unparsed') whole(requests, requests.span, nameOf('requests'));
		else if (requests) {
			const tableVersion = requests.version ?? version;
			for (const u of requests.unplaced) {
				const names = u.keys.map((k) => nameOf(k));
				const why = reasonOf(u);
				const rows = names.length > 0 ? names : [{ zh: '（不属于任何一行）', en: '(no row)' }];
				const defs = u.keys.map((k) => REQUEST_ROWS.find((d) => d.key === k)).filter((d) => d !== undefined);
				findings.push({
					span: wholeLines(ctx, { start: u.span.start, end: u.span.start }),
					message: {
						zh: `表三中以下各行的数字无法确定对应的行，未予读取：${rows.map((n) => n.zh).join('；')}（${why.zh}）；其余各行已读取并检查`,
						en: `Table 3: the numbers of these rows cannot be placed with certainty and were not read: ${rows.map((n) => n.en).join('; ')} (${why.en}); every other row was read and checked`,
					},
					fixes: blankRowsFix(defs.map((d) => requestRowCells(d, tableVersion, false)), u, requests.style, requests.span.end),
				});
			}
		}
		if (appeals?.status === 'unparsed') whole(appeals, appeals.span, nameOf('appeals'));
		return findings;
	},
});
