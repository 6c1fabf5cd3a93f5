/**
 * Integration tests inside the real VS Code extension host (code-server), bundled by test/e2e/run.mjs.
 * `run()` resolves when every test passes; its console output reaches the runner line by line.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'nianbao.nianbao';
const REPORT = '002_e239baf21c7f3eb8.txt';
const OUTLINE = '003_7aca508e0e60934a.txt';

function uriOf(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'a workspace folder is open');
	return vscode.Uri.joinPath(folder.uri, name);
}

async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeout = 30_000): Promise<T> {
	const end = Date.now() + timeout;
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

function codes(uri: vscode.Uri): string[] {
	return vscode.languages.getDiagnostics(uri).map((d) => `${typeof d.code === 'object' ? d.code.value : d.code}@${d.range.start.line}:${d.range.start.character}`);
}

async function open(name: string): Promise<vscode.TextDocument> {
	const doc = await vscode.workspace.openTextDocument(uriOf(name));
	await vscode.window.showTextDocument(doc);
	return doc;
}

/** A GB18030 copy of 003 and a published PDF, written into the workspace by run.mjs. */
const GB18030_REPORT = 'gb18030-report.txt';
const SOURCE_PDF = 'sources/003.pdf';

const tests: [string, () => Promise<void>][] = [
	['the packaged extension activates on a corpus .txt report, which becomes a nianbao document', async () => {
		await open(REPORT);
		const ext = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(ext, 'the extension is installed');
		await waitFor(() => ext.isActive, 'activation');
		await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriOf(REPORT).toString() && d.languageId === 'nianbao'), 'the language switch');
	}],
	['002 gets its result-total and balance diagnostics at the right ranges', async () => {
		const uri = uriOf(REPORT);
		await waitFor(() => codes(uri).length >= 5, 'diagnostics');
		const found = codes(uri);
		for (const expected of ['result-total@343:1', 'balance@343:1', 'result-total@349:1', 'balance@349:1', 'missing-title@0:0']) assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
		const d = vscode.languages.getDiagnostics(uri).find((x) => x.range.start.line === 343 && x.code && (typeof x.code === 'object' ? x.code.value : x.code) === 'result-total');
		assert.ok(d && d.range.end.character === 2 && d.severity === vscode.DiagnosticSeverity.Error);
	}],
	['the quick fix for （七）总计, run through the code action API, removes its diagnostic', async () => {
		const uri = uriOf(REPORT);
		const target = vscode.languages.getDiagnostics(uri).find((x) => x.range.start.line === 343 && (typeof x.code === 'object' ? x.code.value : x.code) === 'result-total');
		assert.ok(target);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
		const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.edit && /（七）总计|3\(7\)/.test(a.title));
		assert.ok(fix?.edit, `a quick fix with an edit among ${actions.map((a) => `${a.kind?.value}: ${a.title}${a.edit ? '' : ' (no edit)'}`).join('; ')}`);
		assert.ok(await vscode.workspace.applyEdit(fix.edit));
		await waitFor(() => !codes(uri).includes('result-total@343:1'), 'the diagnostic to go');
		// The fix repairs both totals and the 勾稽关系 of the column; the findings about the prose stay.
		const left = codes(uri);
		assert.ok(!left.some((c) => /^(result-total|balance)@343:/.test(c)), left.join(' '));
		assert.ok(left.includes('missing-title@0:0'), left.join(' '));
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		await vscode.commands.executeCommand('workbench.action.files.revert');
	}],
	['the outline of 003 has the six sections', async () => {
		const doc = await open(OUTLINE);
		const symbols = await waitFor(async () => {
			const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
			return s && s.length > 0 ? s : undefined;
		}, 'the outline');
		assert.deepEqual(symbols.map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
	}],
	['hover answers on a cell, with its row, column and relations', async () => {
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uriOf(REPORT), new vscode.Position(343, 1));
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
		// The server speaks the UI language: Chinese in a Chinese VS Code, English otherwise.
		assert.match(text, /（七）总计·自然人|3\(7\) Total, natural persons/);
		assert.match(text, /勾稽关系|Balance/);
	}],
	['completion offers the standard headings', async () => {
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uriOf(REPORT), new vscode.Position(415, 0));
		const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
		assert.ok(labels.includes('一、总体情况') && labels.includes('六、其他需要报告的事项'), labels.slice(0, 10).join(', '));
	}],
	['every command is registered', async () => {
		const all = await vscode.commands.getCommands(true);
		for (const c of ['insertReportSkeleton', 'insertTableSkeleton', 'fixAll', 'convertTable', 'exportTables', 'checkWorkspace', 'showPreview']) assert.ok(all.includes(`nianbao.${c}`), c);
	}],
	['the preview command opens the table preview for 002 beside the editor', async () => {
		await open(REPORT);
		await vscode.commands.executeCommand('nianbao.showPreview');
		const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('nianbao.preview')), 'the preview tab');
		assert.match(tab.label, /002_e239baf21c7f3eb8\.txt|Table Preview|统计表预览/);
		await vscode.window.tabGroups.close(tab);
	}],
	['a GB18030 report opens readable, through the [plaintext] encoding defaults, and is checked', async () => {
		const doc = await open(GB18030_REPORT);
		assert.match(doc.getText(), /政府信息公开工作年度报告/);
		assert.match(doc.getText(), /三、收到和处理政府信息公开申请情况/);
		await waitFor(() => vscode.languages.getDiagnostics(doc.uri).length > 0 || vscode.workspace.textDocuments.some((d) => d.uri.toString() === doc.uri.toString() && d.languageId === 'nianbao'), 'the report to be recognised');
	}],
	['a report the user sets to Plain Text stays Plain Text', async () => {
		const doc = await open(OUTLINE);
		await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString() && d.languageId === 'nianbao'), 'the switch to 年报');
		const plain = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
		// The server reads it again as plain text and says it is a report; the client must not switch it back.
		await new Promise((r) => setTimeout(r, 2500));
		assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === plain.uri.toString())?.languageId, 'plaintext');
		await vscode.languages.setTextDocumentLanguage(plain, 'nianbao');
	}],
	['the 2021 report snippet writes last year into the title', async () => {
		const ext = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(ext);
		const contributed = (ext.packageJSON as { contributes: { snippets: { path: string }[] } }).contributes.snippets;
		const snippets = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, contributed[0].path), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
		const report = Object.values(snippets).find((s) => s.prefix[0] === 'nianbao-report-2021-tsv');
		assert.ok(report);
		const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: '' });
		const editor = await vscode.window.showTextDocument(doc);
		assert.ok(await editor.insertSnippet(new vscode.SnippetString(report.body.join('\n'))));
		assert.equal(doc.lineAt(0).text, `（机关名称）${new Date().getFullYear() - 1}年政府信息公开工作年度报告`);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}],
	['the import command opens a published PDF as a new 年报 document, with diagnostics', async () => {
		await vscode.commands.executeCommand('nianbao.importReport', uriOf(SOURCE_PDF));
		const doc = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && d.languageId === 'nianbao' && /政府信息公开/.test(d.getText())), 'the imported document', 60_000);
		assert.match(doc.getText(), /三、收到和处理政府信息公开申请情况/);
		await waitFor(() => vscode.languages.getDiagnostics(doc.uri).length > 0, 'diagnostics on the imported document');
		assert.equal(vscode.window.activeTextEditor?.document, doc);
	}],
	['snippets exist for both versions and both styles', async () => {
		const ext = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(ext);
		const contributed = (ext.packageJSON as { contributes: { snippets: { path: string }[] } }).contributes.snippets;
		const snippets = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, contributed[0].path), 'utf8')) as Record<string, { prefix: string[] }>;
		const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
		for (const v of ['2019', '2021']) for (const style of ['tsv', 'md']) for (const t of ['report', 'table2', 'table3', 'table4']) assert.ok(prefixes.includes(`nianbao-${t}-${v}-${style}`), `${t} ${v} ${style}`);
	}],
];

export async function run(): Promise<void> {
	let failed = 0;
	for (const [name, fn] of tests) {
		try {
			await fn();
			console.log(`✓ ${name}`);
		} catch (e) {
			failed++;
			console.log(`✗ ${name}: ${(e as Error).message}`);
		}
	}
	if (failed > 0) throw new Error(`${failed} of ${tests.length} integration tests failed`);
}
