import type { Analysis } from '../analysis';
import { nameOf } from '../format/names';
import type { TableKey } from '../format/skeleton';
import type { Message } from '../vocabulary';

/** Problems listed in one message at most; the rest are counted. */
const LISTED = 20;

/**
 * The problems found in one table as a message a person reads (for an editor without a problems panel):
 * the table's name and count, then each problem with its line. Null when the document has no such table.
 */
export function tableProblems(a: Analysis, key: TableKey): Message | null {
	const table = a.model.tables[key];
	if (!table) return null;
	const name = nameOf(key);
	if (table.status === 'unparsed') return { zh: `${name.zh}：无法识别，未检查`, en: `${name.en}: unreadable, not checked` };
	const inTable = a.diagnostics.filter((d) => d.span.start >= table.span.start && d.span.start <= table.span.end);
	if (inTable.length === 0) return { zh: `${name.zh}：未发现问题`, en: `${name.en}: no problems found` };
	const listed = inTable.slice(0, LISTED).map((d) => ({ line: a.lines.lineAt(d.span.start) + 1, message: d.message }));
	const more = inTable.length - listed.length;
	const text = (lang: keyof Message, head: string, line: (n: number) => string, rest: string) =>
		[head, ...listed.map((p) => `${line(p.line)}${p.message[lang]}`), ...(more > 0 ? [rest] : [])].join('\n');
	return {
		zh: text('zh', `${name.zh}：${inTable.length} 个问题`, (n) => `第 ${n} 行：`, `另有 ${more} 个`),
		en: text('en', `${name.en}: ${inTable.length} ${inTable.length === 1 ? 'problem' : 'problems'}`, (n) => `line ${n}: `, `${more} more`),
	};
}
