/**
 * `npm run bench` (fixing): fix-all on texts whose findings number in the thousands, the shape that made
 * fixing quadratic (issue 11: a whole-text scan per finding; 0.6 MB took 24 s). Repeated section headings
 * with variant wording and no tables, and the corpus repeated; doubling the text should about double the time.
 * Fix-all applies every compatible fix of one analysis together, so it should cost about two analyses (the
 * text as given and the result, which proves the pass and shows that no safe fix is left): the time of one
 * analysis is measured beside it, and the number of analyses counted.
 */
import { analyze } from '../server/src/engine/index';
import { fixAll } from '../server/src/engine/features/fixAll';
import { allCorpus } from '../test/support/fixtures';
import { fmt } from './measure';

const repeated = '五、存在问题及改进情况\n文字。\n二、主动公开政府信息情况\n本年度主动公开信息若干条。\n';
const corpus = allCorpus().map((c) => c.text).join('\n');
const sized = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

for (const [name, unit] of [['repeated headings', repeated], ['corpus', corpus]] as const) {
	const times: number[] = [];
	for (const chars of [600_000, 1_200_000]) {
		const text = sized(unit, chars);
		// One run each: a fix-all of a megabyte takes seconds, and repeats would only wait for the same figure.
		let t0 = performance.now();
		void analyze(text).diagnostics;
		const once = performance.now() - t0;
		let analyses = 0;
		t0 = performance.now();
		const { applied } = fixAll(text, (t, config) => (analyses++, analyze(t, config)));
		const t = performance.now() - t0;
		times.push(t);
		const ratio = t / once;
		console.log(`fix-all, ${name}: ${text.length} chars ${fmt(t)}, ${applied} fixes, ${analyses} analyses; one analysis ${fmt(once)}, fix-all = ${ratio.toFixed(1)} analyses' time; at most 2 analyses ${analyses <= 2 ? 'MET' : 'NOT MET'}`);
	}
	console.log(`fix-all, ${name}: ×${(times[1] / times[0]).toFixed(2)} for ×2 text ${times[1] / times[0] <= 2.6 ? 'MET' : 'NOT MET'}`);
}
