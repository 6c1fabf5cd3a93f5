import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as iconv from 'iconv-lite';
import { cli } from '../support/cli';
import { CORPUS, CORPUS_DIR, corpusText, EXAMPLES_DIR } from '../support/fixtures';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-options-'));
const file002 = path.join(CORPUS_DIR, CORPUS.taonan);
const file003 = path.join(CORPUS_DIR, CORPUS.linkou);
const stats = path.join(EXAMPLES_DIR, '2022年某某市统计局政府信息公开工作年度报告.txt');

/** A folder laid out as given (name → text), for globs and ignore files. */
function tree(files: Record<string, string>): string {
	const dir = tmp();
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		fs.writeFileSync(path.join(dir, name), text);
	}
	return dir;
}

/** The files named in text output, relative, in order of first appearance. */
function filesIn(stdout: string): string[] {
	return [...new Set(stdout.split('\n').filter((l) => l !== '').map((l) => l.replace(/:\d+:\d+: .*$/, '')))];
}

describe('Options, parsed by util.parseArgs', () => {
	test('Should take -f json, --format json and --format=json alike', async () => {
		const a = await cli(['check', '-f', 'json', file002]);
		const b = await cli(['check', '--format', 'json', file002]);
		const c = await cli(['check', '--format=json', file002]);
		assert.equal(a.status, 1);
		assert.equal(a.stdout, b.stdout);
		assert.equal(a.stdout, c.stdout);
		assert.equal(JSON.parse(a.stdout).length, 1);
	});

	for (const command of ['check', 'export', 'skeleton', 'convert']) {
		test(`Should print ${command}'s own usage with --help and -h, and exit 0`, async () => {
			for (const help of ['--help', '-h']) {
				const r = await cli([command, help]);
				assert.equal(r.status, 0);
				assert.match(r.stdout, new RegExp(`^用法：nianbao ${command} `));
				assert.equal(r.stderr, '');
			}
			assert.match((await cli([command, '--help'], { LANG: 'en_US.UTF-8' })).stdout, new RegExp(`^Usage: nianbao ${command} `));
		});
	}

	test('Should document the exit status in the usage', async () => {
		assert.match((await cli(['--help'])).stdout, /退出状态：0 没有问题；1 有错误级别的问题（或警告数超过 --max-warnings）；2 用法错误/);
		assert.match((await cli(['check', '--help'], { LANG: 'en_US.UTF-8' })).stdout, /Exit status: 0 no errors; 1 findings at error level, or more warnings than --max-warnings; 2 bad usage/);
	});

	test('Should refuse an unknown option with exit 2, saying which, in Chinese or English', async () => {
		const zh = await cli(['check', '--nope', file002]);
		assert.equal(zh.status, 2);
		assert.equal(zh.stdout, '');
		assert.match(zh.stderr, /^nianbao: 用法错误：未知的选项 --nope\n用法见 nianbao check --help\n$/);
		const en = await cli(['check', '--lang', 'en', '-x', file002]);
		assert.match(en.stderr, /^nianbao: bad usage: unknown option -x\nSee nianbao check --help\n$/);
	});

	test('Should refuse a missing or invalid value, and options that do not go together', async () => {
		assert.match((await cli(['check', file002, '--format'])).stderr, /选项 -f, --format 缺少取值/);
		assert.match((await cli(['check', '--format', 'xml', file002])).stderr, /--format 的取值 “xml” 无效，可选：text、json、sarif、github、junit/);
		assert.match((await cli(['check', '--max-warnings', 'many', file002], { LANG: 'en' })).stderr, /--max-warnings needs a whole number ≥ 0, not "many"/);
		assert.match((await cli(['check', '--fix=yes', file002], { LANG: 'en' })).stderr, /option --fix takes no value/);
		assert.equal((await cli(['check', '--fix', '--dry-run', file002])).status, 2);
		assert.equal((await cli(['check', '--dry-run', '-f', 'json', file002])).status, 2);
		assert.equal((await cli(['check', '--fix', '-'])).status, 2);
		assert.equal((await cli(['check', '-', '-'])).status, 2);
		assert.equal((await cli(['skeleton', 'extra'])).status, 2);
	});

	test('Should take a path starting with a dash after --', async () => {
		const dir = tree({ '-odd.txt': corpusText(CORPUS.taonan) });
		const r = await cli(['check', '--', '-odd.txt'], undefined, { cwd: dir });
		assert.equal(r.status, 1, r.stderr);
		assert.match(r.stdout, /^-odd\.txt:344:2: error result-total/m);
	});
});

