import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { DocumentDiagnosticReport } from 'vscode-languageserver';
import type { CodeAction, CodeLens, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-types';
import { SERVER_COMMANDS, type ActionData } from '../../server/src/protocol';
import { CORPUS, corpusText, ROOT } from '../support/fixtures';
import { LspClient } from '../support/lsp';

/** What editors other than VS Code need: their language ids, live configuration, pulled diagnostics, server commands. */

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-clients-'));

describe('Language ids of other editors', () => {
	test('Should check a report whatever plain-text language id it arrives with, and leave other files alone', async () => {
		const client = await LspClient.start();
		const report = corpusText(CORPUS.taonan);
		for (const [name, languageId] of [['text.txt', 'text'], ['plaintext.txt', 'plaintext'], ['markdown.md', 'markdown'], ['nianbao.txt', 'nianbao'], ['unknown.txt', 'conf'], ['none.txt', '']]) {
			const uri = `file:///reports/${name}`;
			client.open(uri, report, languageId);
			assert.ok(codes(await client.diagnostics(uri, 1)).includes('result-total'), `${languageId} (${name})`);
		}
		// Not plain text, not a report file: never checked; plain text that is no report: silent.
		client.open('file:///reports/data.json', report, 'json');
		assert.deepEqual(await client.diagnostics('file:///reports/data.json', 1), []);
		client.open('file:///reports/notes.txt', '会议记录\n今天讨论了三件事。\n', 'text');
		assert.deepEqual(await client.diagnostics('file:///reports/notes.txt', 1), []);
		// A .nianbao file is a report whatever its id: even a draft that reads as none is checked.
		client.open('file:///reports/draft.nianbao', '草稿\n', '');
		assert.ok((await client.diagnostics('file:///reports/draft.nianbao', 1)).length > 0);
		await client.stop();
	});
});

describe('Live configuration', () => {
	test('Should watch .nianbao.json and apply its changes at once, comments, "warn" and deletion included', async () => {
		const dir = tempDir();
		const file = path.join(dir, '002.txt');
		const config = path.join(dir, '.nianbao.json');
		const configUri = pathToFileURL(config).href;
		const client = await LspClient.start({ watch: true, rootUri: pathToFileURL(dir).href });
		await client.waitFor(() => client.serverRequests.some((r) => r.method === 'client/registerCapability'), 'the watcher registration');
		const registration = client.serverRequests.find((r) => r.method === 'client/registerCapability')!.params as { registrations: { method: string; registerOptions: { watchers: { globPattern: string }[] } }[] };
		assert.deepEqual(registration.registrations.map((r) => r.method), ['workspace/didChangeWatchedFiles']);
		assert.ok(registration.registrations[0].registerOptions.watchers.some((w) => w.globPattern === '**/.nianbao.json'));

		const uri = pathToFileURL(file).href;
		client.open(uri, corpusText(CORPUS.taonan));
		assert.ok(codes(await client.diagnostics(uri, 1)).includes('missing-title'));
		const republished = async (type: number, what: string, condition: (d: Diagnostic[]) => boolean) => {
			const before = client.publishCount(uri);
			client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type }] });
			await client.waitFor(() => client.publishCount(uri) > before && condition(client.latest(uri)!), what);
		};

		fs.writeFileSync(config, '{\n  // 标题另行核对\n  "rules": { "missing-title": "off", "result-total": "warn", },\n}\n');
		await republished(1, 'the created file applied', (d) => !codes(d).includes('missing-title'));
		assert.ok(client.latest(uri)!.filter((d) => d.code === 'result-total').every((d) => d.severity === 2), '"warn" is a warning');
		fs.writeFileSync(config, '{ "rules": { "result-total": "off" } }');
		await republished(2, 'the changed file applied', (d) => codes(d).includes('missing-title') && !codes(d).includes('result-total'));
		fs.rmSync(config);
		await republished(3, 'the deleted file forgotten', (d) => codes(d).includes('missing-title') && codes(d).includes('result-total'));
		// An event about another file changes nothing.
		const count = client.publishCount(uri);
		client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'other.json')).href, type: 2 }] });
		await new Promise((resolve) => setTimeout(resolve, 200));
		assert.equal(client.publishCount(uri), count);
		await client.stop();
	});

	test('Should not register a watcher with a client that cannot register one dynamically', async () => {
		const client = await LspClient.start({ watch: false });
		client.open('file:///reports/002.txt', corpusText(CORPUS.taonan));
		await client.diagnostics('file:///reports/002.txt', 1);
		assert.deepEqual(client.serverRequests.filter((r) => r.method === 'client/registerCapability'), []);
		await client.stop();
	});

	test('Should apply settings pushed with didChangeConfiguration by a client that cannot be asked for them', async () => {
		const client = await LspClient.start({ configuration: false });
		const uri = 'file:///reports/pushed.txt';
		client.open(uri, corpusText(CORPUS.taonan));
		assert.ok(codes(await client.diagnostics(uri, 1)).includes('missing-title'));
		const before = client.publishCount(uri);
		client.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'missing-title': 'off' } } } });
		await client.waitFor(() => client.publishCount(uri) > before && !codes(client.latest(uri)!).includes('missing-title'), 'the pushed settings applied');
		await client.stop();
	});

	test('Should ask again for settings when told they changed (workspace/configuration)', async () => {
		const client = await LspClient.start({ configuration: true });
		const uri = 'file:///reports/pulled.txt';
		client.open(uri, corpusText(CORPUS.taonan));
		assert.ok(codes(await client.diagnostics(uri, 1)).includes('missing-title'));
		client.settings = { diagnosticsDelay: 0, rules: { 'missing-title': 'off' } };
		const before = client.publishCount(uri);
		client.notify('workspace/didChangeConfiguration', { settings: null });
		await client.waitFor(() => client.publishCount(uri) > before && !codes(client.latest(uri)!).includes('missing-title'), 'the new settings applied');
		await client.stop();
	});
});

