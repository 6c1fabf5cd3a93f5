/// <reference lib="dom" />
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Diagnostic } from 'vscode-languageserver-types';
import { allCorpus, EXAMPLES_DIR, ROOT } from '../support/fixtures';
import { LspClient } from '../support/lsp';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const URI = (name: string) => `file:///reports/${name}`;
/** What the web extension's client sends (common.ts), and what the Node server's test client sends. */
const INITIALIZE = {
	processId: null,
	rootUri: null,
	locale: 'zh-cn',
	initializationOptions: { diagnosticsDelay: 0 },
	capabilities: { workspace: { configuration: false }, textDocument: { publishDiagnostics: { relatedInformation: true }, codeAction: { resolveSupport: { properties: ['edit'] } } } },
};

/** A page and the worker bundle, served from one origin (a worker cannot start from a file: page). */
function serve(): Promise<http.Server> {
	const page = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>';
	const server = http.createServer((req, res) => {
		if (req.url === '/server.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(fs.readFileSync(path.join(ROOT, 'dist/browser/server.js')));
		} else {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page);
		}
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Starts dist/browser/server.js in a Web Worker, sends it LSP messages as the browser client does (message
 * objects posted to the worker), opens the documents and returns each one's first published diagnostics.
 */
async function workerDiagnostics(page: Page, docs: readonly { uri: string; text: string }[]): Promise<Record<string, Diagnostic[]>> {
	return page.evaluate(async ({ docs, initialize }) => {
		const worker = new Worker('/server.js');
		const published: Record<string, Diagnostic[]> = {};
		const pending = new Map<number, (result: unknown) => void>();
		let done: () => void = () => undefined;
		const finished = new Promise<void>((resolve) => (done = resolve));
		worker.onmessage = (e: MessageEvent<{ id?: number; method?: string; params?: { uri: string; version?: number; diagnostics: Diagnostic[] }; result?: unknown }>) => {
			const m = e.data;
			if (m.method === 'textDocument/publishDiagnostics' && m.params && m.params.version === 1 && !published[m.params.uri]) {
				published[m.params.uri] = m.params.diagnostics;
				if (Object.keys(published).length === docs.length) done();
			} else if (m.method !== undefined && m.id !== undefined) {
				// A request from the server (registerCapability…): answered empty, as a client without the capability would.
				worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
			} else if (m.id !== undefined && m.method === undefined) pending.get(m.id)?.(m.result);
		};
		await new Promise((resolve) => {
			pending.set(1, resolve);
			worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: initialize });
		});
		worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
		for (const d of docs) worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: d.uri, languageId: 'nianbao', version: 1, text: d.text } } });
		await finished;
		worker.terminate();
		return published;
	}, { docs, initialize: INITIALIZE });
}

/** A diagnostic without its documentation link (a file beside the Node server; none in the browser bundle). */
const comparable = (d: Diagnostic): Diagnostic => ({ ...d, codeDescription: undefined });

test('Should declare a browser entry, built for the browser, that requires nothing but vscode', () => {
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { browser: string };
	assert.equal(manifest.browser, './dist/browser/client.js');
	for (const file of ['dist/browser/client.js', 'dist/browser/server.js']) {
		const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
		const required = new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]));
		assert.deepEqual([...required], file.endsWith('client.js') ? ['vscode'] : [], file);
	}
});

describe('The web extension\'s server in a Web Worker', { skip: !available && !process.env.CI ? 'chromium is not installed' : false }, () => {
	let browser: Browser;
	let server: http.Server;
	let node: LspClient;
	before(async () => {
		assert.ok(available, 'Chromium must be installed on CI');
		server = await serve();
		browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
		node = await LspClient.start();
	});
	after(async () => {
		await browser?.close();
		server?.close();
		await node?.stop();
	});

	test('Should publish the Node server\'s diagnostics, identical, for every corpus report and example', async () => {
		const examples = fs.readdirSync(EXAMPLES_DIR).map((name) => ({ name, text: fs.readFileSync(path.join(EXAMPLES_DIR, name), 'utf8') }));
		const docs = [...allCorpus(), ...examples].map((c) => ({ uri: URI(encodeURIComponent(c.name)), text: c.text }));
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const inWorker = await workerDiagnostics(page, docs);
		assert.deepEqual(errors, []);
		let total = 0;
		for (const d of docs) {
			node.open(d.uri, d.text);
			const expected = await node.diagnostics(d.uri, 1);
			assert.ok(inWorker[d.uri], `the worker published for ${d.uri}`);
			assert.deepEqual(inWorker[d.uri].map(comparable), expected.map(comparable), d.uri);
			total += expected.length;
		}
		assert.ok(total >= 30, `${total} diagnostics compared`);
	});
});
