/**
 * SARIF 2.1.0 for code-scanning tools: one run for all files, columns in UTF-16 code units (SARIF's default, and
 * LSP's). Results are written as each file is checked; the document around them is written once.
 * An absolute path is a `file://` URI; a relative one is relative to `%SRCROOT%`, the working folder.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type Diagnostic, type Message, type Range, type Severity } from '../engine/index';
import type { Lang } from './messages';
import { REPOSITORY_URL, ruleHelpUri } from './project';
import type { FileResult, Reporter } from './report';

const LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const RESULTS = '@@nianbao-results@@';
/** A finding's places in other files (last year's cell or paragraph), with their ranges in those files. */
export function inOtherFiles(d: Diagnostic): { file: string; range: Range; message: Message }[] {
	return d.related.flatMap((o) => (o.uri !== undefined && o.range !== undefined ? [{ file: o.uri, range: o.range, message: o.message }] : []));
}

/** The depth of a result in the document: runs[0].results[k], at two spaces a level. */
const INDENT = '        ';

/** The artifact location of a file named on the command line. */
export function artifactLocation(name: string, absolute: string | null): { uri: string; uriBaseId?: string } {
	if (absolute === null) return { uri: encodeURIComponent(name) };
	if (path.isAbsolute(name)) return { uri: pathToFileURL(name).href };
	return { uri: name.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export class SarifWriter implements Reporter {
	private readonly ruleIndex = new Map(RULES.map((r, k) => [r.id, k]));
	private readonly tail: string;
	private count = 0;

	constructor(private readonly out: (s: string) => void, private readonly lang: Lang, version: string, cwd: string) {
		const document = {
			$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
			version: '2.1.0',
			runs: [{
				tool: {
					driver: {
						name: 'nianbao',
						version,
						semanticVersion: version,
						informationUri: REPOSITORY_URL,
						rules: RULES.map((r) => ({
							id: r.id,
							shortDescription: { text: r.description[lang] },
							fullDescription: { text: `${r.description.zh} / ${r.description.en}` },
							helpUri: ruleHelpUri(r.id),
							defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
						})),
					},
				},
				// A folder's URI ends with a slash, so relative URIs resolve inside it.
				originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
				columnKind: 'utf16CodeUnits',
				results: RESULTS,
			}],
		};
		const [head, tail] = JSON.stringify(document, null, 2).split(`"${RESULTS}"`);
		this.out(head + '[');
		this.tail = tail;
	}

	file(r: FileResult): void {
		const location = artifactLocation(r.name, r.absolute);
		for (const d of r.diagnostics) {
			const text = JSON.stringify(this.result(r, d, location), null, 2).replace(/\n/g, `\n${INDENT}`);
			this.out(`${this.count === 0 ? '' : ','}\n${INDENT}${text}`);
			this.count++;
		}
	}

	end(): void {
		this.out(`${this.count === 0 ? '' : `\n${INDENT.slice(2)}`}]${this.tail}\n`);
	}

	private result(r: FileResult, d: Diagnostic, here: object): object {
		const place = r.place(d);
		const elsewhere = inOtherFiles(d).map((o, k) => ({
			id: k,
			message: { text: o.message[this.lang] },
			physicalLocation: {
				artifactLocation: artifactLocation(o.file, o.file),
				region: { startLine: o.range.start.line + 1, startColumn: o.range.start.character + 1, endLine: o.range.end.line + 1, endColumn: o.range.end.character + 1 },
			},
		}));
		const common = { ruleId: d.code, ruleIndex: this.ruleIndex.get(d.code), level: LEVEL[d.severity], ...(elsewhere.length > 0 ? { relatedLocations: elsewhere } : {}) };
		if (place) {
			return {
				...common,
				message: { text: `${d.message[this.lang]} (${place.text})` },
				locations: [{ physicalLocation: { artifactLocation: here }, logicalLocations: [{ name: place.text, kind: 'element' }], properties: place.at }],
			};
		}
		const start = r.lines.positionAt(d.span.start);
		const end = r.lines.positionAt(d.span.end);
		return {
			...common,
			message: { text: d.message[this.lang] },
			locations: [{
				physicalLocation: {
					artifactLocation: here,
					region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
				},
			}],
		};
	}
}