describe('Pulled diagnostics', () => {
	test('Should answer textDocument/diagnostic with result ids, unchanged when nothing changed, and push nothing', async () => {
		const client = await LspClient.start({ pull: true });
		const uri = 'file:///reports/pulled-002.txt';
		const text = corpusText(CORPUS.taonan);
		client.open(uri, text);
		const first = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
		assert.equal(first.kind, 'full');
		assert.deepEqual(first.kind === 'full' && codes(first.items), ['missing-title', 'result-total', 'balance', 'result-total', 'balance', 'missing-rectification', 'missing-fee-report']);
		assert.ok(first.resultId);
		assert.deepEqual(await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId }), { kind: 'unchanged', resultId: first.resultId });

		client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '某县人民政府2024年政府信息公开工作年度报告\n' }]);
		const edited = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
		assert.equal(edited.kind, 'full');
		assert.ok(edited.kind === 'full' && !codes(edited.items).includes('missing-title') && edited.resultId !== first.resultId);

		// New settings: the client is asked to pull again, and the old result id no longer holds.
		client.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'result-total': 'off' } } } });
		await client.waitFor(() => client.serverRequests.some((r) => r.method === 'workspace/diagnostic/refresh'), 'a refresh request');
		const reconfigured = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: edited.kind === 'full' ? edited.resultId : undefined });
		assert.ok(reconfigured.kind === 'full' && !codes(reconfigured.items).includes('result-total'));

		await new Promise((resolve) => setTimeout(resolve, 200));
		assert.equal(client.publishCount(uri), 0, 'a client that pulls is not also pushed to');
		await client.stop();
	});
});

