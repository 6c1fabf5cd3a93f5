import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { LARGE_DOCUMENT, startServer } from '../../server/src/startServer';
import { CORPUS, corpusText } from '../support/fixtures';

/** The shared server in this process, over a pair of streams, with a host that records what it is told. */
async function serve(): Promise<{ client: ReturnType<typeof createMessageConnection>; large: boolean[]; published: Map<string, number> }> {
	const toServer = new PassThrough();
	const toClient = new PassThrough();
	const large: boolean[] = [];
	startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { docs: null, largeDocuments: (open) => void large.push(open) });
	const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
	const published = new Map<string, number>();
	client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => void published.set(p.uri, p.version ?? 0));
	client.listen();
	await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { diagnosticsDelay: 0 } });
	await client.sendNotification('initialized', {});
	return { client, large, published };
}

async function until(condition: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 20_000;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('The server\'s host', () => {
	test('Should be told when a large document opens, grows or shrinks past the limit, and closes, only when that changes', async () => {
		const { client, large, published } = await serve();
		const report = corpusText(CORPUS.taonan);
		const big = report.repeat(Math.ceil((LARGE_DOCUMENT + 1) / report.length));
		const open = (uri: string, text: string) => client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
		await open('file:///small.txt', report);
		await open('file:///big-1.txt', big);
		await open('file:///big-2.txt', big);
		await until(() => published.size === 3, 'three documents checked');
		assert.deepEqual(large, [true]);
		await client.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///big-1.txt' } });
		// Cut to a report: no large document is left open.
		await client.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///big-2.txt', version: 2 }, contentChanges: [{ text: report }] });
		await until(() => published.get('file:///big-2.txt') === 2, 'the edit checked');
		assert.deepEqual(large, [true, false]);
		client.dispose();
	});
});
