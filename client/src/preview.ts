import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { COMMANDS, isFromWebview, isTableKey, TABLE_TEXT_REQUEST, TABLES_REQUEST, type FromWebview, type PreviewLabels, type TableKey, type ToWebview } from '../../server/src/protocol';

const VIEW_TYPE = 'nianbao.preview';
const REPORT_LANGUAGES = ['nianbao', 'markdown', 'plaintext'];
const UPDATE_DELAY = 200;

/** The preview's interface strings in the UI language (the webview itself holds no text of its own). */
function labels(): PreviewLabels {
	return {
		missingCell: vscode.l10n.t('This row lacks the cell'),
		blank: vscode.l10n.t('blank'),
		absentRow: vscode.l10n.t('This standard row is absent'),
		written: vscode.l10n.t('Written'),
		'copy.tsv': vscode.l10n.t('Copy as tab rows'),
		'copy.markdown': vscode.l10n.t('Copy as Markdown'),
		'copy.csv': vscode.l10n.t('Copy as CSV'),
		unparsed: vscode.l10n.t(': the numbers cannot be assigned to cells with certainty, so they were not read.'),
		jump: vscode.l10n.t('Show in the text'),
		'table.active': vscode.l10n.t('Table 2: proactive disclosure'),
		'table.requests': vscode.l10n.t('Table 3: requests received and handled'),
		'table.appeals': vscode.l10n.t('Table 4: administrative reviews and lawsuits'),
		absentTable: vscode.l10n.t('This table is absent.'),
		extraRows: vscode.l10n.t('Rows the format does not have'),
		version: vscode.l10n.t('{0} format', '{0}'),
		'version.pre-2019': vscode.l10n.t('pre-2019 structure'),
		'version.unknown': vscode.l10n.t('version unknown'),
		year: vscode.l10n.t('{0} report', '{0}'),
		errors: vscode.l10n.t('{0} errors', '{0}'),
		oneError: vscode.l10n.t('1 error'),
		notChecked: vscode.l10n.t('Not checked'),
		partlyChecked: vscode.l10n.t('Partly not checked'),
		notFullyChecked: vscode.l10n.t('not fully checked'),
		noErrors: vscode.l10n.t('no errors'),
		balance: vscode.l10n.t('Balance (勾稽关系)'),
	};
}

/** A fresh script nonce per page, from a cryptographic source (a guessable nonce would defeat the policy). */
function nonce(): string {
	// Web Crypto: in Node's extension host and in a browser's alike.
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The live table preview beside the editor: one panel that follows the active report, updates while the
 * user types, reveals a cell's source on click and highlights the cell under the cursor.
 */
export class TablePreview implements vscode.Disposable {
	private static current: TablePreview | undefined;
	private readonly disposables: vscode.Disposable[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private ready = false;
	/** The table to scroll to once the next model is shown (a code lens above that table asked for it). */
	private scrollTarget: TableKey | undefined;

	static show(context: vscode.ExtensionContext, client: LanguageClient, uri?: vscode.Uri, table?: TableKey): void {
		const target = uri ?? vscode.window.activeTextEditor?.document.uri;
		if (TablePreview.current) {
			if (target) TablePreview.current.uri = target;
			TablePreview.current.scrollTarget = table;
			TablePreview.current.panel.reveal(vscode.ViewColumn.Beside, true);
			TablePreview.current.schedule(0);
			return;
		}
		const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Table Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, TablePreview.options(context));
		TablePreview.current = new TablePreview(panel, context, client, target);
		TablePreview.current.scrollTarget = table;
	}

	/** Restores the panel after a window reload (registered as the panel's serializer). */
	static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, client: LanguageClient, state: unknown): void {
		const uri = typeof (state as { uri?: unknown })?.uri === 'string' ? vscode.Uri.parse((state as { uri: string }).uri) : undefined;
		panel.webview.options = TablePreview.options(context);
		TablePreview.current = new TablePreview(panel, context, client, uri);
	}

	private static options(context: vscode.ExtensionContext): vscode.WebviewOptions & vscode.WebviewPanelOptions {
		return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
	}

	private constructor(private readonly panel: vscode.WebviewPanel, private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient, private uri: vscode.Uri | undefined) {
		panel.webview.html = this.html();
		this.disposables.push(
			panel.onDidDispose(() => this.dispose()),
			panel.webview.onDidReceiveMessage((m: unknown) => {
				// The webview is not trusted: a message is used only once it has one of the declared shapes.
				if (isFromWebview(m)) void this.receive(m);
			}),
			vscode.window.onDidChangeActiveTextEditor((e) => {
				if (e && REPORT_LANGUAGES.includes(e.document.languageId) && e.document.uri.scheme !== 'output') {
					this.uri = e.document.uri;
					this.schedule(0);
				}
			}),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (this.uri && e.document.uri.toString() === this.uri.toString()) this.schedule(UPDATE_DELAY);
			}),
			vscode.languages.onDidChangeDiagnostics((e) => {
				if (this.uri && e.uris.some((u) => u.toString() === this.uri?.toString())) this.schedule(0);
			}),
			vscode.window.onDidChangeTextEditorSelection((e) => {
				if (this.uri && e.textEditor.document.uri.toString() === this.uri.toString()) {
					const p = e.selections[0]?.active;
					this.post({ type: 'cursor', position: p ? { line: p.line, character: p.character } : null });
				}
			}),
		);
	}

	private html(): string {
		const webview = this.panel.webview;
		const base = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
		const n = nonce();
		const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}'; img-src ${webview.cspSource}; font-src ${webview.cspSource}`;
		return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(base, 'preview.css'))}">
