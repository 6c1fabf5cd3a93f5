/** `nianbao export`: the structured content of each report, as JSON or CSV, written file by file. */
import { exportCsv, exportReport, read } from '../engine/index';
import { choice, listOption, stringOption } from './args';
import { EXIT_OK, EXIT_USAGE, type Command } from './command';
import { loadInput, selectInputs } from './inputs';
import { JsonArrayWriter, openOutput } from './output';

export const exportCommand: Command = {
	synopsis: {
		zh: 'nianbao export [--format json|csv] 路径...   导出结构化数据',
		en: 'nianbao export [--format json|csv] PATH...   export the structured content',
	},
	usage: {
		zh: `用法：nianbao export [选项] 路径...
输出每份报告的结构化内容：版本、年度、机关、标题、日期、各部分和统计表的每个单元格。
  -f, --format json|csv       输出格式（默认 json；csv 每个单元格一行）
  -o, --output-file 文件      写入文件（完整写入后才替换原文件）
  --ignore-pattern 模式       跳过匹配的文件（写法同 .gitignore，可重复）；当前目录的 .nianbaoignore 也适用
  --stdin-filename 名称       标准输入（-）在消息中的名称
  --lang zh|en                消息语言
  -h, --help                  显示本用法
退出状态：0 成功；2 用法错误或文件无法读写。`,
		en: `Usage: nianbao export [options] PATH...
Prints the structured content of each report: version, year, body, title, date, sections and every table cell.
  -f, --format json|csv       output format (default json; csv has one line per cell)
  -o, --output-file FILE      write to FILE (replaced only once complete)
  --ignore-pattern PATTERN    skip matching files (.gitignore syntax, repeatable); .nianbaoignore in the working folder applies too
  --stdin-filename NAME       the name of standard input (-) in messages
  --lang zh|en                the message language
  -h, --help                  print this usage
Exit status: 0 success; 2 bad usage or a file that cannot be read or written.`,
	},
	options: {
		format: { type: 'string', short: 'f' },
		'output-file': { type: 'string', short: 'o' },
		'stdin-filename': { type: 'string' },
		'ignore-pattern': { type: 'string', multiple: true },
	},
	async run(args, ctx) {
		const format = choice(args, 'format', ['json', 'csv'] as const, 'json');
		const selected = selectInputs(args.positionals, { stdinFilename: stringOption(args, 'stdin-filename'), ignorePatterns: listOption(args, 'ignore-pattern') }, ctx);
		let failed = selected.failed;
		const output = openOutput(stringOption(args, 'output-file'), ctx);
		if (!output) return EXIT_USAGE;
		const json = new JsonArrayWriter((s) => output.write(s));
		let first = true;
		for (const input of selected.inputs) {
			const loaded = await loadInput(input, ctx);
			if (!loaded) {
				failed = true;
				continue;
			}
			const record = exportReport(loaded.name, loaded.file.text, read(loaded.file.text));
			if (format === 'json') json.push(record);
			else {
				const csv = exportCsv([record]);
				// The header once, at the top.
				output.write(first ? csv : csv.slice(csv.indexOf('\n') + 1));
			}
			first = false;
		}
		if (format === 'json') json.end();
		else if (first) output.write(exportCsv([]));
		if (!output.close()) failed = true;
		return failed ? EXIT_USAGE : EXIT_OK;
	},
};
