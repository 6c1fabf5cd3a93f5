/**
 * Which files a command reads, and reading them one at a time. The paths named on the command line are
 * expanded first (cheap: names only), then each file is read when its turn comes and dropped after, so a
 * run over thousands of reports holds one report in memory at a time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { decode, readReport, UnreadableFile, type ReportFile } from '../node/files';
import { convertSource, SourceError, sourceErrorMessage, sourceKind, type ConvertedSource } from '../node/sources/index';
import { usageError } from './args';
import type { Context } from './command';
import { message, type MessageKey } from './messages';

/** A file to read: one on disk, or standard input (`-`). */
export type Input =
	| { readonly kind: 'file'; readonly path: string; /** named on the command line, not found in a folder or by a glob */ readonly named: boolean }
	| { readonly kind: 'stdin'; /** the name used in messages (`--stdin-filename`, else `<stdin>`) */ readonly path: string };

/** A report read: text from a file or standard input, or a published file converted to text (`source`). */
export interface LoadedFile {
	/** The path as named on the command line or found in a folder (for messages). */
	readonly name: string;
	/** What was read, with its absolute path (for writing back). */
	readonly file: ReportFile;
	readonly source?: ConvertedSource;
	readonly named: boolean;
	readonly stdin: boolean;
}

export interface SelectOptions {
	/** The name given to standard input in messages, and where its `.nianbao.json` is looked for. */
	readonly stdinFilename?: string;
	/** Patterns in `.gitignore` syntax (`--ignore-pattern`), besides those of `.nianbaoignore`. */
	readonly ignorePatterns?: readonly string[];
}

// Published files (PDF, Word, web pages) are converted by node/sources before the engine reads them.
const EXTENSIONS = new Set(['.txt', '.md', '.pdf', '.docx', '.doc', '.html', '.htm']);

export const STDIN_NAME = '<stdin>';
export const IGNORE_FILE = '.nianbaoignore';

/**
 * What is skipped: `.nianbaoignore` in the working folder and `--ignore-pattern`, in `.gitignore` syntax,
 * relative to the working folder (a path outside it is never ignored). Hidden folders and node_modules are
 * never entered by a folder or a glob.
 */
export class IgnoreRules {
	private readonly rules: Ignore | null;

	constructor(private readonly cwd: string, patterns: readonly string[]) {
		let fromFile = '';
		try {
			fromFile = fs.readFileSync(path.join(cwd, IGNORE_FILE), 'utf8');
		} catch {
			// No ignore file: nothing ignored but what the options say.
		}
		this.rules = fromFile.trim() === '' && patterns.length === 0 ? null : ignore().add(fromFile).add([...patterns]);
	}

	ignores(file: string, isDirectory: boolean): boolean {
		if (!this.rules) return false;
		const relative = path.relative(this.cwd, path.resolve(this.cwd, file));
		if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
		const posix = relative.split(path.sep).join('/');
		return this.rules.ignores(isDirectory ? `${posix}/` : posix);
	}
}

/**
 * The files the paths name: a file as it is, a folder expanded (recursively, sorted) to its report files, a glob
 * (`reports/**\/*.txt`, when no file has that very name) to the report files it matches, `-` to standard input;
 * each file once, ignored ones left out. A path that does not exist is named on stderr and skipped.
 */
export function selectInputs(paths: readonly string[], options: SelectOptions, ctx: Context): { inputs: Input[]; failed: boolean } {
	const { io, lang } = ctx;
	if (paths.length === 0) throw usageError(message('noPaths', 'zh'), message('noPaths', 'en'));
	if (paths.filter((p) => p === '-').length > 1) throw usageError('标准输入（-）只能读取一次', 'standard input (-) can be read only once');
	const cwd = io.cwd ?? process.cwd();
	const ignored = new IgnoreRules(cwd, options.ignorePatterns ?? []);
	const inputs: Input[] = [];
	const seen = new Set<string>();
	let failed = false;
	const add = (file: string, named: boolean): void => {
		const key = path.resolve(cwd, file);
		if (seen.has(key)) return;
		seen.add(key);
		inputs.push({ kind: 'file', path: file, named });
	};
	/** Report files under `dir` (as written), sorted, each passed to `found` with its path below `dir`. */
	const walk = (dir: string, below: string, found: (file: string, below: string) => void): void => {
		for (const entry of fs.readdirSync(path.resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const full = dir === '' ? entry.name : path.join(dir, entry.name);
			const rel = below === '' ? entry.name : `${below}/${entry.name}`;
			if (entry.isDirectory()) {
				if (!ignored.ignores(full, true)) walk(full, rel, found);
			} else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !ignored.ignores(full, false)) found(full, rel);
		}
	};
	for (const p of paths) {
		if (p === '-') {
			inputs.push({ kind: 'stdin', path: options.stdinFilename ?? STDIN_NAME });
			continue;
		}
		let stat: fs.Stats | null = null;
		try {
			stat = fs.statSync(path.resolve(cwd, p));
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			const glob = picomatch.scan(p);
			if (code === 'ENOENT' && glob.isGlob) {
				const matches = picomatch(glob.glob, { dot: false });
				const before = inputs.length;
				try {
					walk(glob.base, '', (file, below) => matches(below) && add(file, false));
				} catch {
					// The glob's folder does not exist: it matches nothing.
				}
				if (inputs.length === before) {
					io.err(`${p}: ${message('noMatch', lang)}\n`);
					failed = true;
				}
			} else {
				io.err(`${p}: ${code === 'ENOENT' ? message('notFound', lang) : message('unreadable', lang) + (e as Error).message}\n`);
				failed = true;
			}
			continue;
		}
		if (stat.isDirectory()) walk(p, '', (file) => add(file, false));
		else if (ignored.ignores(p, false)) io.err(`${p}: ${message('ignored', lang)}\n`);
		else add(p, true);
	}
	if (inputs.length === 0 && !failed) {
		io.err(`nianbao: ${message('noFiles', lang)}\n`);
		failed = true;
	}
	return { inputs, failed };
}

const UNREADABLE: Readonly<Record<string, MessageKey>> = { binary: 'binary', encoding: 'encoding', 'not-a-file': 'notAFile', 'too-large': 'tooLarge' };

/** Reads one input; on failure names it and the reason on stderr and returns null. */
export async function loadInput(input: Input, ctx: Context): Promise<LoadedFile | null> {
	const { io, lang } = ctx;
	try {
		if (input.kind === 'stdin') {
			if (!io.stdin) throw new UnreadableFile('not-a-file');
			return { name: input.path, file: { path: input.path, ...decode(await io.stdin()) }, named: true, stdin: true };
		}
		const file = path.resolve(io.cwd ?? process.cwd(), input.path);
		if (sourceKind(file) !== null) {
			const source = await convertSource(file);
			return { name: input.path, file: { path: file, text: source.text, encoding: 'utf-8', bom: false }, source, named: input.named, stdin: false };
		}
		return { name: input.path, file: readReport(file), named: input.named, stdin: false };
	} catch (e) {
		const reason = e instanceof SourceError ? sourceErrorMessage(e, lang)
			: e instanceof UnreadableFile ? message(UNREADABLE[e.message] ?? 'encoding', lang)
			: (e as NodeJS.ErrnoException).code === 'ENOENT' ? message('notFound', lang)
			: message('unreadable', lang) + (e as Error).message;
		io.err(`${input.path}: ${reason}\n`);
		return null;
	}
}
