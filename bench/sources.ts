/**
 * Reading report PDFs: nianbao's reader (pdf.js text with positions, the geometric layout, the text) against
 * pdf.js alone extracting the text content of every page, on corpus 005 and on a 50-page PDF built from it
 * with qpdf (skipped when qpdf is not installed). Target: at most 1.5× pdf.js, and a 50-page PDF under a second.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { layoutPages } from '../server/src/engine/sources/layout';
import { renderBlocks } from '../server/src/engine/sources/source';
import { loadPdfjs, readPdfPages } from '../server/src/node/sources/pdf';
import { fmt, median } from './measure';

const ROOT = path.resolve(__dirname, '../..');

async function pdfjsAlone(data: Uint8Array): Promise<number> {
	const lib = await loadPdfjs();
	const doc = await lib.getDocument({ data, useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
	let items = 0;
	for (let n = 1; n <= doc.numPages; n++) items += (await (await doc.getPage(n)).getTextContent()).items.length;
	await doc.destroy();
	return items;
}

async function ours(data: Uint8Array): Promise<number> {
	return renderBlocks(layoutPages(await readPdfPages(data))).text.length;
}

async function timed(fn: () => Promise<unknown>, runs: number): Promise<number> {
	await fn();
	const samples: number[] = [];
	for (let k = 0; k < runs; k++) {
		const t0 = performance.now();
		await fn();
		samples.push(performance.now() - t0);
	}
	return median(samples);
}

async function compare(name: string, file: string, runs: number): Promise<void> {
	const bytes = fs.readFileSync(file);
	// Each run gets its own copy: pdf.js transfers (detaches) the buffer it is given.
	const base = await timed(() => pdfjsAlone(new Uint8Array(bytes)), runs);
	const full = await timed(() => ours(new Uint8Array(bytes)), runs);
	const pages = (await readPdfPages(new Uint8Array(bytes))).length;
	const layoutOnly = await timed(async () => layoutPages(await readPdfPagesCached(file, bytes)), runs);
	console.log(`${name.padEnd(28)} ${String(pages).padStart(3)} pages  pdf.js text ${fmt(base).padStart(10)}  nianbao ${fmt(full).padStart(10)}  ratio ${(full / base).toFixed(2)}×  (layout alone ${fmt(layoutOnly)})`);
}

const cache = new Map<string, Awaited<ReturnType<typeof readPdfPages>>>();
async function readPdfPagesCached(file: string, bytes: Buffer): Promise<Awaited<ReturnType<typeof readPdfPages>>> {
	let pages = cache.get(file);
	if (!pages) cache.set(file, (pages = await readPdfPages(new Uint8Array(bytes))));
	return pages;
}

async function main(): Promise<void> {
	console.log('\nReading PDFs (median of runs)');
	const corpus = path.join(ROOT, 'test/fixtures/corpus/005_hongze-2024.pdf');
	await compare('005_hongze-2024.pdf', corpus, 5);
	for (const name of ['000.pdf', 'break.pdf']) {
		const file = path.join(ROOT, 'test/fixtures/sources', name);
		if (fs.existsSync(file)) await compare(name, file, 5);
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
	try {
		const fifty = path.join(dir, '50.pdf');
		execFileSync('qpdf', ['--empty', '--pages', ...Array<string>(10).fill(corpus), '--', fifty], { stdio: 'ignore' });
		await compare('005 × 10 (qpdf)', fifty, 3);
	} catch {
		console.log('50-page PDF: skipped (qpdf is not installed)');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

void main();