<title>nianbao</title>
</head>
<body>
<main id="root"></main>
<script nonce="${n}" src="${webview.asWebviewUri(vscode.Uri.joinPath(base, 'preview.js'))}"></script>
</body>
</html>`;
	}

	private post(message: ToWebview): void {
		if (this.ready) void this.panel.webview.postMessage(message);
	}

	private schedule(delay: number): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.update(), delay);
	}

	private async update(): Promise<void> {
		if (!this.ready) return;
		if (!this.uri) {
			this.post({ type: 'empty', message: vscode.l10n.t('Open an annual report to see its tables.'), labels: labels() });
			return;
		}
		const model = await this.client.sendRequest(TABLES_REQUEST, { textDocument: { uri: this.uri.toString() } }).catch(() => null);
		this.panel.title = `${vscode.l10n.t('Table Preview')}: ${this.uri.path.split('/').pop() ?? ''}`;
		if (model) {
			this.post({ type: 'model', model, labels: labels() });
			if (this.scrollTarget) this.post({ type: 'scroll', table: this.scrollTarget });
			this.scrollTarget = undefined;
		}
		else this.post({ type: 'empty', message: vscode.l10n.t('This document is not checked as an annual report.'), labels: labels() });
	}

	private async receive(message: FromWebview): Promise<void> {
		if (message.type === 'ready') {
			this.ready = true;
			this.schedule(0);
		} else if (message.type === 'reveal' && this.uri) {
			const doc = await vscode.workspace.openTextDocument(this.uri);
			const range = new vscode.Range(message.range.start.line, message.range.start.character, message.range.end.line, message.range.end.character);
			const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
			const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range });
			editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		} else if (message.type === 'copy' && this.uri) {
			const text = await this.client.sendRequest(TABLE_TEXT_REQUEST, { textDocument: { uri: this.uri.toString() }, table: message.table, format: message.format });
			if (text) {
				await vscode.env.clipboard.writeText(text);
				void vscode.window.showInformationMessage(vscode.l10n.t('Copied the table.'));
			}
		}
	}

	dispose(): void {
		if (TablePreview.current === this) TablePreview.current = undefined;
		clearTimeout(this.timer);
		for (const d of this.disposables) d.dispose();
		this.panel.dispose();
	}
}

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
	context.subscriptions.push(
		// From a code lens: the document's uri and the table above which the lens stands.
		vscode.commands.registerCommand(COMMANDS.showPreview, (uri?: string | vscode.Uri, table?: unknown) =>
			TablePreview.show(context, client, typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, isTableKey(table) ? table : undefined)),
		vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: async (panel, state) => TablePreview.revive(panel, context, client, state) }),
	);
}
