/**
 * `nianbao check --sum PARENT CHILD…`: a government's consolidated report against the reports it
 * consolidates. Each cell of the parent's tables 三 and 四 must be the sum of the children's; the findings
 * point at the parent's cells and print as `check` prints (same formats, same exit status). CHILD may be a
 * folder: the reports in it, the parent excepted. The comparison is the engine's (`sumCheck`).
 */
import * as path from 'node:path';
import { Analysis, sumCheck, type Diagnostic, type SumPart } from '../engine/index';
import { choice, flag, stringOption, usageError, type ParsedArgs } from './args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Context } from './command';
import { loadInput, selectInputs, type LoadedFile } from './inputs';
import { message } from './messages';
import { openOutput } from './output';
import { FORMATS, reporterFor } from './report';
import { sourcePlace } from './sources';
import { VERSION } from './version';

/** Runs the sum check for `check --sum`; `args` are check's, the first positional the consolidated report. */
export async function checkSum(args: ParsedArgs, ctx: Context): Promise<number> {
	const { io, lang } = ctx;
	const format = choice(args, 'format', FORMATS, 'text');
	const [parentPath, ...childPaths] = args.positionals;
	if (parentPath === undefined || childPaths.length === 0) {
		throw usageError('--sum 需要一份合并报告和至少一份下级报告（或其所在的文件夹）：nianbao check --sum 合并报告 下级报告...', '--sum needs the consolidated report and at least one report it consolidates (or their folder): nianbao check --sum PARENT CHILD...');
	}
	if (flag(args, 'fix') || flag(args, 'dry-run') || flag(args, 'fix-dry-run')) throw usageError('--sum 只核对，不修复', '--sum compares only; it fixes nothing');
	if (parentPath === '-' || childPaths.includes('-')) throw usageError('--sum 不读取标准输入', '--sum does not read standard input');
	const cwd = io.cwd ?? process.cwd();

	const parentInput = selectInputs([parentPath], {}, ctx);
	const parent = parentInput.inputs.length === 1 && parentInput.inputs[0].kind === 'file' && parentInput.inputs[0].named ? await loadInput(parentInput.inputs[0], ctx) : null;
	if (!parent) {
		if (!parentInput.failed) io.err(`${parentPath}: ${lang === 'zh' ? '合并报告应为一个文件' : 'the consolidated report must be one file'}\n`);
		return EXIT_USAGE;
	}
	const parentFile = path.resolve(cwd, parent.file.path);

	const selected = selectInputs(childPaths, {}, ctx);
	let failed = selected.failed;
	const children: SumPart[] = [];
	for (const input of selected.inputs) {
		// A folder holding the parent too (the usual layout: a county's report beside its departments').
		if (input.kind === 'file' && path.resolve(cwd, input.path) === parentFile) continue;
		const loaded: LoadedFile | null = await loadInput(input, ctx);
		if (!loaded) {
			failed = true;
			continue;
		}
		const analysis = new Analysis(loaded.file.text);
		if (!loaded.named && !analysis.isReport) {
			io.err(`${loaded.name}: ${message('notAReport', lang)}\n`);
			continue;
		}
		children.push({ file: loaded.name, model: analysis.model, lines: analysis.lines });
	}

	const analysis = new Analysis(parent.file.text);
	const result = sumCheck(analysis.model, children);
	const output = openOutput(stringOption(args, 'output-file'), ctx);
	if (!output) return EXIT_USAGE;
	const reporter = reporterFor(format, (s) => output.write(s), lang, VERSION, cwd);
	reporter.file({
		name: parent.name,
		absolute: parent.file.path,
		lines: analysis.lines,
		diagnostics: result.diagnostics,
		version: analysis.model.version === 'unknown' ? null : analysis.model.version,
		year: analysis.model.year,
		place: (d: Diagnostic) => sourcePlace(parent.source, d.span, lang),
	});
	reporter.end();
	if (!output.close()) failed = true;

	for (const note of result.notChecked) io.err(`${parent.name}: ${lang === 'zh' ? '未核对：' : 'not compared: '}${note[lang]}\n`);
	io.err((lang === 'zh'
		? `合并报告与 ${children.length} 份下级报告核对了 ${result.compared} 个单元格：${result.diagnostics.length} 处不等于下级报告之和`
		: `${result.compared} cells of the consolidated report compared with ${children.length} reports: ${result.diagnostics.length} not equal to their sum`) + '\n');
	// Nothing compared is no pass: the input did not allow the check the user asked for.
	if (failed || result.compared === 0) return EXIT_USAGE;
	return result.diagnostics.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
