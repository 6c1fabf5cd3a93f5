import type { CodeLens, InlayHint } from 'vscode-languageserver-types';
import { relationsOf, statusOf, sum, valueOfRef } from '../engine/arithmetic/relations';
import { formatNumber } from '../engine/edit/edits';
import { nameOf } from '../engine/format/names';
import { tablesOf } from '../engine/query';
import type { ClientCommands } from '../protocol';
import type { Analysis, Lang } from './document';
import { toRange } from './convert';

const ARITHMETIC = new Set(['row-total', 'result-total', 'balance', 'appeal-total']);

/**
 * Above each table: its check summary and an entry to the preview. Lens commands run in the client, so only
 * commands the client declared are used; a client that declared none gets the summary alone.
 */
export function codeLenses(a: Analysis, lang: Lang, commands: ClientCommands): CodeLens[] {
	const zh = lang === 'zh';
	const out: CodeLens[] = [];
	for (const t of tablesOf(a.report.tables)) {
		const range = toRange(a.lines, { start: t.span.start, end: t.span.start });
		const inTable = a.report.diagnostics.filter((d) => d.span.start >= t.span.start && d.span.start <= t.span.end);
		const sums = inTable.filter((d) => ARITHMETIC.has(d.code)).length;
		const errors = inTable.filter((d) => d.severity === 'error').length;
		let title: string;
		if (t.status === 'unparsed') title = zh ? `${nameOf(t.key).zh.slice(0, 2)}：无法识别，未检查` : `${nameOf(t.key).en}: unreadable, not checked`;
		else if (t.key === 'active') title = zh ? `表二：${errors === 0 ? '✓' : `${errors} 个错误`}` : `Table 2: ${errors === 0 ? '✓' : `${errors} errors`}`;
		else if (sums === 0) title = zh ? `${t.key === 'requests' ? '表三 勾稽关系' : '表四 合计'} ✓` : `${t.key === 'requests' ? 'Table 3 balance' : 'Table 4 totals'} ✓`;
		else title = zh ? `${t.key === 'requests' ? '表三' : '表四'}：${sums} 处合计错误` : `${t.key === 'requests' ? 'Table 3' : 'Table 4'}: ${sums} total errors`;
		out.push({ range, command: { title, command: commands.showProblems ?? commands.showPreview ?? '', arguments: [a.uri] } });
		if (commands.showPreview) out.push({ range, command: { title: zh ? '打开表格预览' : 'Open table preview', command: commands.showPreview, arguments: [a.uri] } });
	}
	return out;
}

/** Beside each total cell whose written value differs from the computed one: the computed value. */
export function inlayHints(a: Analysis, lang: Lang): InlayHint[] {
	const out: InlayHint[] = [];
	const seen = new Set<object>();
	for (const r of relationsOf(a.report.tables).relations) {
		if (r.kind === 'balance' || statusOf(r) !== 'fails' || seen.has(r.target.cell)) continue;
		seen.add(r.target.cell);
		const computed = sum(r.right);
		if (computed === undefined) continue;
		out.push({
			position: a.lines.positionAt(r.target.cell.span.end),
			label: lang === 'zh' ? ` ≠ ${formatNumber(computed)}` : ` ≠ ${formatNumber(computed)}`,
			tooltip: lang === 'zh' ? `各项之和为 ${formatNumber(computed)}，填写 ${formatNumber(valueOfRef(r.target) ?? 0)}` : `The parts add up to ${formatNumber(computed)}; ${formatNumber(valueOfRef(r.target) ?? 0)} is written`,
			paddingLeft: true,
		});
	}
	return out;
}
