import type { CodeLens, InlayHint } from 'vscode-languageserver-types';
import { tableSummaries, totalHints, type Lang } from '../engine/index';
import type { ClientCommands } from '../protocol';
import type { OpenDocument } from './document';
import { toRange } from './convert';

/**
 * Above each table: its check summary and an entry to the preview. Lens commands run in the client, so only
 * commands the client declared are used; a client that declared none gets the summary alone.
 */
export function codeLenses(doc: OpenDocument, lang: Lang, commands: ClientCommands): CodeLens[] {
	const a = doc.analysis;
	return tableSummaries(a).flatMap((s) => {
		const range = toRange(a.lines, { start: s.offset, end: s.offset });
		const out: CodeLens[] = [{ range, command: { title: s.title[lang], command: commands.showProblems ?? commands.showPreview ?? '', arguments: [doc.uri] } }];
		if (commands.showPreview) out.push({ range, command: { title: lang === 'zh' ? '打开表格预览' : 'Open table preview', command: commands.showPreview, arguments: [doc.uri, s.table] } });
		return out;
	});
}

/** Beside each total cell whose written value differs from the computed one: the computed value. */
export function inlayHints(doc: OpenDocument, lang: Lang): InlayHint[] {
	const a = doc.analysis;
	return totalHints(a).map((h) => ({ position: a.lines.positionAt(h.offset), label: h.label, tooltip: h.tooltip[lang], paddingLeft: true }));
}
