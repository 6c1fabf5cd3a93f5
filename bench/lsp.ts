/**
 * The language server over stdio, debounce 0 (part of `npm run bench`). Targets (issue 4): median time
 * from didChange to publishDiagnostics ≤ 10 ms for a corpus report and ≤ 200 ms for 1 MB; server memory
 * ≤ 100 MB with 200 corpus-sized reports open. Also documentSymbol and hover.
 */
import * as fs from 'node:fs';
import { CORPUS, corpusText } from '../test/support/fixtures';
import { LspClient } from '../test/support/lsp';
import { fmt, median } from './measure';

async function changeToPublish(client: LspClient, uri: string, base: string, runs: number): Promise<number> {
	const samples: number[] = [];
	client.open(uri, base);
	await client.diagnostics(uri, 1, 120_000);
	for (let v = 2; v < runs + 2; v++) {
		const t0 = performance.now();
		// A keystroke: one character typed at the end of the first line.
		client.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: v % 2 ? ' ' : '　' }]);
		await client.diagnostics(uri, v, 120_000);
		samples.push(performance.now() - t0);
	}
	return median(samples);
}

async function requestTime(client: LspClient, method: string, params: unknown, runs: number): Promise<number> {
	const samples: number[] = [];
	for (let k = 0; k < runs; k++) {
		const t0 = performance.now();
		await client.request(method, params);
		samples.push(performance.now() - t0);
	}
	return median(samples);
}

function rssMiB(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
	const report = corpusText(CORPUS.taonan);
	const big = corpusText(CORPUS.linkou).repeat(Math.ceil(1_000_000 / corpusText(CORPUS.linkou).length));
	const client = await LspClient.start();
	const small = await changeToPublish(client, 'file:///bench/002.txt', report, 60);
	const large = await changeToPublish(client, 'file:///bench/1mb.txt', big, 8);
	const symbols = await requestTime(client, 'textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/002.txt' } }, 50);
	const hover = await requestTime(client, 'textDocument/hover', { textDocument: { uri: 'file:///bench/002.txt' }, position: { line: 343, character: 1 } }, 50);
	await client.stop();

	const many = await LspClient.start();
	const texts = Object.values(CORPUS).map(corpusText);
	for (let k = 0; k < 200; k++) many.open(`file:///bench/many/${k}.txt`, texts[k % texts.length]);
	await many.diagnostics('file:///bench/many/199.txt', 1, 120_000);
	for (let k = 0; k < 200; k++) await many.diagnostics(`file:///bench/many/${k}.txt`, 1, 120_000);
	const memory = rssMiB(many.process.pid!);
	await many.stop();

	console.log(`didChange → publishDiagnostics, corpus report (${report.length} chars): median ${fmt(small)} (target ≤ 10 ms) ${small <= 10 ? 'MET' : 'NOT MET'}`);
	console.log(`didChange → publishDiagnostics, ${(big.length / 1e6).toFixed(1)}M chars: median ${fmt(large)} (target ≤ 200 ms) ${large <= 200 ? 'MET' : 'NOT MET'}`);
	console.log(`documentSymbol: median ${fmt(symbols)}; hover: median ${fmt(hover)}`);
	console.log(`server memory with 200 reports open: ${memory.toFixed(1)} MiB RSS (target ≤ 100 MB) ${memory <= 100 ? 'MET' : 'NOT MET'}`);
}

void main();
