/**
 * The nianbao analysis engine: pure functions from the text of a 政府信息公开工作年度报告 to its
 * structure (sections, the three tables, cell by cell with source spans) and its diagnostics.
 * No I/O, no editor, no timers: usable from the language server, the command line and tests alike.
 */
import { SECTIONS, type SectionNumber } from './format/sections';
import { VERSION_MARKERS, type TableVersion } from './format/tables';
import type { FormatVersion, Report, Section, Tables } from './model';
import { readActive } from './reader/active';
import { readAppeals } from './reader/appeals';
import { readMetadata } from './reader/metadata';
import { readRequests } from './reader/requests';
import { readSections } from './reader/sections';
import { splitRows } from './syntax/rows';
import { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';
import { EMPTY_CONFIG, type Config } from './config';
import type { ReportModel } from './rules/rule';
export type { ReportModel } from './rules/rule';
import { runRules } from './run';

export type * from './model';
export type { Span } from './text/span';
export type { Diagnostic, Fix, Message, RelatedLocation, Severity, TextEdit, RuleSetting } from './rules/rule';
export { RULES, RULE_IDS } from './rules/index';
export { parseConfig, EMPTY_CONFIG, type Config } from './config';
export type { TableVersion } from './format/tables';
export { LineIndex, type Position } from './text/lineIndex';

/**
 * Reads a report and checks it. Never throws on any string; every span in the result lies inside `text`.
 * `config` sets rule severities (`{ rules: { "blank-cell": "off" } }`); defaults apply otherwise.
 */
export function analyze(text: string, config: Config = EMPTY_CONFIG): Report {
	const index = new LineIndex(text);
	const model = readModel(text, index);
	return { ...model, diagnostics: runRules(text, model, index, config) };
}

/** Reads a report's structure without checking it: for export and previews, which need no diagnostics. */
export function read(text: string): ReportModel {
	return readModel(text, new LineIndex(text));
}

function readModel(text: string, index: LineIndex): ReportModel {
	const rows = splitRows(text, index);
	const sections = readSections(text, rows);
	const meta = readMetadata(text, index, sections);
	let hint: TableVersion | null | undefined;
	// Needed only where a table's own labels do not tell its version, so computed on demand.
	const versionGuess = (): TableVersion | null => (hint === undefined ? (hint = versionHint(text, meta.year)) : hint);
	const whole: Span = { start: 0, end: text.length };
	const regionOf = (n: SectionNumber): Span | null => sections.find((s) => s.number === n)?.span ?? null;

	const active = readActive(rows, regionOf(2) ?? whole, versionGuess);
	const requestsRegion = regionOf(3);
	const requestsHint = () => active?.version ?? versionGuess();
	let requests = readRequests(rows, requestsRegion ?? whole, requestsHint);
	// Where the section's region misses the table (a converter's headings cut it off), the table's own labels find it.
	if (requestsRegion && (requests === null || requests.status === 'unparsed')) requests = readRequests(rows, whole, requestsHint) ?? requests;
	const appealsRegion = regionOf(4);
	const appeals = readAppeals(rows, appealsRegion ?? whole, appealsRegion !== null);
	const tables: Tables = { active, requests, appeals };

	return {
		version: formatVersion(tables, sections),
		year: meta.year,
		title: meta.title,
		body: meta.body,
		date: meta.date,
		sections,
		tables,
	};
}

/** The version the labels suggest, for reading tables whose own headers are unreadable. */
function versionHint(text: string, year: number | null): TableVersion | null {
	const count = (v: TableVersion): number => VERSION_MARKERS[v].filter((m) => text.includes(m)).length;
	const v2019 = count('2019');
	const v2021 = count('2021');
	if (v2019 !== v2021) return v2019 > v2021 ? '2019' : '2021';
	if (year !== null) return year >= 2021 ? '2021' : '2019';
	return null;
}

function formatVersion(tables: Tables, sections: readonly Section[]): FormatVersion {
	const fromTables = tables.active?.version ?? tables.requests?.version;
	if (fromTables) return fromTables;
	if (tables.active || tables.requests || tables.appeals) return 'unknown';
	return isLegacy(sections) ? 'pre-2019' : 'unknown';
}

/**
 * The pre-2019 structure: no tables, and headings that are not the six standard ones or are numbered
 * differently (一、机构设置和人员配备… / 四、…存在的主要问题…).
 */
export function isLegacy(sections: readonly Section[]): boolean {
	if (sections.length === 0) return false;
	const odd = sections.filter((s) => s.number === null || (s.writtenNumber !== null && s.writtenNumber !== s.number));
	const standard = new Set(sections.filter((s) => s.number !== null).map((s) => s.number));
	return odd.length > 0 && standard.size < SECTIONS.length;
}
