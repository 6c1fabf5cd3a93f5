import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver-types';
import { FIX_ALL_TITLE, fixAllAvailable, fixAllEdits, matchDiagnostic, refactorEdits, refactorsAt, type Lang, type RefactorKind, type TextEdit } from '../engine/index';
import { ACTION_KINDS, SERVER_COMMANDS, type ActionData, type DiagnosticData } from '../protocol';
import type { OpenDocument } from './document';
import { toSpan, toTextEdits } from './convert';

const KIND_OF: Readonly<Record<RefactorKind, string>> = { convert: ACTION_KINDS.convert, reformat: ACTION_KINDS.reformat, insertSections: ACTION_KINDS.insertSections, scaffold: ACTION_KINDS.scaffold };

/** Whether a request's `only` asks for actions of `kind` (no `only`: every kind). */
const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

function workspaceEdit(doc: OpenDocument, edits: readonly TextEdit[]): WorkspaceEdit {
	return { changes: { [doc.uri]: toTextEdits(doc.analysis.lines, edits) } };
}

function isDiagnosticData(value: unknown): value is DiagnosticData {
	const d = value as Partial<DiagnosticData> | null;
	return typeof d === 'object' && d !== null && Number.isInteger(d.version) && Number.isInteger(d.index);
}

/**
 * The quick fixes of the client's diagnostics, recomputed from the current analysis: a diagnostic published
 * for an earlier version is matched to its current counterpart (or gets no fix), so an edit never lands on
 * a line that moved. Fixes making the identical edit for the same range (two rules finding one wrong total)
 * are one action naming every diagnostic it resolves.
 */
function quickFixes(doc: OpenDocument, diagnostics: readonly LspDiagnostic[], lang: Lang): CodeAction[] {
	const out: CodeAction[] = [];
	const byEdit = new Map<string, CodeAction>();
	for (const d of diagnostics) {
		if (d.source !== 'nianbao' || !isDiagnosticData(d.data) || typeof d.code !== 'string' || typeof d.message !== 'string') continue;
		const current = matchDiagnostic(doc.analysis, { index: d.data.index, code: d.code, message: d.message, lang }, d.data.version === doc.version);
		current?.fixes.forEach((fix, k) => {
			const edit = workspaceEdit(doc, fix.edits);
			const key = JSON.stringify([d.range, edit]);
			const same = byEdit.get(key);
			if (same) {
				if (!same.diagnostics?.includes(d)) same.diagnostics?.push(d);
				if (k === 0 && fix.safe) same.isPreferred = true;
				return;
			}
			const action: CodeAction = { title: fix.title[lang], kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: k === 0 && fix.safe, edit };
			byEdit.set(key, action);
			out.push(action);
		});
	}
	return out;
}

export interface ActionOptions {
	readonly lang: Lang;
	/** The client resolves code actions (`codeAction/resolve` with `edit`): expensive edits wait for it. */
	readonly resolve: boolean;
	/** The client applies edits the server sends (`workspace/applyEdit`), so an action may carry a server command. */
	readonly applyEdit: boolean;
}

/**
 * Quick fixes from the diagnostics, fix-all, and refactors on the table under the cursor. Fix-all and the
 * refactors are only offered here (title and kind); their edits are computed on `codeAction/resolve`. A
 * client that cannot resolve gets them with edits when its request names their kind in `only`, and otherwise
 * with the server command that computes and applies them (when it applies edits the server sends).
 */
export function codeActions(doc: OpenDocument, range: Range, diagnostics: readonly LspDiagnostic[], only: readonly string[] | undefined, o: ActionOptions): CodeAction[] {
	const a = doc.analysis;
	const out = wants(only, CodeActionKind.QuickFix) ? quickFixes(doc, diagnostics, o.lang) : [];
	const eager = !o.resolve && only !== undefined;
	const command = !o.resolve && !eager && o.applyEdit;
	if (!o.resolve && !eager && !command) return out;
	const offer = (kind: string, title: string, id: string) => {
		if (!wants(only, kind)) return;
		const data: ActionData = { uri: doc.uri, version: doc.version, id };
		const action: CodeAction = { title, kind, data };
		if (eager) {
			const resolved = resolveAction(doc, action);
			if (resolved.edit) out.push(resolved);
		} else if (command) out.push({ title, kind, command: { title, command: SERVER_COMMANDS.applyAction, arguments: [data] } });
		else out.push(action);
	};
	if (fixAllAvailable(a)) offer(ACTION_KINDS.fixAll, FIX_ALL_TITLE[o.lang], 'fixAll');
	for (const r of refactorsAt(a, toSpan(a.lines, range))) offer(KIND_OF[r.kind], r.title[o.lang], r.id);
	return out;
}

export function isActionData(value: unknown): value is ActionData {
	const d = value as Partial<ActionData> | null;
	return typeof d === 'object' && d !== null && typeof d.uri === 'string' && Number.isInteger(d.version) && typeof d.id === 'string';
}

/** Computes an offered action's edits from the current analysis; an action that no longer applies gets none. */
export function resolveAction(doc: OpenDocument, action: CodeAction): CodeAction {
	if (!isActionData(action.data) || action.data.uri !== doc.uri) return action;
	const edits = action.data.id === 'fixAll' ? fixAllEdits(doc.analysis) : refactorEdits(doc.analysis, action.data.id);
	return edits && edits.length > 0 ? { ...action, edit: workspaceEdit(doc, edits) } : action;
}