describe('Server commands for editors without nianbao commands', () => {
	test('Should give every code lens a command the server executes: the table\'s problems as a message, fix-all through applyEdit', async () => {
		const client = await LspClient.start({ applyEdit: true });
		const uri = 'file:///reports/lens-002.txt';
		client.open(uri, corpusText(CORPUS.taonan));
		await client.diagnostics(uri, 1);
		const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
		assert.ok(lenses.length >= 2);
		assert.ok(lenses.every((l) => l.command && (Object.values(SERVER_COMMANDS) as string[]).includes(l.command.command)), 'no empty command');
		const requests = lenses.find((l) => l.command!.arguments?.[1] === 'requests')!;
		await client.request('workspace/executeCommand', { command: requests.command!.command, arguments: requests.command!.arguments });
		await client.waitFor(() => client.messages.length > 0, 'the message');
		const [message] = client.messages;
		assert.match(message, /^表三（收到和处理政府信息公开申请情况）：4 个问题/);
		assert.match(message, /第 344 行：（七）总计·自然人 为 0/);

		const fixable = 'file:///reports/lens-003.txt';
		client.open(fixable, corpusText(CORPUS.linkou));
		await client.diagnostics(fixable, 1);
		const fixAll = (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: fixable } })).filter((l) => l.command?.command === SERVER_COMMANDS.applyAction);
		assert.equal(fixAll.length, 1, 'one fix-all lens, above the first table');
		assert.equal(await client.request('workspace/executeCommand', { command: fixAll[0].command!.command, arguments: fixAll[0].command!.arguments }), true);
		const applied = client.serverRequests.find((r) => r.method === 'workspace/applyEdit')!.params as { edit: WorkspaceEdit };
		const [edit] = applied.edit.changes![fixable];
		assert.equal(edit.range.start.line, 93);
		assert.equal(edit.newText.replace(/\t/g, ''), '00000');
		await client.stop();
	});

	test('Should keep a client\'s own lens commands, and offer fix-all as a server command to a client that cannot resolve', async () => {
		const own = await LspClient.start({ applyEdit: true, commands: { showProblems: 'editor.problems', showPreview: 'editor.preview' } });
		own.open('file:///reports/own.txt', corpusText(CORPUS.linkou));
		await own.diagnostics('file:///reports/own.txt', 1);
		const lenses = await own.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: 'file:///reports/own.txt' } });
		assert.deepEqual([...new Set(lenses.map((l) => l.command!.command))].sort(), ['editor.preview', 'editor.problems']);
		await own.stop();

		const client = await LspClient.start({ applyEdit: true, resolve: false });
		const uri = 'file:///reports/no-resolve.txt';
		client.open(uri, corpusText(CORPUS.linkou));
		await client.diagnostics(uri, 1);
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 70, character: 0 }, end: { line: 70, character: 0 } }, context: { diagnostics: [] } });
		const fixAll = actions.find((a) => a.kind === 'source.fixAll.nianbao')!;
		assert.equal(fixAll.edit, undefined);
		assert.equal(fixAll.command?.command, SERVER_COMMANDS.applyAction);
		assert.equal((fixAll.command!.arguments![0] as ActionData).id, 'fixAll');
		assert.ok(actions.some((a) => a.kind === 'refactor.rewrite.nianbao.convert' && a.command?.command === SERVER_COMMANDS.applyAction));
		await client.stop();
	});
});

describe('Quick fixes', () => {
	test('Should merge the quick fixes that make the identical edit for one range into one action naming every diagnostic', async () => {
		const client = await LspClient.start();
		const uri = 'file:///reports/merged.txt';
		client.open(uri, corpusText(CORPUS.taonan));
		const here = (await client.diagnostics(uri, 1)).filter((d) => d.range.start.line === 343);
		assert.deepEqual(codes(here), ['result-total', 'balance']);
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: here[0].range, context: { diagnostics: here, only: ['quickfix'] } });
		const edits = actions.map((a) => JSON.stringify(a.edit));
		assert.equal(new Set(edits).size, edits.length, 'no two actions make the same edit');
		const total = actions.find((a) => a.title.startsWith('将（七）总计·自然人改为 1'))!;
		assert.deepEqual(total.diagnostics?.map((d) => d.code), ['result-total', 'balance']);
		assert.equal(actions.length, 2, 'the merged fix and balance\'s own choice');
		await client.stop();
	});
});

describe('The installed command', () => {
	test('Should serve LSP with `nianbao lsp --stdio`', async () => {
		const client = await LspClient.start({ args: [path.join(ROOT, 'dist/cli.js'), 'lsp', '--stdio'] });
		const uri = 'file:///reports/cli-002.txt';
		client.open(uri, corpusText(CORPUS.taonan), 'text');
		assert.ok(codes(await client.diagnostics(uri, 1)).includes('result-total'));
		assert.equal(await client.stop(), 0);
	});
});
