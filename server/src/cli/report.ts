/**
 * How `nianbao check` prints its findings, one file at a time: `text` (compiler style, the `$nianbao` problem
 * matcher's format), `json`, `sarif`, `github` (workflow commands that annotate a pull request) and `junit`.
 * A reporter keeps nothing of a file it has printed except, for JUnit (whose header counts everything), the
 * findings as short strings.
 */
import type { Diagnostic, LineIndex, Severity, SourceLocation } from '../engine/index';
import type { Lang } from './messages';
import { JsonArrayWriter } from './output';
import { inOtherFiles, SarifWriter } from './sarif';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** A diagnostic's place in a converted PDF or Word file, which has no line to point at. */
export type Place = { readonly text: string; readonly at: SourceLocation };

/** One file checked: what the reporter prints. */
export interface FileResult {
	/** The path as the user named it (or the name given to standard input). */
	readonly name: string;
	/** The absolute path, or null for standard input. */
	readonly absolute: string | null;
	readonly lines: LineIndex;
	/** The findings to print (without the warnings `--quiet` hides). */
	readonly diagnostics: readonly Diagnostic[];
	readonly version: string | null;
	readonly year: number | null;
	readonly place: (d: Diagnostic) => Place | null;
}

export interface Reporter {
	file(result: FileResult): void;
	end(): void;
}

/** A message on one line, so that one finding is one line of text output. */
export function oneLine(s: string): string {
	return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function reporterFor(format: Format, out: (s: string) => void, lang: Lang, version: string, cwd: string): Reporter {
	switch (format) {
		case 'text':
			return { file: (r) => out(textLines(r, lang)), end: () => undefined };
		case 'json': {
			const json = new JsonArrayWriter(out);
			return { file: (r) => json.push(jsonEntry(r, lang)), end: () => json.end() };
		}
		case 'sarif':
			return new SarifWriter(out, lang, version, cwd);
		case 'github':
			return { file: (r) => out(githubLines(r, lang)), end: () => undefined };
		case 'junit':
			return new JunitReporter(out, lang);
	}
}

/** `file:line:col: severity code message`, 1-based; a converted file names its place in words instead. */
function textLines(r: FileResult, lang: Lang): string {
	let text = '';
	for (const d of r.diagnostics) {
		const place = r.place(d);
		const p = r.lines.positionAt(d.span.start);
		const where = place ? `${r.name} (${place.text})` : `${r.name}:${p.line + 1}:${p.character + 1}`;
		text += `${where}: ${d.severity} ${d.code} ${oneLine(d.message[lang])}\n`;
	}
	return text;
}

/** SPEC §5: 0-based UTF-16 ranges; a converted file's place in it as `location`; places in other files as `related`. */
function jsonEntry(r: FileResult, lang: Lang): object {
	return {
		file: r.name, version: r.version, year: r.year,
		diagnostics: r.diagnostics.map((d) => {
			const place = r.place(d);
			// A converted file's range is in the converted text (what `nianbao convert` writes); `location` is in the file.
			const elsewhere = inOtherFiles(d);
			return {
				code: d.code, severity: d.severity, message: d.message[lang], range: r.lines.range(d.span),
				...(place ? { location: { ...place.at, text: place.text } } : {}),
				...(elsewhere.length > 0 ? { related: elsewhere.map((o) => ({ file: o.file, range: o.range, message: o.message[lang] })) } : {}),
			};
		}),
	};
}

const GITHUB_LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub's escapes: `%`, CR and LF everywhere, and `:` and `,` inside a property. */
function githubData(s: string): string {
	return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function githubProperty(s: string): string {
	return githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, columns 1-based. */
function githubLines(r: FileResult, lang: Lang): string {
	let text = '';
	for (const d of r.diagnostics) {
		const place = r.place(d);
		const props = [`file=${githubProperty(r.name)}`];
		if (!place) {
			const start = r.lines.positionAt(d.span.start);
			const end = r.lines.positionAt(d.span.end);
			props.push(`line=${start.line + 1}`, `col=${start.character + 1}`, `endLine=${end.line + 1}`, `endColumn=${end.character + 1}`);
		}
		props.push(`title=${githubProperty(`nianbao ${d.code}`)}`);
		const message = place ? `${d.message[lang]} (${place.text})` : d.message[lang];
		text += `::${GITHUB_LEVEL[d.severity]} ${props.join(',')}::${githubData(message)}\n`;
	}
	return text;
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, unpaired surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlEscape(s: string): string {
	return s.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** One finding, as little as JUnit needs. */
interface JunitCase {
	readonly name: string;
	readonly severity: Severity;
	readonly message: string;
	readonly detail: string;
}

/**
 * JUnit XML as CI servers read it: a test suite per file, a failing test case per finding (a passing one for a
 * clean file). The root's totals come first in the file, so the findings are kept, as strings, until the end.
 */
class JunitReporter implements Reporter {
	private readonly suites: { name: string; cases: JunitCase[] }[] = [];

	constructor(private readonly out: (s: string) => void, private readonly lang: Lang) {}

	file(r: FileResult): void {
		const cases = r.diagnostics.map((d) => {
			const place = r.place(d);
			const p = r.lines.positionAt(d.span.start);
			const where = place ? place.text : `${p.line + 1}:${p.character + 1}`;
			const message = oneLine(d.message[this.lang]);
			return { name: `${d.code} ${where}`, severity: d.severity, message, detail: `${place ? `${r.name} (${where})` : `${r.name}:${where}`}: ${d.severity} ${d.code} ${message}` };
		});
		this.suites.push({ name: r.name, cases });
	}

	end(): void {
		const tests = this.suites.reduce((n, s) => n + Math.max(1, s.cases.length), 0);
		const failures = this.suites.reduce((n, s) => n + s.cases.length, 0);
		this.out(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nianbao" tests="${tests}" failures="${failures}" errors="0">\n`);
		for (const s of this.suites) {
			const name = xmlEscape(s.name);
			this.out(`  <testsuite name="${name}" tests="${Math.max(1, s.cases.length)}" failures="${s.cases.length}" errors="0" skipped="0">\n`);
			if (s.cases.length === 0) this.out(`    <testcase classname="${name}" name="nianbao"/>\n`);
			for (const c of s.cases) {
				this.out(`    <testcase classname="${name}" name="${xmlEscape(c.name)}">\n      <failure type="${c.severity}" message="${xmlEscape(c.message)}">${xmlEscape(c.detail)}</failure>\n    </testcase>\n`);
			}
			this.out('  </testsuite>\n');
		}
		this.out('</testsuites>\n');
	}
}