describe('Standard input', () => {
	const stdin = (bytes: Buffer) => ({ stdin: async () => bytes });

	test('Should check a report read from - and name it by --stdin-filename', async () => {
		const r = await cli(['check', '-', '--stdin-filename', 'reports/2023.txt'], undefined, stdin(Buffer.from(corpusText(CORPUS.taonan))));
		assert.equal(r.status, 1);
		assert.match(r.stdout, /^reports\/2023\.txt:344:2: error result-total/m);
		const unnamed = await cli(['check', '-'], undefined, stdin(Buffer.from(corpusText(CORPUS.taonan))));
		assert.match(unnamed.stdout, /^<stdin>:344:2: error result-total/m);
	});

	test('Should decode GB18030 from standard input, and take its .nianbao.json from the --stdin-filename folder', async () => {
		const dir = tree({ '.nianbao.json': JSON.stringify({ rules: { 'blank-cell': 'off' } }) });
		const bytes = iconv.encode(corpusText(CORPUS.linkou), 'gb18030');
		const plain = await cli(['check', '-f', 'json', '-'], undefined, { stdin: async () => bytes, cwd: tmp() });
		assert.ok(JSON.parse(plain.stdout)[0].diagnostics.some((d: { code: string }) => d.code === 'blank-cell'));
		const configured = await cli(['check', '-f', 'json', '-', '--stdin-filename', path.join(dir, 'r.txt')], undefined, { stdin: async () => bytes });
		assert.deepEqual(JSON.parse(configured.stdout)[0].diagnostics, []);
	});

	test('Should show what --dry-run would change in standard input, and export it', async () => {
		const text = fs.readFileSync(stats, 'utf8');
		const r = await cli(['check', '--dry-run', '-'], undefined, stdin(Buffer.from(text)));
		assert.match(r.stdout, /^--- <stdin>\n\+\+\+ <stdin>\n@@ /);
		const exported = await cli(['export', '-', '--stdin-filename', 'x.txt'], undefined, stdin(Buffer.from(text)));
		assert.equal(JSON.parse(exported.stdout)[0].file, 'x.txt');
	});
});

describe('Globs and ignore files', () => {
	const report = corpusText(CORPUS.taonan);
	const layout = { 'reports/2023/a.txt': report, 'reports/2023/b.md': report, 'reports/old/c.txt': report, 'reports/d.txt': report, 'reports/d.draft.txt': report, 'notes/e.txt': report, 'reports/.hidden/f.txt': report };

	test('Should expand a glob the shell left alone, sorted, without hidden folders', async () => {
		const dir = tree(layout);
		const r = await cli(['check', 'reports/**/*.txt'], undefined, { cwd: dir });
		assert.equal(r.status, 1, r.stderr);
		assert.deepEqual(filesIn(r.stdout), ['reports/2023/a.txt', 'reports/d.draft.txt', 'reports/d.txt', 'reports/old/c.txt']);
		assert.deepEqual(filesIn((await cli(['check', 'reports/*.{txt,md}', '*/2023/*'], undefined, { cwd: dir })).stdout), ['reports/d.draft.txt', 'reports/d.txt', 'reports/2023/a.txt', 'reports/2023/b.md']);
	});

	test('Should say so when a glob matches nothing, and exit 2', async () => {
		const r = await cli(['check', 'nowhere/**/*.txt'], { LANG: 'en' }, { cwd: tree(layout) });
		assert.equal(r.status, 2);
		assert.match(r.stderr, /^nowhere\/\*\*\/\*\.txt: no file matches this pattern$/m);
	});

	test('Should skip what .nianbaoignore and --ignore-pattern name, in .gitignore syntax', async () => {
		const dir = tree({ ...layout, '.nianbaoignore': '# old reports\nold/\n*.draft.txt\n' });
		const r = await cli(['check', 'reports', '--ignore-pattern', 'reports/2023/*.md'], undefined, { cwd: dir });
		assert.deepEqual(filesIn(r.stdout), ['reports/2023/a.txt', 'reports/d.txt']);
		const negated = await cli(['check', 'reports/**/*.txt', '--ignore-pattern', '!d.draft.txt'], undefined, { cwd: dir });
		assert.deepEqual(filesIn(negated.stdout), ['reports/2023/a.txt', 'reports/d.draft.txt', 'reports/d.txt']);
	});

	test('Should skip an ignored file even when named, saying so, with no failure', async () => {
		const dir = tree({ ...layout, '.nianbaoignore': 'old/\n' });
		const r = await cli(['check', 'reports/old/c.txt', 'reports/d.txt'], undefined, { cwd: dir });
		assert.equal(r.status, 1);
		assert.deepEqual(filesIn(r.stdout), ['reports/d.txt']);
		assert.match(r.stderr, /^reports\/old\/c\.txt: 已按忽略规则跳过/m);
	});
});

