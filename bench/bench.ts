/**
 * `npm run bench`: the engine against markdown-it's parse on the same texts, side by side in one process.
 * `read` is the reader alone (the model: sections, tables, cells with spans); `analyze` adds every rule
 * with its fixes; `rules` is their share of analyze. Target (issue 2): no slower than markdown-it (ratio ≤ 1.0) on every corpus report and
 * on a ~0.5M-character document, and linear growth (doubling the text at most doubles the time, with slack).
 */
import MarkdownIt from 'markdown-it';
import { analyze, read } from '../server/src/engine/index';
import { allTextCorpus } from '../test/support/fixtures';
import { fmt, gc, mib, time } from './measure';

const md = new MarkdownIt();
const corpus = allTextCorpus();
const rows: string[][] = [['text', 'chars', 'read', 'analyze', 'markdown-it', 'read/md', 'analyze/md', 'rules']];
let worstRead = 0;
let worst = 0;

function compare(name: string, text: string): number {
	const r = time(() => read(text));
	const a = time(() => analyze(text));
	const m = time(() => md.parse(text, {}));
	worstRead = Math.max(worstRead, r / m);
	worst = Math.max(worst, a / m);
	// `rules`: the rules' share of analyze (analyze − read), which issue 9 asks to keep small next to the reader.
	rows.push([name, String(text.length), fmt(r), fmt(a), fmt(m), (r / m).toFixed(2), (a / m).toFixed(2), `${Math.max(0, Math.round(((a - r) / a) * 100))} %`]);
	return a;
}

// Steady state, as in a long-running editor session: both parsers warmed on every text first.
const warmUntil = performance.now() + 1000;
while (performance.now() < warmUntil) {
	for (const { text } of corpus) {
		read(text);
		analyze(text);
		md.parse(text, {});
	}
}

for (const { name, text } of corpus) compare(name.slice(0, 3), text);

const all = corpus.map((c) => c.text).join('\n');
const big = all.repeat(Math.ceil(500_000 / all.length));
const tBig = compare('corpus ×' + Math.ceil(500_000 / all.length), big);
const double = big + '\n' + big;
const tDouble = time(() => analyze(double));

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
console.log(`growth: ${big.length} chars ${fmt(tBig)}, ${big.length * 2 + 1} chars ${fmt(tDouble)}, ×${(tDouble / tBig).toFixed(2)} for ×2 text`);
console.log(`memory: heap after analyze of ${big.length} chars +${mib(peak - before)} (model kept: ${kept.sections.length} sections), max RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);
console.log(`worst ratio read / markdown-it: ${worstRead.toFixed(2)} (target ≤ 1.00) ${worstRead <= 1 ? 'MET' : 'NOT MET'}`);
console.log(`worst ratio analyze (read + rules) / markdown-it: ${worst.toFixed(2)} (target ≤ 1.00) ${worst <= 1 ? 'MET' : 'NOT MET'}`);
console.log(`linear growth: ${tDouble / tBig <= 2.6 ? 'MET' : 'NOT MET'}`);
