import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { COMMANDS, TABLES_REQUEST } from '../../server/src/protocol';

/** A status bar item for the active report: format version, year, and error count. */
export class ReportStatus implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Left, 50);
	private readonly subscriptions: vscode.Disposable[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly client: LanguageClient) {
		this.item.name = vscode.l10n.t('Annual report');
		this.item.command = COMMANDS.showPreview;
		this.subscriptions.push(
			vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
			vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
		);
		this.schedule();
	}

	private schedule(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.update(), 100);
	}

	private async update(): Promise<void> {
		const doc = vscode.window.activeTextEditor?.document;
		if (!doc || !['nianbao', 'plaintext', 'markdown'].includes(doc.languageId)) {
			this.item.hide();
			return;
		}
		const result = await this.client.sendRequest(TABLES_REQUEST, { textDocument: { uri: doc.uri.toString() } }).catch(() => null);
		if (!result || vscode.window.activeTextEditor?.document !== doc) {
			if (!result) this.item.hide();
			return;
		}
		const version = result.formatVersion === 'pre-2019' ? vscode.l10n.t('pre-2019 structure') : result.formatVersion === 'unknown' ? vscode.l10n.t('version unknown') : vscode.l10n.t('{0} format', result.formatVersion);
		const year = result.year === null ? '' : ` · ${vscode.l10n.t('{0} report', result.year)}`;
		// A ✓ only when every table was checked in full: a table not (fully) checked says so.
		const unchecked = result.checks.filter((c) => c.state !== 'checked');
		const mark = result.errorCount > 0 ? `$(error) ${result.errorCount}` : unchecked.length > 0 ? `$(circle-slash) ${vscode.l10n.t('not fully checked')}` : '$(check)';
		this.item.text = `$(table) ${version}${year} ${mark}`;
		const counts = `${countOf(result.errorCount, vscode.l10n.t('1 error'), vscode.l10n.t('{0} errors', result.errorCount))}, ${countOf(result.warningCount, vscode.l10n.t('1 warning'), vscode.l10n.t('{0} warnings', result.warningCount))}`;
		const notChecked = unchecked.map((c) => `${tableName(c.table)}: ${c.state === 'unchecked' ? vscode.l10n.t('not checked') : vscode.l10n.t('partly not checked')} (${c.reason ?? ''})`);
		this.item.tooltip = [vscode.l10n.t('Annual report: {0}. Click to open the table preview.', counts), ...notChecked].join('\n');
		this.item.show();
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.item.dispose();
		for (const s of this.subscriptions) s.dispose();
	}
}

/** `1 error` or `3 errors`: the singular for one (English needs it; Chinese has one form). */
function countOf(n: number, one: string, many: string): string {
	return n === 1 ? one : many;
}

function tableName(table: 'active' | 'requests' | 'appeals'): string {
	return table === 'active' ? vscode.l10n.t('Table 2') : table === 'requests' ? vscode.l10n.t('Table 3') : vscode.l10n.t('Table 4');
}
