import { APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_SUITS, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS } from '../../server/src/engine/format/tables';
import type { RowKey } from '../../server/src/engine/format/tables';
import type { Report } from '../../server/src/engine/index';

/**
 * The shapes real reports arrive in, rendered from a model the reader got right, for the shape matrix:
 * every shape must read back cell-identical (rows with a blank cell excepted where the layout drops blank
 * cells: those must be reported as not placed, never misread).
 */
export type Shape = 'paragraphs' | 'pipe-cells' | 'markdown' | 'pdf' | 'one-line';
export const SHAPES: readonly Shape[] = ['paragraphs', 'pipe-cells', 'markdown', 'pdf', 'one-line'];

/** Layouts in which an empty cell leaves no trace (an empty paragraph vanishes, a PDF prints nothing). */
export function dropsBlanks(shape: Shape): boolean {
	return shape === 'paragraphs' || shape === 'pdf' || shape === 'one-line';
}

export interface TableRow {
	readonly key: RowKey;
	/** The cells as written (empty for a blank cell). */
	readonly cells: readonly string[];
}

/** The rows of table 三 and 四 of a report, as the model has them. */
export function tablesOf(report: Report): { requests: TableRow[]; appeals: TableRow | null } {
	const requests = (report.tables.requests?.rows ?? []).map((r) => ({ key: r.key, cells: r.cells.map((c) => c.text) }));
	const a = report.tables.appeals?.rows[0];
	return { requests, appeals: a ? { key: 'appeals', cells: a.cells.map((c) => c.text) } : null };
}

const HEAD3 = '三、收到和处理政府信息公开申请情况';
const HEAD4 = '四、政府信息公开行政复议、行政诉讼情况';
const HEAD5 = '五、政府信息公开工作存在的主要问题及改进情况';
const HEADER3 = ['申请人情况', '自然人', '法人或其他组织', ...REQUEST_COLUMNS.slice(1).map((c) => c.label)];
const HEADER4 = [APPEAL_GROUPS[0].label, APPEAL_SUITS, APPEAL_GROUPS[1].label, APPEAL_GROUPS[2].label, ...APPEAL_COLUMNS.map((c) => c.label)];

function labelOf(key: string): string {
	return REQUEST_ROWS.find((d) => d.key === key)?.label ?? key;
}

/** The group label written above the first row of a group ((三) above 1.属于国家秘密), if any. */
function groupAbove(key: string, previous: string | null): string | null {
	const def = REQUEST_ROWS.find((d) => d.key === key);
	const prev = previous ? REQUEST_ROWS.find((d) => d.key === previous) : undefined;
	if (!def || def.item === undefined || def.group === undefined || prev?.group === def.group) return null;
	return REQUEST_GROUPS[def.group] ?? null;
}

/** A report holding tables 三 and 四 in `shape`, with headings around them. */
export function renderReport(rows: readonly TableRow[], appeals: TableRow | null, shape: Shape): string {
	const t3 = renderRequests(rows, shape);
	const t4 = appeals ? renderAppeals(appeals, shape) : '';
	if (shape === 'one-line') return [HEAD3, t3, HEAD4, t4, HEAD5, '无。'].join('　');
	const sep = shape === 'paragraphs' ? '\n\n' : '\n';
	return [HEAD3, t3, HEAD4, t4, HEAD5, '无。', ''].join(sep);
}

function renderRequests(rows: readonly TableRow[], shape: Shape): string {
	const lines: string[] = [];
	const present = (cells: readonly string[]) => cells.filter((c) => c !== '');
	let previous: string | null = null;
	rows.forEach((row, k) => {
		const label = labelOf(row.key);
		const group = groupAbove(row.key, previous);
		previous = row.key;
		switch (shape) {
			case 'paragraphs':
				if (group) lines.push(group);
				lines.push(label, ...present(row.cells));
				break;
			case 'pipe-cells':
				if (group) lines.push(`${group} |`);
				lines.push(`${label} |`, ...row.cells.map((c) => (c === '' ? ' |' : `${c} |`)));
				break;
			case 'markdown':
				lines.push(`| ${label} | ${row.cells.map((c) => c || ' ').join(' | ')} |`);
				break;
			case 'one-line':
				lines.push(label, ...present(row.cells));
				break;
			case 'pdf': {
				const values = present(row.cells).join(' ');
				if (group) lines.push(group);
				// The vertical merged label 三、本年度办理结果, one piece between rows; a page number mid-table.
				if (row.key === 'granted') lines.push('三', '、本');
				if (row.key === 'denied.stateSecret') lines.push('年度', '办理');
				if (row.key === 'denied.security') lines.push('结果');
				if (k === Math.floor(rows.length / 2)) lines.push('- 3 -');
				if (k % 5 === 3 && label.length > 8) {
					// A label wrapped around its numbers.
					const cut = Math.ceil(label.length / 2);
					lines.push(label.slice(0, cut), values, label.slice(cut));
				} else if (k % 4 === 2) lines.push(values, label); // printed below its numbers
				else lines.push(`${label} ${values}`);
				break;
			}
		}
	});
	const columns = rows[0]?.cells.length ?? REQUEST_COLUMNS.length;
	switch (shape) {
		case 'paragraphs':
			return [...HEADER3, ...lines].join('\n\n');
		case 'pipe-cells':
			return [...HEADER3.map((h) => `${h} |`), ...lines].join('\n');
		case 'markdown':
			return [`| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | ${REQUEST_COLUMNS.slice(0, columns).map((c) => c.label).join(' | ')} |`, `|${' --- |'.repeat(columns + 1)}`, ...lines].join('\n');
		case 'one-line':
			return [...HEADER3, ...lines].join(' ');
		case 'pdf':
			return ['申请人情况', '（本列数据的勾稽关系为：第一项', '加第二项之和，等于第三项加第四', '项之和）', '法人或其他组织', '自然', '人', '商业', '企业', '科研', '机构', '社会', '公益', '组织', '法律服', '务机构', '其他', '总', '计', ...lines].join('\n');
	}
}

function renderAppeals(row: TableRow, shape: Shape): string {
	const present = row.cells.filter((c) => c !== '');
	switch (shape) {
		case 'paragraphs':
			return [...HEADER4, ...present].join('\n\n');
		case 'pipe-cells':
			return [...HEADER4.map((h) => `${h} |`), ...row.cells.map((c) => (c === '' ? ' |' : `${c} |`))].join('\n');
		case 'markdown': {
			const cols = APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => c.label));
			return [`| ${cols.join(' | ')} |`, `|${' --- |'.repeat(cols.length)}`, `| ${row.cells.map((c) => c || ' ').join(' | ')} |`].join('\n');
		}
		case 'one-line':
			return [...HEADER4, ...present].join(' ');
		case 'pdf':
			return ['行政复议行政诉讼', '未经复议直接起诉复议后起诉', '结果结果其他尚未', '总', '计', '维持纠正结果审结', '- 4 -', present.join(' ')].join('\n');
	}
}

