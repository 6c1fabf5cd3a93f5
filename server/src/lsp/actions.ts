import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { analyze, type Config } from '../engine/index';
import { fixAll } from '../engine/features/fixAll';
import { nameOf } from '../engine/format/names';
import { rewriteTable, writtenValues } from '../engine/edit/tables';
import type { TableKey } from '../engine/format/skeleton';
import { ruleContext } from '../engine/run';
import type { DiagnosticData } from '../protocol';
import type { Analysis, Lang } from './document';
import { toRange, toSpan } from './convert';
import { tableVersionOf } from '../engine/query';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;
export const CONVERT_KIND = `${CodeActionKind.RefactorRewrite}.nianbao.convert`;
export const REFORMAT_KIND = `${CodeActionKind.RefactorRewrite}.nianbao.reformat`;
export const INSERT_SECTIONS_KIND = `${CodeActionKind.Refactor}.nianbao.insertSections`;

const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/** The one edit that turns `before` into `after`: the changed middle, common prefix and suffix kept. */
export function minimalEdit(a: Analysis, after: string): TextEdit | null {
	const before = a.text;
	if (before === after) return null;
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { range: toRange(a.lines, { start, end: before.length - end }), newText: after.slice(start, after.length - end) };
}

/** Quick fixes from the diagnostics' data, fix-all, and refactors on the table under the cursor. */
export function codeActions(a: Analysis, range: Range, diagnostics: readonly LspDiagnostic[], only: readonly string[] | undefined, lang: Lang, config: Config): CodeAction[] {
	const zh = lang === 'zh';
	const out: CodeAction[] = [];
	const uri = a.uri;
	if (wants(only, CodeActionKind.QuickFix)) {
		for (const d of diagnostics) {
			if (d.source !== 'nianbao') continue;
			const data = d.data as DiagnosticData | undefined;
			data?.fixes.forEach((fix, k) => {
				out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: k === 0 && fix.safe, edit: { changes: { [uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } } });
			});
		}
	}
	if (wants(only, FIX_ALL_KIND) && a.report.diagnostics.some((d) => d.fixes.some((f) => f.safe))) {
		const edit = minimalEdit(a, fixAll(a.text, analyze, config).text);
		if (edit) out.push({ title: zh ? '修复全部可安全修复的问题（nianbao）' : 'Fix all safe problems (nianbao)', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } });
	}
	const at = toSpan(a.lines, range);
	const ctx = ruleContext(a.text, a.report, a.lines);
	for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
		const table = a.report.tables[key];
		if (!table || table.status !== 'parsed' || at.start > table.span.end || at.end < table.span.start) continue;
		const version = tableVersionOf(table, a.report);
		const name = nameOf(key)[lang];
		if (key !== 'appeals' && wants(only, CONVERT_KIND)) {
			const other = version === '2019' ? '2021' : '2019';
			const e = rewriteTable(ctx, table, key, other, writtenValues(table));
			out.push({ title: zh ? `将${name}转换为 ${other} 年版格式` : `Convert ${name} to the ${other} format`, kind: CONVERT_KIND, edit: { changes: { [uri]: [{ range: toRange(a.lines, e.span), newText: e.newText }] } } });
		}
		if (wants(only, REFORMAT_KIND)) {
			for (const [style, label] of [['tsv', zh ? '制表符分隔的行' : 'tab-separated rows'], ['markdown', zh ? 'Markdown 表格' : 'a Markdown table']] as const) {
				if ((style === 'markdown') === (table.style === 'pipe')) continue;
				const e = rewriteTable(ctx, table, key, version, writtenValues(table), style);
				out.push({ title: zh ? `将${name}改写为${label}` : `Rewrite ${name} as ${label}`, kind: REFORMAT_KIND, edit: { changes: { [uri]: [{ range: toRange(a.lines, e.span), newText: e.newText }] } } });
			}
		}
	}
	const missing = a.report.diagnostics.filter((d) => d.code === 'missing-section' && d.fixes.length > 0);
	if (missing.length > 0 && wants(only, INSERT_SECTIONS_KIND)) {
		out.push({
			title: zh ? `插入缺少的 ${missing.length} 个部分` : `Insert the ${missing.length} missing section${missing.length > 1 ? 's' : ''}`,
			kind: INSERT_SECTIONS_KIND,
			edit: { changes: { [uri]: missing.flatMap((d) => d.fixes[0].edits.map((e) => ({ range: toRange(a.lines, e.span), newText: e.newText }))) } },
		});
	}
	return out;
}
