import { RULES, type Diagnostic, type LineIndex, type Severity } from '../engine/index';
import type { Lang } from './messages';

const LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifInput {
	readonly file: string;
	readonly lines: LineIndex;
	readonly diagnostics: readonly Diagnostic[];
	/** For a converted PDF or Word file, which has no line to point at: the place in words and as data. */
	readonly place?: (d: Diagnostic) => { text: string; at: object } | null;
}

/** SARIF 2.1.0, one run for all files, columns in UTF-16 code units (SARIF's default, and LSP's). */
export function toSarif(inputs: readonly SarifInput[], lang: Lang, version: string): object {
	const ruleIndex = new Map(RULES.map((r, k) => [r.id, k]));
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [{
			tool: {
				driver: {
					name: 'nianbao',
					version,
					rules: RULES.map((r) => ({
						id: r.id,
						shortDescription: { text: r.description[lang] },
						fullDescription: { text: `${r.description.zh} / ${r.description.en}` },
						defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
					})),
				},
			},
			columnKind: 'utf16CodeUnits',
			results: inputs.flatMap((input) => input.diagnostics.map((d) => {
				const start = input.lines.positionAt(d.span.start);
				const end = input.lines.positionAt(d.span.end);
				const place = input.place?.(d);
				const artifactLocation = { uri: input.file.split(/[\\/]/).map(encodeURIComponent).join('/') };
				if (place) {
					return {
						ruleId: d.code,
						ruleIndex: ruleIndex.get(d.code),
						level: LEVEL[d.severity],
						message: { text: `${d.message[lang]} (${place.text})` },
						locations: [{ physicalLocation: { artifactLocation }, logicalLocations: [{ name: place.text, kind: 'element' }], properties: place.at }],
					};
				}
				return {
					ruleId: d.code,
					ruleIndex: ruleIndex.get(d.code),
					level: LEVEL[d.severity],
					message: { text: d.message[lang] },
					locations: [{
						physicalLocation: {
							artifactLocation,
							region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
						},
					}],
				};
			})),
		}],
	};
}
