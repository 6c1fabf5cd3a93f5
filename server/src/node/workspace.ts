/**
 * The reports of a workspace by body and year, so the editor can compare a report with last year's
 * (carryover-mismatch, similar-to-last-year). Independent of any connection: the server feeds it open
 * documents and file events and asks it, per analysis, for last year's report.
 *
 * The folders are scanned once, lazily (on the first question), in the background, bounded in count and
 * size; only body, year and a digest are kept per file. Open documents take precedence over their file on
 * disk. Last year's text is read from disk only when a report has one, and the few most recent are kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analysis, companionOf, identityOf, type CompanionReport, type ReportIdentity, type ReportModel } from '../engine/index';
import { entryOf, fingerprintOf, ReportIndex, type IndexEntry } from './companions';
import { filePath, readReport } from './files';

/** The files a workspace's reports are written in (PDF and Word files are imported first, not indexed). */
const EXTENSIONS = new Set(['.txt', '.md', '.nianbao']);
/** Folders that never hold reports, and would cost the scan most. */
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', 'target', 'build']);

export interface WorkspaceLimits {
	/** At most this many files are indexed (a workspace of reports holds a few hundred). */
	readonly maxFiles: number;
	/** A larger file is not a report and is not read. */
	readonly maxBytes: number;
	/** Folders deeper than this are not walked. */
	readonly maxDepth: number;
}

export const DEFAULT_LIMITS: WorkspaceLimits = { maxFiles: 2000, maxBytes: 2 * 1024 * 1024, maxDepth: 6 };

/** Last year's report of a document, and a key that changes whenever that choice or that report changes. */
export interface LastYear {
	readonly companion: CompanionReport | null;
	readonly key: string;
}

/**
 * An open document as the index sees it: its identity and its text (the editor's own string, so nothing is
 * copied); not its analysis, so memory stays bounded by the server's cache of analyses however many are open.
 */
interface OpenReport {
	/** The URI as the editor spells it (the index uses a canonical spelling). */
	readonly uri: string;
	readonly entry: IndexEntry;
	readonly text: string;
	readonly version: number;
	/** The key last given for it: after the scan, only documents whose key changed are named. */
	key: string;
}

export class WorkspaceReports {
	private readonly disk = new ReportIndex();
	private readonly merged = new ReportIndex();
	private readonly open = new Map<string, OpenReport>();
	/** Stamps of entries: bumped when an entry changes, so a key names the version of last year's report. */
	private readonly stamps = new Map<string, number>();
	private readonly recent = new Map<string, CompanionReport>();
	private stamp = 0;
	private scan: Promise<void> | null = null;

	/**
	 * `folders`: the workspace folders on disk; `changed` is told the open documents whose last year's report
	 * may have changed (a scan finished, a file changed), so it can check them again.
	 */
	constructor(
		private readonly folders: readonly string[],
		private readonly changed: (uris: readonly string[]) => void,
		private readonly limits: WorkspaceLimits = DEFAULT_LIMITS,
	) {}

	/** Scans the folders once, in the background; resolves when done (for tests and the first question). */
	start(): Promise<void> {
		return (this.scan ??= this.scanFolders().then(() => {
			const changed = [...this.open.entries()].filter(([uri, o]) => this.keyOf(uri, o.entry.identity) !== o.key).map(([, o]) => o.uri);
			if (changed.length > 0) this.changed(changed);
		}));
	}

	/**
	 * Last year's report for an open document, from what is indexed now (the scan starts on the first call and
	 * `changed` names the document again once it is done). The document itself becomes a candidate for others.
	 */
	lastYearFor(editorUri: string, version: number, analysis: Analysis): LastYear {
		void this.start();
		const uri = canonical(editorUri);
		this.setOpen(uri, editorUri, version, analysis);
		const open = this.open.get(uri);
		const key = this.keyOf(uri, identityOf(analysis.model));
		if (open) open.key = key;
		const last = key === '' ? null : key.slice(0, key.lastIndexOf('#'));
		return { companion: last === null ? null : this.companion(last, key), key };
	}

	/** The key `lastYearFor` would give now, without reading anything: an analysis with another key is stale. */
	keyFor(uri: string, model: ReportModel): string {
		return this.keyOf(canonical(uri), identityOf(model));
	}

	/** Last year's URI and the stamp of its entry, or '' when there is none. */
	private keyOf(uri: string, identity: ReportIdentity | null): string {
		const last = this.merged.lastYearOf(uri, identity);
		return last === null ? '' : `${last}#${this.stamps.get(last) ?? 0}`;
	}

	/** A document was closed: its file on disk (re-read) is the candidate again. */
	close(editorUri: string): void {
		const uri = canonical(editorUri);
		const was = this.open.get(uri);
		if (!was) return;
		this.open.delete(uri);
		const file = filePath(uri);
		const entry = file ? this.readEntry(file, uri) : null;
		if (entry) this.disk.set(entry);
		this.update(uri, was.entry.identity, entry);
	}

