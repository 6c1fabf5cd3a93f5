import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { LspClient } from '../support/lsp';
import { makeReport } from '../support/reports';

const BODY = '某某县某某局';
const lastYear = (forward: number) => makeReport({ year: 2022, body: BODY, rows: { newRequests: [forward, 0, 0, 0, 0, 0, forward], carriedForward: [forward, 0, 0, 0, 0, 0, forward] } });
/** This year carries over 5. */
const THIS = makeReport({ year: 2023, body: BODY, rows: { carriedOver: [5, 0, 0, 0, 0, 0, 5], granted: [5, 0, 0, 0, 0, 0, 5], resultTotal: [5, 0, 0, 0, 0, 0, 5] } });
const carryover = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'carryover-mismatch');

describe('The server compares a report with last year’s in the workspace', () => {
	let client: LspClient;
	let dir: string;
	let lastUri: string;
	let thisUri: string;

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-workspace-'));
		fs.mkdirSync(path.join(dir, '2022年'));
		fs.writeFileSync(path.join(dir, '2022年', '年度报告.txt'), lastYear(2));
		lastUri = pathToFileURL(path.join(dir, '2022年', '年度报告.txt')).href;
		thisUri = pathToFileURL(path.join(dir, '2023年度报告.txt')).href;
		client = await LspClient.start({ rootUri: pathToFileURL(dir).href });
	});

	after(async () => {
		await client.stop();
	});

	test('Should find last year’s file on disk, with its cell as related information in that file', async () => {
		client.open(thisUri, THIS);
		const found = carryover(await client.until(thisUri, (ds) => carryover(ds).length > 0));
		assert.equal(found.length, 2);
		assert.match(String(found[0].message), /二、上年结转.*为 5，但上年报告（年度报告\.txt）.*为 2/);
		const related = found[0].relatedInformation?.[0];
		assert.equal(related?.location.uri, lastUri);
		const line = lastYear(2).split('\n').findIndex((l) => l.startsWith('四、结转下年度继续办理'));
		assert.equal(related?.location.range.start.line, line);
		const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: thisUri }, position: found[0].range.start });
		assert.match(JSON.stringify(hover.contents), /上年报告（年度报告\.txt 第 \d+ 行）：四、结转下年度继续办理·自然人 = 2/);
	});

	test('Should prefer last year’s report opened in the editor, and go back to the file when it is closed', async () => {
		client.open(lastUri, lastYear(5));
		await client.until(thisUri, (ds) => carryover(ds).length === 0);
		void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: lastUri } });
		const again = carryover(await client.until(thisUri, (ds) => carryover(ds).length > 0));
		assert.equal(again[0].relatedInformation?.[0].location.uri, lastUri);
	});

	test('Should follow last year’s file changed on disk', async () => {
		fs.writeFileSync(path.join(dir, '2022年', '年度报告.txt'), lastYear(5));
		void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lastUri, type: 2 }] });
		await client.until(thisUri, (ds) => carryover(ds).length === 0);
	});
});
