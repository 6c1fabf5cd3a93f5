/**
 * The `nianbao` command line: the engine over files, for bulk checks and data export (SPEC §5).
 * Exit status: 0 success, 1 errors found (check), 2 bad usage or unreadable input.
 */
import { analyze, Analysis, exportCsv, exportReport, fixAll, read, reportSkeleton, type ExportRecord } from '../engine/index';
import { choice, parseArgs, UsageError, type ParsedArgs } from './args';
import { expandPaths, readReport, UnreadableFile, writeReport, WriteRefused, type ReportFile, type WriteProblem } from '../node/files';
import { ConfigFinder, readConfigFile, type LoadedConfig } from '../node/config';
import { CompanionFiles } from '../node/companions';
import { toSarif, type SarifInput } from './sarif';
import { detectLang, message, type Lang, type MessageKey } from './messages';
import { isSource, loadSource, preloadPdfs, sourcePlace, type Preloaded } from './sources';
import { SourceError, sourceErrorMessage, type ConvertedSource } from '../node/sources/index';
import * as fs from 'node:fs';

export interface Io {
	readonly out: (s: string) => void;
	readonly err: (s: string) => void;
	readonly env: NodeJS.ProcessEnv;
	readonly now: () => Date;
	/** PDFs read before the command ran (see runAsync); without them a PDF is reported as unread. */
	readonly sources?: Preloaded;
}

