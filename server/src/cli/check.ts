/**
 * `nianbao check`: every file checked, fixed if asked, and printed before the next is read, so memory stays
 * flat however many files a run names (only JUnit keeps its findings, as short strings, for its header).
 */
import * as path from 'node:path';
import { Analysis, fixAll, type Diagnostic } from '../engine/index';
import { CompanionFiles } from '../node/companions';
import { ConfigFinder, readConfigFile, type LoadedConfig } from '../node/config';
import { sourceKind } from '../node/sources/index';
import { readReport, writeReport, WriteRefused, type WriteProblem } from '../node/files';
import { choice, countOption, flag, listOption, stringOption, usageError } from './args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command, type Context } from './command';
import { unifiedDiff } from './diff';
import { loadInput, selectInputs, type Input, type LoadedFile } from './inputs';
import { message, type Lang, type MessageKey } from './messages';
import { openOutput } from './output';
import { Progress } from './progress';
import { FORMATS, reporterFor } from './report';
import { sourcePlace } from './sources';
import { checkSum } from './sum';
import { VERSION } from './version';

export const checkCommand: Command = {
	synopsis: {
		zh: 'nianbao check [--format text|json|sarif|github|junit] [--fix|--dry-run] [--quiet] [--max-warnings N] 路径...   检查年度报告',
		en: 'nianbao check [--format text|json|sarif|github|junit] [--fix|--dry-run] [--quiet] [--max-warnings N] PATH...   check annual reports',
	},
	usage: {
		zh: `用法：nianbao check [选项] 路径...
检查年度报告，每行一个问题：文件:行:列: 级别 规则 消息。
路径可以是文件、文件夹（其中的 .txt、.md、.pdf、.docx 和 .html 文件）、通配符（如 "reports/**/*.txt"）或 -（标准输入）。
  -f, --format 格式           text（默认）、json、sarif、github（GitHub Actions 注释）或 junit（JUnit XML）
  --fix                       把安全的修复写回文件（保留编码、BOM 和换行符）
  --dry-run, --fix-dry-run    不写入，输出 --fix 将做的修改（统一差异格式，可用 patch -p0 应用）
  -q, --quiet                 只输出错误，不输出警告和提示（警告仍计入 --max-warnings）
  --max-warnings 数量         警告超过该数量时以状态 1 退出
  -o, --output-file 文件      把结果写入文件（完整写入后才替换原文件）
  -c, --config 文件           使用该配置文件，而不是就近的 .nianbao.json
  --ignore-pattern 模式       跳过匹配的文件（写法同 .gitignore，可重复）；当前目录的 .nianbaoignore 也适用
  --stdin-filename 名称       标准输入（-）在消息中的名称，也用来查找 .nianbao.json
  --sum                       核对合并报告：第一个路径为合并报告，其余（文件或文件夹）为下级报告，表三、表四逐格应等于下级报告之和
  --lang zh|en                消息语言
  -h, --help                  显示本用法
退出状态：0 没有错误；1 有错误级别的问题，或警告数超过 --max-warnings；2 用法错误或文件无法读写。`,
		en: `Usage: nianbao check [options] PATH...
Checks annual reports and prints a line per finding: file:line:col: severity rule message.
PATH is a file, a folder (its .txt, .md, .pdf, .docx and .html files), a glob (such as "reports/**/*.txt") or - (standard input).
  -f, --format FORMAT         text (default), json, sarif, github (GitHub Actions annotations) or junit (JUnit XML)
  --fix                       write the safe fixes back (keeping the encoding, BOM and line ends)
  --dry-run, --fix-dry-run    write nothing; print what --fix would change as a unified diff (patch -p0 applies it)
  -q, --quiet                 print errors only, no warnings or notes (warnings still count for --max-warnings)
  --max-warnings N            exit 1 when there are more than N warnings
  -o, --output-file FILE      write the findings to FILE (replaced only once complete)
  -c, --config FILE           use this configuration instead of the nearest .nianbao.json
  --ignore-pattern PATTERN    skip matching files (.gitignore syntax, repeatable); .nianbaoignore in the working folder applies too
  --stdin-filename NAME       the name of standard input (-) in messages, also where its .nianbao.json is looked for
  --sum                       check a consolidated report: the first PATH is it, the others (files or folders) the reports it consolidates; tables 3 and 4 must be their sum, cell by cell
  --lang zh|en                the message language
  -h, --help                  print this usage
Exit status: 0 no errors; 1 findings at error level, or more warnings than --max-warnings; 2 bad usage or a file that cannot be read or written.`,
	},
	options: {
		format: { type: 'string', short: 'f' },
		config: { type: 'string', short: 'c' },
		fix: { type: 'boolean' },
		'dry-run': { type: 'boolean' },
		'fix-dry-run': { type: 'boolean' },
		quiet: { type: 'boolean', short: 'q' },
		'max-warnings': { type: 'string' },
		'output-file': { type: 'string', short: 'o' },
		'ignore-pattern': { type: 'string', multiple: true },
		'stdin-filename': { type: 'string' },
		sum: { type: 'boolean' },
	},
	run: check,
};

