/** `nianbao skeleton`: a blank report with the six sections and the three tables. */
import { defaultReportYear, reportSkeleton } from '../engine/index';
import { choice, stringOption, usageError } from './args';
import { EXIT_OK, type Command } from './command';

export const skeletonCommand: Command = {
	synopsis: {
		zh: 'nianbao skeleton [--version 2019|2021] [--style tsv|markdown] [--year 年度] [--body 机关]   输出空白报告模板',
		en: 'nianbao skeleton [--version 2019|2021] [--style tsv|markdown] [--year N] [--body NAME]     print a blank report',
	},
	usage: {
		zh: `用法：nianbao skeleton [选项]
输出空白的年度报告：六个部分和三张统计表。
  --version 2019|2021     统计表格式版本（默认 2021）
  --style tsv|markdown    表格样式：制表符分隔或 Markdown（默认 tsv）
  --year 年度             报告年度（默认上一年）
  --body 机关             机关名称
  --lang zh|en            消息语言
  -h, --help              显示本用法`,
		en: `Usage: nianbao skeleton [options]
Prints a blank annual report: the six sections and the three tables.
  --version 2019|2021     the format version of the tables (default 2021)
  --style tsv|markdown    tables with tabs or as Markdown (default tsv)
  --year N                the report year (default: last year)
  --body NAME             the reporting body
  --lang zh|en            the message language
  -h, --help              print this usage`,
	},
	options: {
		version: { type: 'string' },
		style: { type: 'string' },
		year: { type: 'string' },
		body: { type: 'string' },
	},
	async run(args, { io }) {
		const version = choice(args, 'version', ['2019', '2021'] as const, '2021');
		const style = choice(args, 'style', ['tsv', 'markdown'] as const, 'tsv');
		const yearText = stringOption(args, 'year');
		const year = yearText === undefined ? defaultReportYear(version, io.now().getFullYear()) : Number(yearText);
		if (!Number.isInteger(year) || year < 2008 || year > 2100) throw usageError(`--year 需要 2008 至 2100 之间的年份，而不是 “${yearText}”`, `--year needs a year from 2008 to 2100, not "${yearText}"`);
		if (args.positionals.length > 0) throw usageError(`多余的参数 “${args.positionals[0]}”`, `unexpected argument "${args.positionals[0]}"`);
		io.out(reportSkeleton({ version, style, year, body: stringOption(args, 'body') }) + '\n');
		return EXIT_OK;
	},
};
