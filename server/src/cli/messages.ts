/** Command-line messages, Chinese first; English when the locale says so (`LANG=en_US…` or `--lang en`). */
import type { Lang } from '../engine/index';

export type { Lang };

const TEXT = {
	usageHead: { zh: '用法：', en: 'Usage:' },
	usageTail: {
		zh: `  nianbao lsp --stdio       启动语言服务器（供编辑器使用）
  nianbao --version         显示版本
  nianbao 命令 --help       显示该命令的用法
路径可以是文件、文件夹（其中的 .txt、.md、.pdf、.docx 和 .html 文件）、通配符（如 "reports/**/*.txt"）或 -（标准输入）。
选项 --lang zh|en 选择消息语言。
退出状态：0 没有问题；1 有错误级别的问题（或警告数超过 --max-warnings）；2 用法错误或文件无法读写。`,
		en: `  nianbao lsp --stdio       start the language server (for editors)
  nianbao --version         print the version
  nianbao COMMAND --help    print a command's usage
PATH is a file, a folder (its .txt, .md, .pdf, .docx and .html files), a glob (such as "reports/**/*.txt") or - (standard input).
--lang zh|en chooses the message language.
Exit status: 0 no findings that fail; 1 findings at error level (or more warnings than --max-warnings); 2 bad usage or a file that cannot be read or written.`,
	},
	unknownCommand: { zh: '未知的命令：', en: 'unknown command: ' },
	badUsage: { zh: '用法错误：', en: 'bad usage: ' },
	noPaths: { zh: '请至少指定一个文件、文件夹或 -（标准输入）', en: 'name at least one file, folder, or - (standard input)' },
	notFound: { zh: '无法读取：文件或文件夹不存在', en: 'cannot read: no such file or folder' },
	binary: { zh: '无法读取：不是文本文件', en: 'cannot read: not a text file' },
	encoding: { zh: '无法读取：文件编码无法识别（支持 UTF-8、UTF-16 和 GB18030/GBK）', en: 'cannot read: unknown text encoding (UTF-8, UTF-16 and GB18030/GBK are supported)' },
	unreadable: { zh: '无法读取：', en: 'cannot read: ' },
	notAFile: { zh: '无法读取：不是普通文件（如管道、设备或指向它们的链接）', en: 'cannot read: not a regular file (a pipe, a device, or a link to one)' },
	tooLarge: { zh: '无法读取：文件超过 16 MB，不是年度报告', en: 'cannot read: larger than 16 MB, not an annual report' },
	noMatch: { zh: '没有文件与此模式匹配', en: 'no file matches this pattern' },
	ignored: { zh: '已按忽略规则跳过（.nianbaoignore 或 --ignore-pattern）', en: 'skipped: ignored by .nianbaoignore or --ignore-pattern' },
	notAReport: { zh: '不是年度报告，未检查', en: 'not an annual report, not checked' },
	changedOnDisk: { zh: '未写入修复：读取后文件已被修改，请重新运行', en: 'fixes not written: the file changed since it was read; run again' },
	readOnly: { zh: '未写入修复：文件为只读', en: 'fixes not written: the file is read-only' },
	notExact: { zh: '未写入修复：文件中有无法按原字节写回的编码序列', en: 'fixes not written: the file holds byte sequences that cannot be written back unchanged' },
	writeFailed: { zh: '未写入修复：写入失败，原文件未改动', en: 'fixes not written: the write failed and the file is unchanged' },
	noFiles: { zh: '没有找到 .txt、.md、.pdf、.docx 或 .html 文件', en: 'no .txt, .md, .pdf, .docx or .html files found' },
	noFixSource: { zh: '未修复：--fix 不修改 PDF、Word 和网页文件；请先用 nianbao convert 转换为文本', en: 'not fixed: --fix does not change PDF, Word or web page files; convert them with nianbao convert first' },
	cannotWrite: { zh: '无法写入：', en: 'cannot write: ' },
	converted: { zh: '已写入', en: 'written to' },
	configProblem: { zh: '配置问题：', en: 'configuration problem: ' },
	fixed: { zh: '已自动修复', en: 'fixed' },
	summary: { zh: '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示', en: '{files} files checked: {errors} errors, {warnings} warnings, {infos} notes' },
	tooManyWarnings: { zh: '警告数 {warnings} 超过了 --max-warnings {max}', en: '{warnings} warnings, more than --max-warnings {max}' },
	severityError: { zh: '错误', en: 'error' },
} as const;

export type MessageKey = keyof typeof TEXT;

export function message(key: MessageKey, lang: Lang): string {
	return TEXT[key][lang];
}

export function detectLang(explicit: string | undefined, env: NodeJS.ProcessEnv): Lang {
	if (explicit === 'en' || explicit === 'zh') return explicit;
	const locale = env.NIANBAO_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
	return /^en/i.test(locale) ? 'en' : 'zh';
}
