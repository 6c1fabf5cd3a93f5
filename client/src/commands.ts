import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ACTION_KINDS, COMMANDS, CONVERT_SOURCE_REQUEST, EXPORT_REQUEST, SKELETON_REQUEST, type ExportParams, type SkeletonParams } from '../../server/src/protocol';

const REPORT_GLOB = '**/*.{txt,md,nianbao}';
const MAX_FILES = 1000;
/** How many offered actions VS Code resolves (their edits are computed on resolve). */
const RESOLVE_COUNT = 10;

type Version = SkeletonParams['version'];

async function pickVersion(): Promise<Version | undefined> {
	const items = [
		{ label: '2021', description: vscode.l10n.t('Format of 国办公开办函〔2021〕30号 (reports for 2021 and later)') },
		{ label: '2019', description: vscode.l10n.t('Format of 国办公开办函〔2019〕60号 (reports for 2019 and 2020)') },
	];
	return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Format version') }))?.label as Version | undefined;
}

/** The table style for inserted skeletons: the setting, or the document's own kind. */
function styleFor(doc: vscode.TextDocument): SkeletonParams['style'] {
	const setting = vscode.workspace.getConfiguration('nianbao').get<string>('skeleton.style', 'auto');
	if (setting === 'tsv' || setting === 'markdown') return setting;
	return doc.languageId === 'markdown' ? 'markdown' : 'tsv';
}

async function insertSkeleton(client: LanguageClient, kind: SkeletonParams['kind']): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor) return;
	const version = await pickVersion();
	if (!version) return;
	const text = await client.sendRequest(SKELETON_REQUEST, { kind, version, style: styleFor(editor.document), uri: editor.document.uri.toString() });
	if (text) await editor.edit((e) => e.insert(editor.selection.active, text));
}

/** Runs the code action of a kind the server offers at the cursor (the first, or a picked one); the server computes its edits on resolve. */
async function runCodeAction(kind: string, none: string): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor) return;
	const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.selection, kind, RESOLVE_COUNT)) ?? [];
	const matching = actions.filter((a) => a.kind?.value.startsWith(kind) && a.edit);
	if (matching.length === 0) {
		void vscode.window.showInformationMessage(none);
		return;
	}
	const chosen = matching.length === 1 ? matching[0] : (await vscode.window.showQuickPick(matching.map((a) => ({ label: a.title, action: a }))))?.action;
	if (chosen?.edit) await vscode.workspace.applyEdit(chosen.edit);
}

async function exportTables(client: LanguageClient): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor) return;
	const format = (await vscode.window.showQuickPick(['JSON', 'CSV'], { title: vscode.l10n.t('Export format') }))?.toLowerCase() as ExportParams['format'] | undefined;
	if (!format) return;
	const source = editor.document.uri;
	const target = await vscode.window.showSaveDialog({
		defaultUri: source.with({ path: source.path.replace(/\.[^./]*$/, '') + `.${format}` }),
		filters: { [format.toUpperCase()]: [format] },
	});
	if (!target) return;
	const text = await client.sendRequest(EXPORT_REQUEST, { textDocument: { uri: source.toString() }, format });
	if (text === null) {
		void vscode.window.showWarningMessage(vscode.l10n.t('This document is not checked as an annual report.'));
		return;
	}
	await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
	void vscode.window.showInformationMessage(vscode.l10n.t('Exported the tables to {0}', vscode.workspace.asRelativePath(target)));
}

/** Opens every report in the workspace so the server checks it; the results go to the Problems panel. */
async function checkWorkspace(): Promise<void> {
	const files = await vscode.workspace.findFiles(REPORT_GLOB, '**/node_modules/**', MAX_FILES);
	await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking reports') }, async (progress) => {
		for (const [k, uri] of files.entries()) {
			progress.report({ message: `${k + 1}/${files.length}`, increment: 100 / Math.max(1, files.length) });
			await vscode.workspace.openTextDocument(uri);
		}
	});
	await vscode.commands.executeCommand('workbench.actions.view.problems');
	void vscode.window.showInformationMessage(vscode.l10n.t('Checked {0} files; the findings are in the Problems panel.', files.length));
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, options: { readonly canImport: boolean }): void {
	const register = (id: string, fn: () => Promise<void>) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
	register(COMMANDS.insertReportSkeleton, () => insertSkeleton(client, 'report'));
	register(COMMANDS.insertTableSkeleton, async () => {
		const tables = [
			{ label: vscode.l10n.t('Table 2: proactive disclosure'), table: 'active' as const },
			{ label: vscode.l10n.t('Table 3: requests received and handled'), table: 'requests' as const },
			{ label: vscode.l10n.t('Table 4: administrative reviews and lawsuits'), table: 'appeals' as const },
		];
		const picked = await vscode.window.showQuickPick(tables, { title: vscode.l10n.t('Insert table skeleton') });
		if (picked) await insertSkeleton(client, picked.table);
	});
	register(COMMANDS.fixAll, () => runCodeAction(ACTION_KINDS.fixAll, vscode.l10n.t('Nothing to fix safely.')));
	register(COMMANDS.convertTable, () => runCodeAction(ACTION_KINDS.convert, vscode.l10n.t('Put the cursor in table 2 or table 3 to convert it.')));
	register(COMMANDS.exportTables, () => exportTables(client));
	register(COMMANDS.checkWorkspace, checkWorkspace);
	// From the Explorer's context menu the command gets the file; from the palette it asks for one.
	context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.importReport, (uri?: vscode.Uri) =>
		options.canImport ? importReport(client, uri) : void vscode.window.showInformationMessage(vscode.l10n.t('Importing PDF and Word files needs VS Code on the desktop; on the web, open the report text.'))));
}

/** Opens a PDF, Word file or web page as a new untitled report beside it; the server converts it. */
async function importReport(client: LanguageClient, uri?: vscode.Uri): Promise<void> {
	let file = uri;
	if (!file) {
		const picked = await vscode.window.showOpenDialog({
			canSelectMany: false,
			title: vscode.l10n.t('Import Report from PDF, Word or Web Page'),
			filters: { [vscode.l10n.t('Published reports')]: ['pdf', 'docx', 'html', 'htm'] },
		});
		file = picked?.[0];
	}
	if (!file) return;
	const result = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}', file.path.split('/').pop() ?? '') },
		() => client.sendRequest(CONVERT_SOURCE_REQUEST, { uri: file.toString() }),
	);
	if ('error' in result) {
		void vscode.window.showErrorMessage(result.error);
		return;
	}
	const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: result.text });
	await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
}
