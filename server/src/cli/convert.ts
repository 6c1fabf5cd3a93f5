/** `nianbao convert FILE [-o OUT]`: the report text of a PDF, Word file or web page, for editing. */
import { stringOption, usageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Command } from './command';
import { message } from './messages';
import { openOutput } from './output';
import { convertSource, SourceError, sourceErrorMessage, type ConvertedSource } from '../node/sources/index';

export const convertCommand: Command = {
	synopsis: {
		zh: 'nianbao convert 文件 [-o 输出.txt|.md]   把 PDF、Word 或网页转换为年报文本',
		en: 'nianbao convert FILE [-o OUT.txt|.md]    convert a PDF, Word file or web page to report text',
	},
	usage: {
		zh: `用法：nianbao convert 文件 [-o 输出.txt|.md]
把已发布的 PDF 或 Word 文件转换为年报文本（正文段落，表格为制表符分隔的行），以便编辑和检查。
  -o, --output 文件       写入文件（默认输出到标准输出）
  --lang zh|en            消息语言
  -h, --help              显示本用法`,
		en: `Usage: nianbao convert FILE [-o OUT.txt|.md]
Writes the report text of a published PDF or Word file (prose paragraphs, tables as tab rows), to edit and check.
  -o, --output FILE       write to FILE (default: standard output)
  --lang zh|en            the message language
  -h, --help              print this usage`,
	},
	options: { output: { type: 'string', short: 'o' } },
	async run(args, ctx) {
		const { io, lang } = ctx;
		if (args.positionals.length !== 1) {
			if (args.positionals.length === 0) throw usageError(message('noPaths', 'zh'), message('noPaths', 'en'));
			throw usageError(`convert 只接受一个文件，多余的参数 “${args.positionals[1]}”`, `convert takes one file; unexpected argument "${args.positionals[1]}"`);
		}
		const file = args.positionals[0];
		let source: ConvertedSource;
		try {
			source = await convertSource(file);
			// A web page is read by the engine as it is: there is nothing to convert.
			if (source.kind === 'html') throw new SourceError('html');
		} catch (e) {
			const reason = e instanceof SourceError ? sourceErrorMessage(e, lang) : (e as NodeJS.ErrnoException).code === 'ENOENT' ? message('notFound', lang) : message('unreadable', lang) + (e as Error).message;
			io.err(`${file}: ${reason}\n`);
			return EXIT_USAGE;
		}
		const out = stringOption(args, 'output');
		// Written whole or not at all, so a failed run never leaves half a report where an edited one was.
		const output = openOutput(out, ctx);
		if (!output) return EXIT_USAGE;
		output.write(source.text);
		if (!output.close()) return EXIT_USAGE;
		if (out !== undefined) io.err(`${file}: ${message('converted', lang)} ${out}\n`);
		return EXIT_OK;
	},
};
