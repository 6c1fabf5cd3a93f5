/**
 * `npm run bench`: the engine against markdown-it's parse on the same texts, side by side in one process.
 * `read` is the reader alone (the model: sections, tables, cells with spans); `analyze` adds every rule
 * with its fixes; `rules` is their share of analyze.
 * Target (issue 9): no slower than markdown-it (ratio ≤ 1.0) on every corpus report and on a ~0.5M-character
 * document, and linear growth (doubling the text at most doubles the time, with slack).
 *
 * The method is the same for every side, so neither is favoured:
 * - every text is warmed on every side first (JIT and inline caches settled for all of them), so the first
 *   text measured pays no warm-up the later ones do not;
 * - the sides of one text are measured in rounds, interleaved (read, analyze, markdown-it, then the next
 *   round starting with another side), so a change in machine load falls on all of them alike;
 * - a young-generation collection runs before each side's batch (run with --expose-gc), so a side never
 *   pays for garbage another side left; a side's own collections during its batch are its own cost and are
 *   counted. Not a full `gc()`: it shrinks the young generation, and the next batch then collects far more
 *   often (markdown-it's parse of 000 measured 0.25 ms per call after a minor collection, 1.8 ms after a full one);
 * - each batch is about `BATCH_MS` of repeated calls; a side's time is the median of its batch averages;
 * - time is this process's CPU time (`process.cpuUsage`, user + system), the same clock for every side: on
 *   a shared machine other processes stretch wall time by whatever share of the cores they take, and that
 *   changes from one batch to the next; CPU time counts only the work done (V8's helper threads included).
 */
import MarkdownIt from 'markdown-it';
import { analyze, read } from '../server/src/engine/index';
import { allTextCorpus } from '../test/support/fixtures';
import { fmt, gc, median, mib } from './measure';

/** A young-generation collection (scavenge), when run with --expose-gc. */
function minorGc(): void {
	(globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
}

const md = new MarkdownIt();
const corpus = allTextCorpus();
const rows: string[][] = [['text', 'chars', 'read', 'analyze', 'markdown-it', 'read/md', 'analyze/md', 'rules']];
let worstRead = 0;
let worst = 0;

const BATCH_MS = 25;

/** This process's CPU time in milliseconds (user + system, every thread). */
function cpuNow(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

/** Calls per batch of about `BATCH_MS` for `fn`, from a few timed calls (at least one). */
function callsPerBatch(fn: () => unknown): number {
	const t0 = cpuNow();
	let calls = 0;
	while (cpuNow() - t0 < 5 || calls < 1) {
		fn();
		calls++;
	}
	return Math.max(1, Math.round((calls * BATCH_MS) / Math.max(0.001, cpuNow() - t0)));
}

/** Milliseconds per call of each side: `rounds` interleaved batches per side, gc() before each, median batch average. */
function interleaved(sides: readonly (() => unknown)[], rounds: number): number[] {
	const calls = sides.map(callsPerBatch);
	const samples: number[][] = sides.map(() => []);
	for (let round = 0; round < rounds; round++) {
		for (let s = 0; s < sides.length; s++) {
			// Rotate the order, so no side always runs right after the same other one.
			const k = (s + round) % sides.length;
			minorGc();
			const t0 = cpuNow();
			for (let c = 0; c < calls[k]; c++) sides[k]();
			samples[k].push((cpuNow() - t0) / calls[k]);
		}
	}
	return samples.map(median);
}

function compare(name: string, text: string, rounds = 15): number {
	const [r, a, m] = interleaved([() => read(text), () => analyze(text), () => md.parse(text, {})], rounds);
	worstRead = Math.max(worstRead, r / m);
	worst = Math.max(worst, a / m);
	// `rules`: the rules' share of analyze (analyze − read), which issue 9 asks to keep small next to the reader.
	rows.push([name, String(text.length), fmt(r), fmt(a), fmt(m), (r / m).toFixed(2), (a / m).toFixed(2), `${Math.max(0, Math.round(((a - r) / a) * 100))} %`]);
	return a;
}

// Steady state, as in a long-running editor session: every side warmed on every text first.
const warmUntil = cpuNow() + 1500;
while (cpuNow() < warmUntil) {
	for (const { text } of corpus) {
		read(text);
		analyze(text);
		md.parse(text, {});
	}
}

// Then one full collection of the warm-up's garbage, and one pass of the measurement itself, discarded: the
// first text measured otherwise pays for collecting that garbage and for the young generation growing back
// (000, measured first, read 2–3× slower than in a second pass).
gc();
for (const { text } of corpus) interleaved([() => read(text), () => analyze(text), () => md.parse(text, {})], 3);

for (const { name, text } of corpus) compare(name.slice(0, 3), text);

const all = corpus.map((c) => c.text).join('\n');
const big = all.repeat(Math.ceil(500_000 / all.length));
// Warm the large document too (its sizes reach code paths and heap sizes the reports do not).
for (let k = 0; k < 2; k++) {
	read(big);
	analyze(big);
	md.parse(big, {});
}
const tBig = compare('corpus ×' + Math.ceil(500_000 / all.length), big, 7);
const double = big + '\n' + big;
analyze(double);
const [tDouble] = interleaved([() => analyze(double)], 5);
const mb = all.repeat(Math.ceil(1_000_000 / all.length));
analyze(mb);
const [tMb, mdMb] = interleaved([() => analyze(mb), () => md.parse(mb, {})], 5);

gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
const kept = analyze(big);
peak = Math.max(peak, process.memoryUsage().heapUsed);
clearInterval(sampler);

const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => r[k].length)));
for (const r of rows) console.log(r.map((c, k) => c.padEnd(widths[k])).join('  '));
console.log('');
console.log(`1 MB: ${mb.length} chars, analyze ${fmt(tMb)}, markdown-it ${fmt(mdMb)}, analyze/md ${(tMb / mdMb).toFixed(2)}`);
console.log(`growth: ${big.length} chars ${fmt(tBig)}, ${big.length * 2 + 1} chars ${fmt(tDouble)}, ×${(tDouble / tBig).toFixed(2)} for ×2 text`);
console.log(`memory: heap after analyze of ${big.length} chars +${mib(peak - before)} (model kept: ${kept.sections.length} sections), max RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);
console.log(`worst ratio read / markdown-it: ${worstRead.toFixed(2)} (target ≤ 1.00) ${worstRead <= 1 ? 'MET' : 'NOT MET'}`);
console.log(`worst ratio analyze (read + rules) / markdown-it: ${worst.toFixed(2)} (target ≤ 1.00) ${worst <= 1 ? 'MET' : 'NOT MET'}`);
console.log(`linear growth: ${tDouble / tBig <= 2.6 ? 'MET' : 'NOT MET'}`);
