import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CONVERT_SOURCE_REQUEST, type ConvertSourceResult } from '../../server/src/protocol';
import { CORPUS_DIR, ROOT } from '../support/fixtures';
import { LspClient } from '../support/lsp';

describe('The import command\'s request: the server converts a published file', () => {
	let client: LspClient;
	before(async () => {
		client = await LspClient.start({ locale: 'en' });
	});
	after(() => client.stop());

	test('Should answer a PDF with its report text', async () => {
		const uri = pathToFileURL(path.join(CORPUS_DIR, '005_hongze-2024.pdf')).href;
		const r = await client.request<ConvertSourceResult>(CONVERT_SOURCE_REQUEST.method, { uri });
		assert.ok('text' in r);
		assert.match(r.text, /^\t（七）总计\t\t95\t0\t0\t0\t0\t0\t95$/m);
	});

	test('Should answer a scan, or a URI that is no file, with the reason in the UI language', async () => {
		const scan = await client.request<ConvertSourceResult>(CONVERT_SOURCE_REQUEST.method, { uri: pathToFileURL(path.join(ROOT, 'test/fixtures/sources/scanned.pdf')).href });
		assert.ok('error' in scan && /OCR/.test(scan.error));
		const remote = await client.request<ConvertSourceResult>(CONVERT_SOURCE_REQUEST.method, { uri: 'untitled:Untitled-1' });
		assert.ok('error' in remote);
	});
});