const NOT_WRITTEN: Readonly<Record<WriteProblem, MessageKey>> = { changed: 'changedOnDisk', 'read-only': 'readOnly', 'not-exact': 'notExact', failed: 'writeFailed' };

async function check(args: Parameters<Command['run']>[0], ctx: Context): Promise<number> {
	if (flag(args, 'sum')) return checkSum(args, ctx);
	const { io, lang } = ctx;
	const format = choice(args, 'format', FORMATS, 'text');
	const fix = flag(args, 'fix');
	const dryRun = flag(args, 'dry-run') || flag(args, 'fix-dry-run');
	const quiet = flag(args, 'quiet');
	const maxWarnings = countOption(args, 'max-warnings');
	if (fix && dryRun) throw usageError('--fix 与 --dry-run 不能同时使用', '--fix and --dry-run cannot be combined');
	if (dryRun && format !== 'text') throw usageError('--dry-run 输出差异，只能用 --format text', '--dry-run prints a diff; it takes --format text only');
	if (fix && args.positionals.includes('-')) throw usageError('--fix 不能写回标准输入；用 --dry-run 查看修改', '--fix cannot write back to standard input; use --dry-run to see the changes');
	const cwd = io.cwd ?? process.cwd();
	const stdinFilename = stringOption(args, 'stdin-filename');

	let failed = false;
	const configs = configSource(stringOption(args, 'config'), ctx, () => (failed = true));
	const selected = selectInputs(args.positionals, { stdinFilename, ignorePatterns: listOption(args, 'ignore-pattern') }, ctx);
	failed ||= selected.failed;
	const output = openOutput(stringOption(args, 'output-file'), ctx);
	if (!output) return EXIT_USAGE;

	const companions = companionsOf(selected.inputs, cwd);

	const progress = new Progress(io, selected.inputs.length);
	const say: Context = { lang, io: { ...io, err: (s) => (progress.clear(), io.err(s)) } };
	const write = (s: string): void => {
		// Progress goes to stderr, which may be the same terminal as stdout.
		if (s !== '') progress.clear();
		output.write(s);
	};
	const reporter = dryRun ? null : reporterFor(format, write, lang, VERSION, cwd);
	const counts = { files: 0, error: 0, warning: 0, info: 0, hint: 0 };
	for (const [k, input] of selected.inputs.entries()) {
		progress.step(k, input.path);
		const file = await loadInput(input, say);
		if (!file) {
			failed = true;
			continue;
		}
		const { config } = configs(file.stdin ? path.resolve(cwd, stdinFilename ?? 'stdin') : file.file.path);
		const attach = (a: Analysis): Analysis => (file.stdin ? a : companions.attach(input.path, a));
		let analysis = attach(new Analysis(file.file.text, config));
		// A file found in a folder is checked (and fixed) only if it reads as a report: a README is left alone.
		if (!file.named && !analysis.isReport) {
			say.io.err(`${file.name}: ${message('notAReport', lang)}\n`);
			continue;
		}
		if (fix || dryRun) {
			// Fix-all reads each text it makes with the same companions, so its last analysis is the one reported.
			const fixed = fixFile(file, analysis, (text) => attach(new Analysis(text, config)), dryRun, say);
			failed ||= fixed.failed;
			if (dryRun) write(unifiedDiff(file.name, file.file.text, fixed.text));
			analysis = fixed.analysis;
		}
		const report = analysis.report;
		counts.files++;
		for (const d of report.diagnostics) counts[d.severity]++;
		reporter?.file({
			name: file.name,
			absolute: file.stdin ? null : file.file.path,
			lines: analysis.lines,
			diagnostics: quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics,
			version: report.version === 'unknown' ? null : report.version,
			year: report.year,
			place: (d: Diagnostic) => sourcePlace(file.source, d.span, lang),
		});
	}
	reporter?.end();
	progress.clear();
	if (!output.close()) failed = true;

	if (format === 'text' || format === 'github') io.err(summary(counts, lang) + '\n');
	const tooManyWarnings = maxWarnings !== undefined && counts.warning > maxWarnings;
	if (tooManyWarnings) io.err(`nianbao: ${message('tooManyWarnings', lang).replace('{warnings}', String(counts.warning)).replace('{max}', String(maxWarnings))}\n`);
	if (failed) return EXIT_USAGE;
	return counts.error > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Each file's last year's report is looked for among the other files given (carryover-mismatch,
 * similar-to-last-year): the candidates are indexed by body and year on first need, one read each, never kept.
 * Text files only; a PDF's text needs the asynchronous reader and is no candidate.
 */
function companionsOf(inputs: readonly Input[], cwd: string): CompanionFiles {
	const paths = inputs.flatMap((i) => (i.kind === 'file' && sourceKind(i.path) === null ? [i.path] : []));
	return new CompanionFiles(paths, (p) => {
		try {
			return readReport(path.resolve(cwd, p)).text;
		} catch {
			return null;
		}
	});
}

function summary(counts: { files: number; error: number; warning: number; info: number; hint: number }, lang: Lang): string {
	return message('summary', lang)
		.replace('{files}', String(counts.files)).replace('{errors}', String(counts.error))
		.replace('{warnings}', String(counts.warning)).replace('{infos}', String(counts.info + counts.hint));
}

/**
 * The configuration for each file: `--config` for all, else the nearest `.nianbao.json`. A configuration's
 * problems are named once on stderr and make the run fail (exit 2), but the valid part still applies.
 */
function configSource(explicit: string | undefined, ctx: Context, fail: () => void): (file: string) => LoadedConfig {
	const fixed = explicit !== undefined ? readConfigFile(explicit) : null;
	const finder = new ConfigFinder();
	const reported = new Set<string>();
	const configFor = (file: string): LoadedConfig => {
		const loaded = fixed ?? finder.forFile(file);
		if (loaded.file && loaded.problems.length > 0 && !reported.has(loaded.file)) {
			reported.add(loaded.file);
			for (const p of loaded.problems) ctx.io.err(`${loaded.file}: ${message('configProblem', ctx.lang)}${p[ctx.lang]}\n`);
			fail();
		}
		return loaded;
	};
	if (fixed) configFor('');
	return configFor;
}

/**
 * `--fix` for one file: writes the fixed text back, or says why it did not (exit 2, the other files go on).
 * With `dryRun`, writes nothing. Returns the text as fixed (on disk, or as it would be).
 */
function fixFile(loaded: LoadedFile, analysis: Analysis, analyzeText: (text: string) => Analysis, dryRun: boolean, ctx: Context): { text: string; analysis: Analysis; failed: boolean } {
	const { io, lang } = ctx;
	if (loaded.source) {
		io.err(`${loaded.name}: ${message('noFixSource', lang)}\n`);
		return { text: loaded.file.text, analysis, failed: false };
	}
	const out = fixAll(loaded.file.text, analyzeText, analysis.config, analysis);
	if (dryRun || out.text === loaded.file.text) return { text: out.text, analysis: out.analysis, failed: false };
	try {
		writeReport(loaded.file, out.text);
		return { text: out.text, analysis: out.analysis, failed: false };
	} catch (e) {
		if (!(e instanceof WriteRefused)) throw e;
		const detail = e.problem === 'failed' || (e.problem === 'not-exact' && e.message !== e.problem) ? `（${e.message}）` : '';
		io.err(`${loaded.name}: ${message(NOT_WRITTEN[e.problem], lang)}${detail}\n`);
		return { text: loaded.file.text, analysis, failed: true };
	}
}
