import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { CORPUS, corpusText } from '../support/fixtures';
import { LspClient } from '../support/lsp';

describe('Server settings and timing', () => {
	test('Should debounce typing and publish only the latest version', async () => {
		const client = await LspClient.start({ delay: 150 });
		const uri = 'file:///reports/typing.txt';
		const text = corpusText(CORPUS.linkou);
		client.open(uri, text);
		await client.diagnostics(uri, 1);
		for (let v = 2; v <= 6; v++) client.change(uri, v, [{ text: text + '\n'.repeat(v) }]);
		const latest = await client.diagnostics(uri, 6);
		assert.equal(latest.length, 5);
		assert.deepEqual(client.publishedVersions(uri), [1, 6]);
		await client.stop();
	});

	test('Should stop checking a version that changed while it was being read, and publish the latest', async () => {
		const client = await LspClient.start();
		const uri = 'file:///reports/large.txt';
		// About 600K characters: reading takes a hundred milliseconds or more, longer than the pause below, which
		// is long enough for the server to have started reading version 2 (it waits a few turns before it does).
		const text = corpusText(CORPUS.linkou).repeat(70);
		client.open(uri, text);
		await client.diagnostics(uri, 1, 60_000);
		client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
		await new Promise((resolve) => setTimeout(resolve, 30));
		client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
		await client.diagnostics(uri, 3, 60_000);
		assert.deepEqual(client.publishedVersions(uri), [1, 3]);
		await client.stop();
	});

	test('Should honour nianbao.rules from the client and .nianbao.json beside the report', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-'));
		fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'missing-title': 'off' } }));
		const file = path.join(dir, '002.txt');
		fs.writeFileSync(file, corpusText(CORPUS.taonan));
		const client = await LspClient.start({ configuration: true });
		const uri = pathToFileURL(file).href;
		client.open(uri, corpusText(CORPUS.taonan));
		const diagnostics = await client.diagnostics(uri, 1);
		assert.ok(!diagnostics.some((d) => d.code === 'missing-title'));
		assert.ok(diagnostics.some((d) => d.code === 'result-total'));
		await client.stop();
	});

	test('Should take the configuration of a document that is not a file from the workspace folder', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-'));
		fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'missing-title': 'off' } }));
		const client = await LspClient.start({ rootUri: pathToFileURL(dir).href });
		for (const uri of ['untitled:Untitled-1', 'file://server/share/002.txt']) {
			client.open(uri, corpusText(CORPUS.taonan));
			const diagnostics = await client.diagnostics(uri, 1);
			assert.ok(!diagnostics.some((d) => d.code === 'missing-title'), uri);
			assert.ok(diagnostics.some((d) => d.code === 'result-total'), uri);
		}
		await client.stop();
	});

	test('Should check a document as soon as it opens, whatever the typing delay', async () => {
		const client = await LspClient.start({ delay: 600_000 });
		const uri = 'file:///reports/opened.txt';
		client.open(uri, corpusText(CORPUS.taonan));
		assert.ok((await client.diagnostics(uri, 1, 30_000)).some((d) => d.code === 'result-total'));
		await client.stop();
	});
});