	/** A file was created, changed or deleted on disk (didChangeWatchedFiles, didSave). */
	fileChanged(editorUri: string, deleted = false): void {
		if (!this.scan) return;
		const uri = canonical(editorUri);
		const file = filePath(uri);
		if (!file || !EXTENSIONS.has(path.extname(file).toLowerCase())) return;
		const before = this.disk.get(uri)?.identity ?? null;
		const entry = deleted ? null : this.readEntry(file, uri);
		if (entry) this.disk.set(entry);
		else this.disk.delete(uri);
		// An open document stands for its file: the file's change matters once it is closed.
		if (!this.open.has(uri)) this.update(uri, before, entry);
	}

	private setOpen(uri: string, editorUri: string, version: number, analysis: Analysis): void {
		const was = this.open.get(uri);
		if (was && was.version === version && was.text === analysis.text) return;
		const entry = openEntry(uri, identityOf(analysis.model), analysis.text);
		this.open.set(uri, { uri: editorUri, entry, text: analysis.text, version, key: was?.key ?? '' });
		if (was?.text === analysis.text) return;
		this.update(uri, was?.entry.identity ?? this.disk.get(uri)?.identity ?? null, entry);
	}

	/** Records a changed entry and names the open documents whose last year's report it may be (before or now). */
	private update(uri: string, before: ReportIdentity | null, entry: IndexEntry | null): void {
		if (entry) this.merged.set(entry);
		else this.merged.delete(uri);
		this.stamps.set(uri, ++this.stamp);
		for (const key of [...this.recent.keys()]) if (key.startsWith(`${uri}#`)) this.recent.delete(key);
		const affected = new Set([...this.merged.nextYearOf(before), ...this.merged.nextYearOf(entry?.identity ?? null)].filter((u) => u !== uri));
		const open = [...affected].flatMap((u) => this.open.get(u)?.uri ?? []);
		if (open.length > 0) this.changed(open);
	}

	/** Last year's report read: the open document's text, or the file read from disk (the last few kept). */
	private companion(uri: string, key: string): CompanionReport | null {
		const kept = this.recent.get(key);
		if (kept) return kept;
		const open = this.open.get(uri);
		let text: string;
		if (open) text = open.text;
		else {
			const file = filePath(uri);
			if (!file) return null;
			try {
				text = readReport(file).text;
			} catch {
				return null;
			}
		}
		const companion = companionOf(open?.uri ?? uri, new Analysis(text));
		if (this.recent.size >= 4) this.recent.delete(this.recent.keys().next().value as string);
		this.recent.set(key, companion);
		return companion;
	}

	private readEntry(file: string, uri: string): IndexEntry | null {
		try {
			const stat = fs.statSync(file);
			if (!stat.isFile() || stat.size > this.limits.maxBytes) return null;
			return entryOf(uri, readReport(file).text);
		} catch {
			return null;
		}
	}

	private async scanFolders(): Promise<void> {
		const files: string[] = [];
		const walk = async (dir: string, depth: number): Promise<void> => {
			if (depth > this.limits.maxDepth || files.length >= this.limits.maxFiles) return;
			let entries: fs.Dirent[];
			try {
				entries = await fs.promises.readdir(dir, { withFileTypes: true });
			} catch {
				return;
			}
			for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
				if (files.length >= this.limits.maxFiles) return;
				if (e.name.startsWith('.')) continue;
				const full = path.join(dir, e.name);
				if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) await walk(full, depth + 1);
				else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push(full);
			}
		};
		for (const folder of this.folders) await walk(folder, 0);
		for (const file of files) {
			// One file per turn of the event loop: requests are answered while the workspace is indexed.
			await new Promise<void>((resolve) => setImmediate(resolve));
			const uri = pathToFileURL(file).href;
			if (this.disk.get(uri)) continue;
			const entry = this.readEntry(file, uri);
			if (!entry) continue;
			this.disk.set(entry);
			if (!this.open.has(uri)) {
				this.merged.set(entry);
				this.stamps.set(uri, ++this.stamp);
			}
		}
	}
}

/**
 * An open document's entry. Its digest is computed only if asked for (when another report of the same body
 * and year is a candidate too): hashing a document on every version cost a 1 MB report 5–15 ms per keystroke.
 * The entry holds the editor's own string, which the open document keeps anyway.
 */
function openEntry(uri: string, identity: ReportIdentity | null, text: string): IndexEntry {
	let digest: string | undefined;
	return {
		uri,
		identity,
		get fingerprint() {
			return (digest ??= fingerprintOf(text));
		},
	};
}

/** One spelling per file (editors and Node percent-encode different characters). */
function canonical(uri: string): string {
	const file = filePath(uri);
	return file ? pathToFileURL(file).href : uri;
}
