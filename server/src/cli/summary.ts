/**
 * `nianbao summary`: one row per report (identity, on time or late, findings by rule, the key figures of tables
 * 三 and 四, 上年结转 against last year's report among the same files), as CSV for a spreadsheet or as one
 * self-contained web page. The rows are the engine's (`summarize`); this file reads the files and writes.
 */
import * as path from 'node:path';
import { Analysis, summarize, summaryCsv, summaryHtml, withLastYear, type SummaryInput } from '../engine/index';
import { ConfigFinder, readConfigFile } from '../node/config';
import { choice, stringOption } from './args';
import { EXIT_OK, EXIT_USAGE, type Command, type Context } from './command';
import { loadInput, selectInputs } from './inputs';
import { message } from './messages';
import { openOutput } from './output';

export const summaryCommand: Command = {
	synopsis: {
		zh: 'nianbao summary [--format csv|html] [-o 文件] 路径...   汇总多份报告：每份一行，上下年度并列',
		en: 'nianbao summary [--format csv|html] [-o FILE] PATH...   one row per report, consecutive years side by side',
	},
	usage: {
		zh: `用法：nianbao summary [选项] 路径...
汇总多份年度报告，每份一行：机关、年度、格式版本、发布日期及是否按时公开、各规则的错误和警告数、表三和表四的主要数字，以及上年结转与同一机关上年报告的结转下年度是否一致（上年报告须在所列文件之中）。
路径可以是文件、文件夹（其中的 .txt、.md、.pdf、.docx 和 .html 文件）或通配符。
  -f, --format csv|html       csv（默认；UTF-8 带 BOM，Excel 可直接打开）或 html（单个网页：点击列标题排序，有问题的数字标红，每行链接到报告）
  -o, --output-file 文件      写入文件（完整写入后才替换原文件）；网页中的链接相对于该文件
  -c, --config 文件           使用该配置文件，而不是就近的 .nianbao.json
  --lang zh|en                列名和消息的语言
  -h, --help                  显示本用法
退出状态：0 成功（汇总不因报告中的问题而失败）；2 用法错误或文件无法读写。`,
		en: `Usage: nianbao summary [options] PATH...
Summarises annual reports, one row each: body, year, format version, publication date and whether it was on time, errors and warnings by rule, the key figures of tables 3 and 4, and whether 上年结转 matches last year's 结转下年度 for the same body (when last year's report is among the files).
PATH is a file, a folder (its .txt, .md, .pdf, .docx and .html files) or a glob.
  -f, --format csv|html       csv (default; UTF-8 with a BOM, opens in Excel) or html (one web page: click a header to sort, failing figures in red, each row linking to its report)
  -o, --output-file FILE      write to FILE (replaced only once complete); the page's links are relative to it
  -c, --config FILE           use this configuration instead of the nearest .nianbao.json
  --lang zh|en                the language of column names and messages
  -h, --help                  print this usage
Exit status: 0 success (findings in the reports do not fail a summary); 2 bad usage or a file that cannot be read or written.`,
	},
	options: {
		format: { type: 'string', short: 'f' },
		'output-file': { type: 'string', short: 'o' },
		config: { type: 'string', short: 'c' },
	},
	run: summary,
};

async function summary(args: Parameters<Command['run']>[0], ctx: Context): Promise<number> {
	const { io, lang } = ctx;
	const format = choice(args, 'format', ['csv', 'html'] as const, 'csv');
	const cwd = io.cwd ?? process.cwd();
	const explicit = stringOption(args, 'config');
	const fixed = explicit !== undefined ? readConfigFile(explicit) : null;
	const finder = new ConfigFinder();
	const selected = selectInputs(args.positionals, {}, ctx);
	let failed = selected.failed;
	const inputs: SummaryInput[] = [];
	/** Absolute paths by the name shown, for the page's links; standard input has none. */
	const absolute = new Map<string, string>();
	for (const input of selected.inputs) {
		const loaded = await loadInput(input, ctx);
		if (!loaded) {
			failed = true;
			continue;
		}
		const analysis = new Analysis(loaded.file.text, (fixed ?? finder.forFile(loaded.file.path)).config);
		// A file found in a folder is summarised only if it reads as a report: a README is left out.
		if (!loaded.named && !analysis.isReport) {
			io.err(`${loaded.name}: ${message('notAReport', lang)}\n`);
			continue;
		}
		inputs.push({ file: loaded.name, analysis });
		if (!loaded.stdin) absolute.set(loaded.name, loaded.file.path);
	}
	const named = stringOption(args, 'output-file');
	const outputFile = named === undefined ? undefined : path.resolve(cwd, named);
	const output = openOutput(outputFile, ctx);
	if (!output) return EXIT_USAGE;
	const result = summarize(withLastYear(inputs));
	if (format === 'csv') output.write(summaryCsv(result, lang));
	else {
		const base = outputFile !== undefined ? path.dirname(outputFile) : cwd;
		output.write(summaryHtml(result, lang, { href: (file) => hrefFrom(base, absolute.get(file)) }));
	}
	if (!output.close()) failed = true;
	return failed ? EXIT_USAGE : EXIT_OK;
}

/** A relative URL from the page's folder to a report, each path segment percent-encoded (`#`, `?`, spaces). */
export function hrefFrom(base: string, file: string | undefined): string | null {
	if (file === undefined) return null;
	const relative = path.relative(base, file);
	// On Windows a report on another drive has no relative path: a file URL then.
	if (path.isAbsolute(relative)) return 'file:///' + relative.split(/[\\/]/).map((s, k) => (k === 0 ? s : encodeURIComponent(s))).join('/');
	return relative.split(path.sep).map(encodeURIComponent).join('/');
}