/** A report to analyse: a text file, or a published file converted to text (`source`). */
type LoadedFile = ReportFile & { readonly source?: ConvertedSource };

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;
/** The package version; test/cli/package.test.ts keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** The command line, with PDFs among the paths read first (pdf.js is asynchronous; the commands are not). */
export async function runAsync(argv: readonly string[], io: Io): Promise<number> {
	const [command, ...rest] = argv;
	const reads = command === 'check' || command === 'export' || command === 'convert';
	return run(argv, reads ? { ...io, sources: await preloadPdfs(rest) } : io);
}

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
		if (command === 'convert') {
			const args = parseArgs(rest.map((a) => (a === '-o' ? '--output' : a)), ['output', 'lang'], []);
			lang = detectLang(args.options.get('lang'), io.env);
			return convertCommand(args, lang, io);
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
export function loadFiles(paths: readonly string[], lang: Lang, io: Io): { files: LoadedFile[]; named: ReadonlySet<string>; failed: boolean } {
	if (paths.length === 0) throw new UsageError(message('noPaths', lang));
	const expanded = expandPaths(paths);
	let failed = false;
	for (const e of expanded.errors) {
		io.err(`${e.path}: ${e.message === 'not-found' ? message('notFound', lang) : message('unreadable', lang) + e.message}\n`);
		failed = true;
	}
	const files: LoadedFile[] = [];
	for (const f of expanded.files) {
		try {
			if (isSource(f)) {
				const source = loadSource(f, io.sources);
				files.push({ path: f, text: source.text, encoding: 'utf-8', bom: false, source });
			} else files.push(readReport(f));
		} catch (e) {
			const reason = e instanceof SourceError ? sourceErrorMessage(e, lang) : e instanceof UnreadableFile ? message(UNREADABLE[e.message] ?? 'encoding', lang) : message('unreadable', lang) + (e as Error).message;
			io.err(`${f}: ${reason}\n`);
			failed = true;
		}
	}
	if (expanded.files.length === 0 && expanded.errors.length === 0) {
		io.err(`nianbao: ${message('noFiles', lang)}\n`);
		failed = true;
	}
	return { files, named: expanded.named, failed };
}

const UNREADABLE: Readonly<Record<string, MessageKey>> = { binary: 'binary', encoding: 'encoding', 'not-a-file': 'notAFile', 'too-large': 'tooLarge' };
const NOT_WRITTEN: Readonly<Record<WriteProblem, MessageKey>> = { changed: 'changedOnDisk', 'read-only': 'readOnly', 'not-exact': 'notExact', failed: 'writeFailed' };

/**
 * `--fix` for one file: writes the fixed text back, or says why it did not (exit 2, the other files go on).
 * Returns the text now on disk.
 */
function fixFile(file: ReportFile, analysis: Analysis, lang: Lang, io: Io): { text: string; failed: boolean } {
	const out = fixAll(file.text, analyze, analysis.config);
	if (out.text === file.text) return { text: file.text, failed: false };
	try {
		writeReport(file, out.text);
		return { text: out.text, failed: false };
	} catch (e) {
		if (!(e instanceof WriteRefused)) throw e;
		const detail = e.problem === 'failed' || (e.problem === 'not-exact' && e.message !== e.problem) ? `（${e.message}）` : '';
		io.err(`${file.path}: ${message(NOT_WRITTEN[e.problem], lang)}${detail}\n`);
		return { text: file.text, failed: true };
	}
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
	// Each file's last year's report is looked for among the other files given (carryover-mismatch, similar-to-last-year).
	const texts = new Map(loaded.files.map((f) => [f.path, f.text]));
	const companions = new CompanionFiles([...texts.keys()], (p) => texts.get(p) ?? null);

	const results: (SarifInput & { version: string | null; year: number | null })[] = [];
	const counts = { error: 0, warning: 0, info: 0, hint: 0 };
	for (const file of loaded.files) {
		const { config } = configFor(file.path);
		let a = companions.attach(file.path, new Analysis(file.text, config));
		// A file found in a folder is checked (and fixed) only if it reads as a report: a README is left alone.
		if (!loaded.named.has(file.path) && !a.isReport) {
			io.err(`${file.path}: ${message('notAReport', lang)}\n`);
			continue;
		}
		if (args.flags.has('fix') && file.source) io.err(`${file.path}: ${message('noFixSource', lang)}\n`);
		else if (args.flags.has('fix')) {
			const fixedFile = fixFile(file, a, lang, io);
			failed ||= fixedFile.failed;
			if (fixedFile.text !== file.text) a = companions.attach(file.path, new Analysis(fixedFile.text, config));
		}
		const report = a.report;
		for (const d of report.diagnostics) counts[d.severity]++;
		const place = (d: { span: { start: number; end: number } }) => sourcePlace(file.source, d.span, lang);
		results.push({ file: file.path, lines: a.lines, diagnostics: report.diagnostics, version: report.version === 'unknown' ? null : report.version, year: report.year, place });
	}

	if (format === 'text') {
		for (const r of results) {
			for (const d of r.diagnostics) {
				const place = r.place?.(d);
				const p = r.lines.positionAt(d.span.start);
				const where = place ? `${r.file} (${place.text})` : `${r.file}:${p.line + 1}:${p.character + 1}`;
				io.out(`${where}: ${d.severity} ${d.code} ${d.message[lang]}\n`);
			}
		}
		const summary = message('summary', lang)
			.replace('{files}', String(results.length)).replace('{errors}', String(counts.error))
			.replace('{warnings}', String(counts.warning)).replace('{infos}', String(counts.info + counts.hint));
		io.err(summary + '\n');
	} else if (format === 'json') {
		io.out(JSON.stringify(results.map((r) => ({
			file: r.file, version: r.version, year: r.year,
			diagnostics: r.diagnostics.map((d) => {
				const place = r.place?.(d);
				// A converted file's range is in the converted text (what `nianbao convert` writes); `location` is in the file.
				return { code: d.code, severity: d.severity, message: d.message[lang], range: r.lines.range(d.span), ...(place ? { location: { ...place.at, text: place.text } } : {}) };
			}),
		})), null, 2) + '\n');
	} else {
		io.out(JSON.stringify(toSarif(results, lang, VERSION), null, 2) + '\n');
	}
	if (failed) return EXIT_USAGE;
	return counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** `nianbao convert FILE [-o OUT]`: the report text of a PDF, Word file or web page, for editing. */
function convertCommand(args: ParsedArgs, lang: Lang, io: Io): number {
	if (args.positionals.length !== 1) throw new UsageError(args.positionals.length === 0 ? message('noPaths', lang) : args.positionals[1]);
	const file = args.positionals[0];
	let source: ConvertedSource;
	try {
		source = loadSource(file, io.sources);
		// A web page is read by the engine as it is: there is nothing to convert.
		if (source.kind === 'html') throw new SourceError('html');
	} catch (e) {
		const reason = e instanceof SourceError ? sourceErrorMessage(e, lang) : (e as NodeJS.ErrnoException).code === 'ENOENT' ? message('notFound', lang) : message('unreadable', lang) + (e as Error).message;
		io.err(`${file}: ${reason}\n`);
		return EXIT_USAGE;
	}
	const out = args.options.get('output');
	if (out === undefined) io.out(source.text);
	else {
		fs.writeFileSync(out, source.text);
		io.err(`${file}: ${message('converted', lang)} ${out}\n`);
	}
	return EXIT_OK;
}