describe('--quiet and --max-warnings', () => {
	test('Should print only errors with --quiet, keeping the exit status', async () => {
		const all = await cli(['check', stats]);
		const quiet = await cli(['check', '--quiet', stats]);
		assert.match(all.stdout, / warning heading-wording /);
		assert.doesNotMatch(quiet.stdout, / warning /);
		assert.deepEqual(quiet.stdout.split('\n').filter((l) => l !== ''), all.stdout.split('\n').filter((l) => / error /.test(l)));
		assert.equal(quiet.status, 1);
		const json = JSON.parse((await cli(['check', '-q', '-f', 'json', file003])).stdout);
		assert.deepEqual(json[0].diagnostics, []);
	});

	test('Should exit 1 when warnings exceed --max-warnings, even when quiet', async () => {
		const warnings = JSON.parse((await cli(['check', '-f', 'json', file003])).stdout)[0].diagnostics.filter((d: { severity: string }) => d.severity === 'warning').length;
		assert.ok(warnings > 0);
		assert.equal((await cli(['check', file003])).status, 0);
		assert.equal((await cli(['check', '--max-warnings', String(warnings), file003])).status, 0);
		const over = await cli(['check', '--max-warnings', String(warnings - 1), '--quiet', file003]);
		assert.equal(over.status, 1);
		assert.match(over.stderr, new RegExp(`警告数 ${warnings} 超过了 --max-warnings ${warnings - 1}`));
	});
});

describe('--output-file', () => {
	test('Should write what stdout would show, whole, keeping an existing file\'s mode', async () => {
		const dir = tmp();
		const out = path.join(dir, 'findings.sarif');
		fs.writeFileSync(out, 'old');
		fs.chmodSync(out, 0o640);
		const shown = await cli(['check', '-f', 'sarif', file002]);
		const written = await cli(['check', '-f', 'sarif', '-o', out, file002]);
		assert.equal(written.status, 1);
		assert.equal(written.stdout, '');
		assert.equal(fs.readFileSync(out, 'utf8'), shown.stdout);
		assert.equal(fs.statSync(out).mode & 0o777, 0o640);
		assert.deepEqual(fs.readdirSync(dir), ['findings.sarif']);
		const csv = path.join(dir, 'cells.csv');
		assert.equal((await cli(['export', '--format=csv', `--output-file=${csv}`, file003])).status, 0);
		assert.equal(fs.readFileSync(csv, 'utf8'), (await cli(['export', '-f', 'csv', file003])).stdout);
	});

	test('Should put a relative output file in the command\'s working folder', async () => {
		const dir = tmp();
		const r = await cli(['check', '-f', 'json', '-o', 'findings.json', file002], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 1);
		assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'findings.json'), 'utf8')).length, 1);
	});

	test('Should exit 2 with the reason when the file cannot be written', async () => {
		const r = await cli(['check', '-o', path.join(tmp(), 'no/such/folder/out.txt'), file002], { LANG: 'en' });
		assert.equal(r.status, 2);
		assert.match(r.stderr, /out\.txt: cannot write: .*ENOENT/);
	});
});

describe('--dry-run', () => {
	test('Should print the diff --fix would apply, write nothing, and the diff applied with patch gives --fix\'s result', async () => {
		const dir = tmp();
		const original = fs.readFileSync(stats, 'utf8').replace(/\n/g, '\r\n');
		const file = path.join(dir, 'stats.txt');
		fs.writeFileSync(file, original);
		const dry = await cli(['check', '--fix-dry-run', file]);
		assert.equal(dry.status, 1);
		assert.equal(fs.readFileSync(file, 'utf8'), original);
		assert.match(dry.stdout, new RegExp(`^--- ${file}\\n\\+\\+\\+ ${file}\\n@@ -\\d+,\\d+ \\+\\d+,\\d+ @@\\n`));
		assert.match(dry.stdout, /^\+五、存在的主要问题及改进情况\r\n/m);
		assert.match(dry.stderr, /共检查 1 个文件：2 个错误，0 个警告/);
		const copy = path.join(dir, 'copy.txt');
		fs.writeFileSync(copy, original);
		execFileSync('patch', ['--quiet', '--binary', copy], { input: dry.stdout });
		await cli(['check', '--fix', file]);
		assert.equal(fs.readFileSync(copy, 'utf8'), fs.readFileSync(file, 'utf8'));
		assert.equal((await cli(['check', '--dry-run', file])).stdout, '', 'nothing left to fix');
	});
});

describe('Progress', () => {
	test('Should show progress on stderr only when it is a terminal and there are many files, and clear it', async () => {
		const files: Record<string, string> = {};
		for (let k = 0; k < 25; k++) files[`r${String(k).padStart(2, '0')}.txt`] = corpusText(CORPUS.linkou);
		const dir = tree(files);
		const tty = await cli(['check', '-q', dir], undefined, { stderrIsTTY: true });
		assert.match(tty.stderr, /\r\x1b\[K\[1\/25\] .*r00\.txt\r\x1b\[K/);
		assert.doesNotMatch(tty.stdout, /\x1b/);
		assert.doesNotMatch((await cli(['check', '-q', dir])).stderr, /\x1b/);
		assert.doesNotMatch((await cli(['check', '-q', path.join(dir, 'r00.txt')], undefined, { stderrIsTTY: true })).stderr, /\x1b/);
	});
});
