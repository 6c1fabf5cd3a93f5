/**
 * The nianbao analysis engine: pure functions from the text of a 政府信息公开工作年度报告 to its
 * structure (sections, the three tables, cell by cell with source spans) and its diagnostics.
 * No I/O, no editor, no timers: usable from the language server, the command line and tests alike.
 * This is the engine's entry: the server, the command line and the tools import from here only.
 */
import { Analysis } from './analysis';
import { EMPTY_CONFIG, type Config } from './config';
import type { Report, ReportModel } from './model';

export type * from './model';
export type { Span } from './text/span';
export type { Diagnostic, Finding, Fix, Lang, Message, RelatedLocation, Severity, TextEdit, RuleSetting } from './vocabulary';
export { RULE_SETTINGS, RULE_SETTING_SYNONYMS } from './vocabulary';
export { RULES, RULE_IDS } from './rules/index';
export { parseConfig, EMPTY_CONFIG, type Config } from './config';
export type { TableVersion } from './format/tables';
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { isLegacy } from './readModel';
export { Analysis } from './analysis';
export { companionOf, identityOf, normaliseBody, pickLastYear, NO_COMPANIONS, type CompanionReport, type Companions, type ReportIdentity } from './companions';
export * from './features/index';

/**
 * Reads a report and checks it. Never throws on any string; every span in the result lies inside `text`.
 * `config` sets rule severities (`{ rules: { "blank-cell": "off" } }`); defaults apply otherwise.
 */
export function analyze(text: string, config: Config = EMPTY_CONFIG): Report {
	return new Analysis(text, config).report;
}

/** Reads a report's structure without checking it: for export and previews, which need no diagnostics. */
export function read(text: string): ReportModel {
	return new Analysis(text).model;
}

// Published files: the geometric layout of PDF text and the report text written from blocks, with a map back.
export { layoutPages, type PageText, type PositionedText, type Rule } from './sources/layout';
export { describeLocation, locate, renderBlocks, type ConvertedReport, type SourceBlock, type SourceLocation, type SourceMapEntry } from './sources/source';
