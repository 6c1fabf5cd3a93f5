import type { CodeLens, Command, InlayHint } from 'vscode-languageserver-types';
import { FIX_ALL_TITLE, fixAllAvailable, tableSummaries, totalHints, type Lang } from '../engine/index';
import { SERVER_COMMANDS, type ActionData, type ClientCommands } from '../protocol';
import type { OpenDocument } from './document';
import { toRange } from './convert';

export interface LensOptions {
	readonly lang: Lang;
	/** The client's own commands, declared in its initialization options (VS Code's). */
	readonly commands: ClientCommands;
	/** The client applies edits the server sends (`workspace/applyEdit`). */
	readonly applyEdit: boolean;
}

/**
 * Above each table: its check summary and an entry to the preview. A client that declared its own commands
 * gets those; any other gets the server's (`workspace/executeCommand`): the summary shows the table's problems,
 * and above the first table, when anything is safely fixable, a lens applies fix-all.
 */
export function codeLenses(doc: OpenDocument, o: LensOptions): CodeLens[] {
	const a = doc.analysis;
	const own = o.commands.showProblems ?? o.commands.showPreview;
	const fixAll = !own && o.applyEdit && fixAllAvailable(a);
	return tableSummaries(a).flatMap((s, k) => {
		const range = toRange(a.lines, { start: s.offset, end: s.offset });
		const summary: Command = own
			? { title: s.title[o.lang], command: own, arguments: [doc.uri] }
			: { title: s.title[o.lang], command: SERVER_COMMANDS.showProblems, arguments: [doc.uri, s.table] };
		const out: CodeLens[] = [{ range, command: summary }];
		if (o.commands.showPreview) out.push({ range, command: { title: o.lang === 'zh' ? '打开表格预览' : 'Open table preview', command: o.commands.showPreview, arguments: [doc.uri, s.table] } });
		if (fixAll && k === 0) {
			const data: ActionData = { uri: doc.uri, version: doc.version, id: 'fixAll' };
			out.push({ range, command: { title: FIX_ALL_TITLE[o.lang], command: SERVER_COMMANDS.applyAction, arguments: [data] } });
		}
		return out;
	});
}

/** Beside each total cell whose written value differs from the computed one: the computed value. */
export function inlayHints(doc: OpenDocument, lang: Lang): InlayHint[] {
	const a = doc.analysis;
	return totalHints(a).map((h) => ({ position: a.lines.positionAt(h.offset), label: h.label, tooltip: h.tooltip[lang], paddingLeft: true }));
}
