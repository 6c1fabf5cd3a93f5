/**
 * Reading report PDFs: nianbao's reader (pdf.js text with positions, the geometric layout, the text) against
 * pdf.js alone extracting the text content of every page, on corpus 005 and on a 50-page PDF built from it
 * with qpdf (skipped when qpdf is not installed). Target: at most 1.5× pdf.js, and a 50-page PDF under a second.
 * nianbao reads each page's operator list once (text and rules, node/sources/drawing.ts); pdf.js alone extracts
 * the text content.
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

/**
 * Median wall and CPU time of each function over `runs` runs, the two interleaved so that a change in the machine's
 * load hits both alike. CPU time is the steadier figure on a shared machine: pdf.js runs in process, on one thread.
 */
async function timedPair(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number): Promise<{ wall: [number, number]; cpu: [number, number] }> {
	await a();
	await b();
	const wall: [number[], number[]] = [[], []];
	const cpu: [number[], number[]] = [[], []];
	for (let k = 0; k < runs; k++) {
		for (const [n, fn] of [a, b].entries()) {
			const c0 = process.cpuUsage();
			const t0 = performance.now();
			await fn();
			wall[n].push(performance.now() - t0);
			const c = process.cpuUsage(c0);
			cpu[n].push((c.user + c.system) / 1000);
		}
	}
	return { wall: [median(wall[0]), median(wall[1])], cpu: [median(cpu[0]), median(cpu[1])] };
}

async function compare(name: string, file: string, runs: number): Promise<void> {
	const bytes = fs.readFileSync(file);
	// Each run gets its own copy: pdf.js transfers (detaches) the buffer it is given.
	const { wall, cpu } = await timedPair(() => pdfjsAlone(new Uint8Array(bytes)), () => ours(new Uint8Array(bytes)), runs);
	const pages = (await readPdfPages(new Uint8Array(bytes))).length;
	const pagesRead = await readPdfPagesCached(file, bytes);
	const layout = await timedPair(async () => layoutPages(pagesRead), async () => layoutPages(pagesRead), runs);
	console.log(`${name.padEnd(28)} ${String(pages).padStart(3)} pages  pdf.js text ${fmt(wall[0]).padStart(10)}  nianbao ${fmt(wall[1]).padStart(10)}  ratio ${(wall[1] / wall[0]).toFixed(2)}×  (CPU ${fmt(cpu[0])} / ${fmt(cpu[1])}: ${(cpu[1] / cpu[0]).toFixed(2)}×; layout alone ${fmt(layout.wall[1])})`);
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
	await compare('005_hongze-2024.pdf', corpus, 7);
	for (const name of ['000.pdf', 'break.pdf']) {
		const file = path.join(ROOT, 'test/fixtures/sources', name);
		if (fs.existsSync(file)) await compare(name, file, 7);
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
	try {
		const fifty = path.join(dir, '50.pdf');
		execFileSync('qpdf', ['--empty', '--pages', ...Array<string>(10).fill(corpus), '--', fifty], { stdio: 'ignore' });
		await compare('005 × 10 (qpdf)', fifty, 5);
	} catch {
		console.log('50-page PDF: skipped (qpdf is not installed)');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

void main();
