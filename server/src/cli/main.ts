/**
 * The `nianbao` command line: the engine over files, for bulk checks and data export (SPEC §5).
 * Exit status: 0 success, 1 errors found (check), 2 bad usage or unreadable input.
 */
import { analyze, Analysis, exportCsv, exportReport, fixAll, read, reportSkeleton, type ExportRecord } from '../engine/index';
import { choice, parseArgs, UsageError, type ParsedArgs } from './args';
import { expandPaths, readReport, UnreadableFile, writeReport, type ReportFile } from '../node/files';
import { ConfigFinder, readConfigFile, type LoadedConfig } from '../node/config';
import { toSarif, type SarifInput } from './sarif';
import { detectLang, message, type Lang } from './messages';

export interface Io {
	readonly out: (s: string) => void;
	readonly err: (s: string) => void;
	readonly env: NodeJS.ProcessEnv;
	readonly now: () => Date;
}

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;
/** The package version; test/cli/package.test.ts keeps it equal to package.json's. */
export const VERSION = '0.1.0';

export function run(argv: readonly string[], io: Io): number {
	const [command, ...rest] = argv;
	let lang: Lang = detectLang(undefined, io.env);
	try {
		if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
			io.out(message('usage', lang) + '\n');
			return command === undefined ? EXIT_USAGE : EXIT_OK;
		}
		if (command === '--version' || command === '-v') {
			io.out(`${VERSION}\n`);
			return EXIT_OK;
		}
		if (command === 'export') {
			const args = parseArgs(rest, ['format', 'lang'], []);
			lang = detectLang(args.options.get('lang'), io.env);
			return exportCommand(args, lang, io);
		}
		if (command === 'check') {
			const args = parseArgs(rest, ['format', 'config', 'lang'], ['fix']);
			lang = detectLang(args.options.get('lang'), io.env);
			return checkCommand(args, lang, io);
		}
		if (command === 'skeleton') {
			const args = parseArgs(rest, ['version', 'style', 'year', 'body', 'lang'], []);
			lang = detectLang(args.options.get('lang'), io.env);
			return skeletonCommand(args, io);
		}
		throw new UsageError(command);
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`nianbao: ${message('badUsage', lang)}${e.message}\n${message('usage', lang)}\n`);
			return EXIT_USAGE;
		}
		throw e;
	}
}

/** Reads every file named, reporting the ones that cannot be read and carrying on with the rest. */
export function loadFiles(paths: readonly string[], lang: Lang, io: Io): { files: ReportFile[]; failed: boolean } {
	if (paths.length === 0) throw new UsageError(message('noPaths', lang));
	const expanded = expandPaths(paths);
	let failed = false;
	for (const e of expanded.errors) {
		io.err(`${e.path}: ${e.message === 'not-found' ? message('notFound', lang) : message('unreadable', lang) + e.message}\n`);
		failed = true;
	}
	const files: ReportFile[] = [];
	for (const f of expanded.files) {
		try {
			files.push(readReport(f));
		} catch (e) {
			const reason = e instanceof UnreadableFile ? message(e.message === 'binary' ? 'binary' : 'encoding', lang) : message('unreadable', lang) + (e as Error).message;
			io.err(`${f}: ${reason}\n`);
			failed = true;
		}
	}
	if (expanded.files.length === 0 && expanded.errors.length === 0) {
		io.err(`nianbao: ${message('noFiles', lang)}\n`);
		failed = true;
	}
	return { files, failed };
}

function exportCommand(args: ParsedArgs, lang: Lang, io: Io): number {
	const format = choice(args, 'format', ['json', 'csv'] as const, 'json');
	const { files, failed } = loadFiles(args.positionals, lang, io);
	const records: ExportRecord[] = files.map((f) => exportReport(f.path, f.text, read(f.text)));
	io.out(format === 'json' ? JSON.stringify(records, null, 2) + '\n' : exportCsv(records));
	return failed ? EXIT_USAGE : EXIT_OK;
}

function skeletonCommand(args: ParsedArgs, io: Io): number {
	const version = choice(args, 'version', ['2019', '2021'] as const, '2021');
	const style = choice(args, 'style', ['tsv', 'markdown'] as const, 'tsv');
	const yearText = args.options.get('year');
	const year = yearText === undefined ? io.now().getFullYear() - 1 : Number(yearText);
	if (!Number.isInteger(year) || year < 2008 || year > 2100) throw new UsageError(`--year ${yearText}`);
	if (args.positionals.length > 0) throw new UsageError(args.positionals[0]);
	io.out(reportSkeleton({ version, style, year, body: args.options.get('body') }) + '\n');
	return EXIT_OK;
}

function checkCommand(args: ParsedArgs, lang: Lang, io: Io): number {
	const format = choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
	const explicit = args.options.get('config');
	const fixed = explicit !== undefined ? readConfigFile(explicit) : null;
	const finder = new ConfigFinder();
	let failed = false;
	const reported = new Set<string>();
	const configFor = (file: string): LoadedConfig => {
		const loaded = fixed ?? finder.forFile(file);
		if (loaded.file && loaded.problems.length > 0 && !reported.has(loaded.file)) {
			reported.add(loaded.file);
			for (const p of loaded.problems) io.err(`${loaded.file}: ${message('configProblem', lang)}${p[lang]}\n`);
			failed = true;
		}
		return loaded;
	};
	if (fixed) configFor('');
	const loaded = loadFiles(args.positionals, lang, io);
	failed ||= loaded.failed;

	const results: (SarifInput & { version: string | null; year: number | null })[] = [];
	const counts = { error: 0, warning: 0, info: 0, hint: 0 };
	for (const file of loaded.files) {
		const { config } = configFor(file.path);
		let text = file.text;
		if (args.flags.has('fix')) {
			const out = fixAll(text, analyze, config);
			if (out.text !== text) {
				writeReport(file, out.text);
				text = out.text;
			}
		}
		const a = new Analysis(text, config);
		const report = a.report;
		for (const d of report.diagnostics) counts[d.severity]++;
		results.push({ file: file.path, lines: a.lines, diagnostics: report.diagnostics, version: report.version === 'unknown' ? null : report.version, year: report.year });
	}

	if (format === 'text') {
		for (const r of results) {
			for (const d of r.diagnostics) {
				const p = r.lines.positionAt(d.span.start);
				io.out(`${r.file}:${p.line + 1}:${p.character + 1}: ${d.severity} ${d.code} ${d.message[lang]}\n`);
			}
		}
		const summary = message('summary', lang)
			.replace('{files}', String(results.length)).replace('{errors}', String(counts.error))
			.replace('{warnings}', String(counts.warning)).replace('{infos}', String(counts.info + counts.hint));
		io.err(summary + '\n');
	} else if (format === 'json') {
		io.out(JSON.stringify(results.map((r) => ({
			file: r.file, version: r.version, year: r.year,
			diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message[lang], range: r.lines.range(d.span) })),
		})), null, 2) + '\n');
	} else {
		io.out(JSON.stringify(toSarif(results, lang, VERSION), null, 2) + '\n');
	}
	if (failed) return EXIT_USAGE;
	return counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
}
