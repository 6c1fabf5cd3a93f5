/**
 * The VS Code snippets for every skeleton: the full report and each table, in both versions and both
 * styles, written by the engine's skeleton writer. The build writes them to snippets/nianbao.json, and a
 * test fails when that file no longer matches the definitions.
 */
import { nameOf, reportSkeleton, tableSkeleton, TABLE_VERSIONS, type SkeletonStyle, type TableKey } from '../engine/index';

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

export function snippets(): Record<string, Snippet> {
	const out: Record<string, Snippet> = {};
	for (const version of TABLE_VERSIONS) {
		for (const { style, zh, key } of STYLES) {
			out[`年度报告模板（${version}版，${zh}）`] = {
				prefix: [`nianbao-report-${version}-${key}`, `年报模板${version}${key === 'md' ? 'md' : ''}`],
				body: body(reportSkeleton({ version, style, year: Number(version) })),
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
