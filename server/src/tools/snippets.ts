/**
 * The VS Code snippets for every skeleton: the full report and each table, in both versions and both
 * styles, written by the engine's skeleton writer. The build writes them to snippets/nianbao.json, and a
 * test fails when that file no longer matches the definitions.
 */
import { defaultReportYear, nameOf, reportSkeleton, tableSkeleton, TABLE_VERSIONS, type SkeletonStyle, type TableKey } from '../engine/index';

export interface Snippet {
	readonly prefix: string[];
	readonly body: string[];
	readonly description: string;
}

const STYLES: readonly { style: SkeletonStyle; zh: string; key: string }[] = [
	{ style: 'tsv', zh: '制表符', key: 'tsv' },
	{ style: 'markdown', zh: 'Markdown', key: 'md' },
];
const TABLES: readonly { key: TableKey; zh: string; n: number }[] = [
	{ key: 'active', zh: '表二', n: 2 },
	{ key: 'requests', zh: '表三', n: 3 },
	{ key: 'appeals', zh: '表四', n: 4 },
];

/** Snippet bodies are TextMate snippets: `$`, `}` and `\` are escaped. */
function body(text: string): string[] {
	return text.replace(/[\\$}]/g, (c) => `\\${c}`).split('\n');
}

/**
 * Last year, as a snippet variable transform of `CURRENT_YEAR` (snippets are static, so the year is computed
 * where they are inserted). One alternative per last digit: `2026` → `2025`; a year ending in 0 borrows from
 * the tens: `2030` → `2029`. Unmatched groups insert nothing, so exactly one alternative writes the year.
 */
export function lastYearVariable(): string {
	const alternatives: { pattern: string; suffix: string }[] = [];
	for (let d = 1; d <= 9; d++) alternatives.push({ pattern: `(\\d{3})${d}`, suffix: String(d - 1) });
	for (let t = 1; t <= 9; t++) alternatives.push({ pattern: `(\\d{2})${t}0`, suffix: `${t - 1}9` });
	const format = alternatives.map((a, k) => `$${k + 1}\${${k + 1}:+${a.suffix}}`).join('');
	return `\${CURRENT_YEAR/^(?:${alternatives.map((a) => a.pattern).join('|')})$/${format}/}`;
}

/** A stand-in year the title is written with, then replaced by the transform (no report is for the year 1000). */
const YEAR_MARK = 1000;

/** The title line (the first) with last year in place of the stand-in. */
function titleYear(lines: string[]): string[] {
	return lines.map((line, k) => (k === 0 ? line.replace(`${YEAR_MARK}年`, `${lastYearVariable()}年`) : line));
}

export function snippets(): Record<string, Snippet> {
	const out: Record<string, Snippet> = {};
	for (const version of TABLE_VERSIONS) {
		for (const { style, zh, key } of STYLES) {
			out[`年度报告模板（${version}版，${zh}）`] = {
				prefix: [`nianbao-report-${version}-${key}`, `年报模板${version}${key === 'md' ? 'md' : ''}`],
				// The 2019 format is for 2019 and 2020 reports only; 2021's is for last year's report, whenever inserted.
				body: version === '2019' ? body(reportSkeleton({ version, style, year: defaultReportYear(version, Number.MAX_SAFE_INTEGER) })) : titleYear(body(reportSkeleton({ version, style, year: YEAR_MARK }))),
				description: `政府信息公开工作年度报告全文模板（${version}年版格式，${zh}表格） / Full report skeleton (${version} format, ${style})`,
			};
			for (const t of TABLES) {
				out[`${t.zh}模板（${version}版，${zh}）`] = {
					prefix: [`nianbao-table${t.n}-${version}-${key}`, `${t.zh}${version}${key === 'md' ? 'md' : ''}`],
					body: body(tableSkeleton(t.key, { version, style })),
					description: `${nameOf(t.key).zh}空白模板（${version}年版格式，${zh}） / ${nameOf(t.key).en}, blank (${version} format, ${style})`,
				};
			}
		}
	}
	return out;
}

/** The snippets file's text, as committed. */
export function snippetsFile(): string {
	return JSON.stringify(snippets(), null, '\t') + '\n';
}
