/**
 * Reading a report's structure: rows of cells, sections, metadata and the three tables, in that order.
 * Pure and linear; the model every rule and editor feature works from.
 */
import type { SectionNumber } from './format/sections';
import { VERSION_MARKERS, type TableVersion } from './format/tables';
import type { FormatVersion, Section, Tables } from './model';
import { readActive } from './reader/active';
import { readAppeals } from './reader/appeals';
import { isLegacy } from './reader/legacy';
import { readMetadata } from './reader/metadata';
import { readRequests } from './reader/requests';
import { readSections } from './reader/sections';
import type { ReportModel } from './rules/rule';
import { splitRows } from './syntax/rows';
import type { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

export function readModel(text: string, index: LineIndex): ReportModel {
	const rows = splitRows(text, index);
	const sections = readSections(text, rows);
	const meta = readMetadata(text, rows, sections);
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
	// A converter's headings inside table 四 (### 行政复议) split its section: the region runs over all of them.
	const fours = sections.filter((s) => s.number === 4);
	const appealsRegion: Span | null = fours.length > 0 ? { start: fours[0].span.start, end: fours[fours.length - 1].span.end } : null;
	const appeals = readAppeals(rows, appealsRegion ?? whole, appealsRegion !== null);
	const tables: Tables = { active, requests, appeals };

	return {
		version: formatVersion(tables, sections, meta.year),
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

function formatVersion(tables: Tables, sections: readonly Section[], year: number | null): FormatVersion {
	const fromTables = tables.active?.version ?? tables.requests?.version;
	if (fromTables) return fromTables;
	// Tables of no known version do not make a report on 2012 modern; its structure does.
	return isLegacy(sections, year, tables.active !== null || tables.requests !== null || tables.appeals !== null) ? 'pre-2019' : 'unknown';
}

export { isLegacy };
