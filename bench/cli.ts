/**
 * The command line's peak memory against the number of files (issue #9: "CLI peak memory flat in the number of
 * files"): `nianbao check` over folders of 200, 1,000 and 2,000 generated reports, in each output format, as the
 * installed command runs (dist/cli.js in its own process), peak RSS read from the process itself at exit.
 * Run after a build: `node out/bench/cli.js` (`npm run bench` runs it).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allCorpus, ROOT } from '../test/support/fixtures';

/** Numbers of files; `node out/bench/cli.js 50,100` for others. */
const COUNTS = process.argv[2] ? process.argv[2].split(',').map(Number) : [200, 1000, 2000];
const FORMATS = ['text', 'json', 'sarif', 'junit'];
const CLI = path.join(ROOT, 'dist/cli.js');

/**
 * A preload that writes, when the process exits, its peak RSS (kB) and the heap still live after a full
 * collection (bytes) to $NIANBAO_RSS_FILE. Peak RSS also counts garbage V8 had not yet collected (it lets the
 * heap grow while a run allocates fast); the live heap is what the run keeps.
 */
const HOOK = `process.on('exit', () => { global.gc(); require('node:fs').writeFileSync(process.env.NIANBAO_RSS_FILE, process.resourceUsage().maxRSS + ' ' + process.memoryUsage().heapUsed); });\n`;

/** `count` reports: the corpus's text reports in turn, each made distinct by its body's name. */
function folder(root: string, count: number): string {
	const dir = path.join(root, String(count));
	fs.mkdirSync(dir);
	const texts = allCorpus().map((c) => c.text);
	for (let k = 0; k < count; k++) {
		const text = texts[k % texts.length].replace(/(政府信息公开工作年度报告)/, `$1（第${k}份）`);
		fs.writeFileSync(path.join(dir, `${String(k).padStart(5, '0')}.txt`), text);
	}
	return dir;
}

/** Peak RSS and live heap at the end in MB, and wall time in seconds, of one `nianbao check` run. */
function measure(root: string, dir: string, format: string): { rss: number; live: number; seconds: number; bytes: number } {
	const rssFile = path.join(root, 'rss');
	const hook = path.join(root, 'hook.js');
	const out = path.join(root, 'out');
	const t0 = performance.now();
	const r = spawnSync(process.execPath, ['--expose-gc', '--require', hook, CLI, 'check', '--format', format, '--output-file', out, dir], {
		env: { ...process.env, NIANBAO_RSS_FILE: rssFile },
		encoding: 'utf8',
	});
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao check exited ${r.status}: ${r.stderr.slice(0, 500)}`);
	const [maxRss, heapUsed] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
	return { rss: maxRss / 1024, live: heapUsed / 1048576, seconds, bytes: fs.statSync(out).size };
}

function main(): void {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-cli-'));
	try {
		fs.writeFileSync(path.join(root, 'hook.js'), HOOK);
		const dirs = COUNTS.map((n) => folder(root, n));
		console.log('nianbao check by number of files and format: peak RSS / heap live at the end (MB), time (s), output (MB)');
		console.log(['files', ...FORMATS].map((s) => s.padStart(26)).join(''));
		for (const [k, n] of COUNTS.entries()) {
			const cells = FORMATS.map((f) => {
				const m = measure(root, dirs[k], f);
				return `${m.rss.toFixed(0)}/${m.live.toFixed(1)} MB ${m.seconds.toFixed(1)}s ${(m.bytes / 1e6).toFixed(1)}MB`;
			});
			console.log([String(n), ...cells].map((s) => s.padStart(26)).join(''));
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
}

main();
