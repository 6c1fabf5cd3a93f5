import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS, CORPUS_DIR, ROOT } from '../support/fixtures';

/**
 * The editor recipes of README.md, as a user copies them: each code block follows a marker
 * `<!-- recipe: NAME -->`, so the tests run exactly what README says.
 */
export function recipe(name: string): string {
	const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
	const marker = readme.indexOf(`<!-- recipe: ${name} -->`);
	if (marker < 0) throw new Error(`README.md has no recipe ${name}`);
	const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(marker));
	if (!block) throw new Error(`README.md's recipe ${name} has no code block`);
	return block[1];
}

/**
 * A fresh folder for an editor run: its own XDG folders, and a `nianbao` command on PATH that runs this
 * checkout's build, as `npm install -g` would install it.
 */
export function sandbox(prefix: string): { dir: string; env: NodeJS.ProcessEnv } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const bin = path.join(dir, 'bin');
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'nianbao'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist/cli.js')}" "$@"\n`, { mode: 0o755 });
	const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, LANG: 'C.UTF-8' };
	return { dir, env };
}

/**
 * A sandbox holding README's recipe `name` (as `recipe.EXT`) and 002 and 003 copied as plain .txt files into
 * `reports/`, with the environment the editor scripts read: NIANBAO_RECIPE, NIANBAO_OUT, NIANBAO_REPORT, NIANBAO_OUTLINE.
 */
export function editorRun(prefix: string, name: string, ext: string): { reports: string; out: string; env: NodeJS.ProcessEnv } {
	const { dir, env } = sandbox(prefix);
	const reports = path.join(dir, 'reports');
	fs.mkdirSync(reports);
	fs.copyFileSync(path.join(CORPUS_DIR, CORPUS.taonan), path.join(reports, '002.txt'));
	fs.copyFileSync(path.join(CORPUS_DIR, CORPUS.linkou), path.join(reports, '003.txt'));
	const script = path.join(dir, `recipe.${ext}`);
	fs.writeFileSync(script, recipe(name));
	const out = path.join(dir, 'result.json');
	Object.assign(env, { NIANBAO_RECIPE: script, NIANBAO_OUT: out, NIANBAO_REPORT: path.join(reports, '002.txt'), NIANBAO_OUTLINE: path.join(reports, '003.txt') });
	return { reports, out, env };
}

/** The version an editor reports (`[major, minor]`), or null when it is not installed. */
export function versionOf(command: string, args: readonly string[], pattern: RegExp): [number, number] | null {
	const run = spawnSync(command, args, { encoding: 'utf8' });
	const m = run.status === 0 ? pattern.exec(run.stdout) : null;
	return m ? [Number(m[1]), Number(m[2])] : null;
}

/** 002's diagnostics as every client must see them: line (0-based) and column (in characters) of each. */
export const REPORT_002 = ['balance@343:1', 'balance@349:1', 'missing-fee-report@411:2', 'missing-rectification@406:2', 'missing-title@0:0', 'result-total@343:1', 'result-total@349:1'];
export const OUTLINE_003 = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
