/**
 * The `nianbao` command line: the engine over files, for bulk checks and data export (SPEC §5).
 * Exit status: 0 success, 1 errors found (check), 2 bad usage or unreadable input.
 */
import { analyze } from '../engine/index';
import { exportCsv, exportReport, type ExportRecord } from '../engine/features/export';
import { reportSkeleton } from '../engine/format/skeleton';
import { choice, parseArgs, UsageError, type ParsedArgs } from './args';
import { expandPaths, readReport, UnreadableFile, type ReportFile } from './files';
import { detectLang, message, type Lang } from './messages';

export interface Io {
	readonly out: (s: string) => void;
	readonly err: (s: string) => void;
	readonly env: NodeJS.ProcessEnv;
	readonly now: () => Date;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;

export function run(argv: readonly string[], io: Io): number {
	const [command, ...rest] = argv;
	let lang: Lang = detectLang(undefined, io.env);
	try {
		if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
			io.out(message('usage', lang) + '\n');
			return command === undefined ? EXIT_USAGE : EXIT_OK;
		}
		if (command === 'export') {
			const args = parseArgs(rest, ['format', 'lang'], []);
			lang = detectLang(args.options.get('lang'), io.env);
			return exportCommand(args, lang, io);
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
	const records: ExportRecord[] = files.map((f) => exportReport(f.path, f.text, analyze(f.text)));
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
