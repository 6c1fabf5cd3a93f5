/**
 * Finding last year's report among other files: an index of reports by body and year (a few words per file,
 * never the texts), and the command line's use of it over the files it was given. The choice itself is the
 * engine's (`pickLastYear`); this module only keeps the index and reads the chosen file when it is needed.
 */
import * as crypto from 'node:crypto';
import { Analysis, companionOf, identityOf, pickLastYear, type CompanionReport, type ReportIdentity } from '../engine/index';

/** One indexed report: where it is, who and which year it is about, and a digest of its text. */
export interface IndexEntry {
	readonly uri: string;
	readonly identity: ReportIdentity | null;
	readonly fingerprint: string;
}

/** A digest that is equal for equal texts: two copies of one report are not an ambiguity. */
export function fingerprintOf(text: string): string {
	return crypto.createHash('sha1').update(text).digest('base64');
}

/** The entry of a report read from `text` (its model is read and dropped). */
export function entryOf(uri: string, text: string): IndexEntry {
	return { uri, identity: identityOf(new Analysis(text).model), fingerprint: fingerprintOf(text) };
}

/** Reports by URI, with the question the rules ask of them: which one is last year's report of this one? */
export class ReportIndex {
	private readonly entries = new Map<string, IndexEntry>();

	set(entry: IndexEntry): void {
		this.entries.set(entry.uri, entry);
	}

	delete(uri: string): void {
		this.entries.delete(uri);
	}

	get(uri: string): IndexEntry | undefined {
		return this.entries.get(uri);
	}

	get size(): number {
		return this.entries.size;
	}

	/** The URI of last year's report of the report at `uri` (whose identity is given), or null (none, or ambiguous). */
	lastYearOf(uri: string, identity: ReportIdentity | null): string | null {
		return pickLastYear({ uri, identity }, this.entries.values())?.uri ?? null;
	}

	/** The URIs whose last year's report may be `identity`'s report: the same body, a year later. */
	nextYearOf(identity: ReportIdentity | null): string[] {
		if (!identity) return [];
		const out: string[] = [];
		for (const e of this.entries.values()) if (e.identity && e.identity.body === identity.body && e.identity.year === identity.year + 1) out.push(e.uri);
		return out;
	}
}

/**
 * The command line's companions: the files it was given are the candidates. They are indexed on first need
 * (one read each, keeping only body, year and a digest), and last year's file is read again only when a file
 * has one; the last few companions read are kept, since a folder is usually checked in order.
 */
export class CompanionFiles {
	private index: ReportIndex | null = null;
	private readonly recent = new Map<string, CompanionReport>();

	/** `load` reads a file's text (null when it cannot be read: it is then no candidate). */
	constructor(private readonly paths: readonly string[], private readonly load: (path: string) => string | null) {}

	/** The analysis compared with last year's file, when one of the files is last year's report. */
	attach(path: string, analysis: Analysis): Analysis {
		if (this.paths.length < 2) return analysis;
		const last = this.lastYearOf(path, analysis);
		return last ? analysis.withCompanions({ lastYear: last }) : analysis;
	}

	private lastYearOf(path: string, analysis: Analysis): CompanionReport | null {
		const identity = identityOf(analysis.model);
		if (!identity) return null;
		const uri = this.indexed().lastYearOf(path, identity);
		if (uri === null) return null;
		let companion = this.recent.get(uri);
		if (!companion) {
			const text = this.load(uri);
			if (text === null) return null;
			companion = companionOf(uri, new Analysis(text));
			if (this.recent.size >= 2) this.recent.delete(this.recent.keys().next().value as string);
			this.recent.set(uri, companion);
		}
		return companion;
	}

	private indexed(): ReportIndex {
		if (this.index) return this.index;
		const index = new ReportIndex();
		for (const path of this.paths) {
			const text = this.load(path);
			if (text !== null) index.set(entryOf(path, text));
		}
		return (this.index = index);
	}
}
