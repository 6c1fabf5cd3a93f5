import { ACTIVE_BLOCKS, ACTIVE_CORNER, APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_SUITS, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS } from '../../server/src/engine/format/tables';
import type { ActiveBlockKey, RowKey, TableVersion } from '../../server/src/engine/format/tables';
import type { Report } from '../../server/src/engine/index';

/**
 * The shapes real reports arrive in, rendered from a model the reader got right, for the shape matrix:
 * every shape must read back cell-identical (rows with a blank cell excepted where the layout drops blank
 * cells: those must be reported as not placed, never misread).
 */
export type Shape = 'paragraphs' | 'pipe-cells' | 'markdown' | 'markdown-line' | 'markdown-glued' | 'tabs' | 'tabs-line' | 'pdf' | 'one-line' | 'html-line' | 'html-page';
export const SHAPES: readonly Shape[] = ['paragraphs', 'pipe-cells', 'markdown', 'markdown-line', 'markdown-glued', 'tabs', 'tabs-line', 'pdf', 'one-line', 'html-line', 'html-page'];

/**
 * Layouts in which an empty cell leaves no trace (an empty paragraph vanishes, a PDF prints nothing), or none
 * the reader can trust: tab rows joined by spaces, where a row's empty last cell runs into the next line's words.
 */
export function dropsBlanks(shape: Shape): boolean {
	return shape === 'paragraphs' || shape === 'pdf' || shape === 'one-line' || shape === 'tabs-line';
}

export interface TableRow {
	readonly key: RowKey;
	/** The cells as written (empty for a blank cell). */
	readonly cells: readonly string[];
}

/** A block of table 二 as read: its column headers (the format's wording) and its rows. */
export interface ActiveBlockRows {
	readonly key: ActiveBlockKey;
	readonly columns: readonly string[];
	readonly rows: readonly TableRow[];
}

export interface Tables {
	readonly active: readonly ActiveBlockRows[];
	readonly requests: readonly TableRow[];
	readonly appeals: TableRow | null;
}

/** The rows of tables 二, 三 and 四 of a report, as the model has them (table 二's blocks with rows read). */
export function tablesOf(report: Report): Tables {
	const t = report.tables.active;
	const version: TableVersion = t?.version ?? (report.version === '2019' ? '2019' : '2021');
	const active = (t?.blocks ?? []).filter((b) => b.rows.length > 0).map((b) => {
		const def = ACTIVE_BLOCKS[version].find((d) => d.key === b.key) ?? ACTIVE_BLOCKS['2019'].find((d) => d.key === b.key)!;
		const columns = b.columns.map((k) => def.columns.find((c) => c.key === k)?.label ?? k);
		return { key: b.key, columns, rows: b.rows.map((r) => ({ key: r.key, cells: r.cells.map((c) => c.text) })) };
	});
	const requests = (report.tables.requests?.rows ?? []).map((r) => ({ key: r.key, cells: r.cells.map((c) => c.text) }));
	const a = report.tables.appeals?.rows[0];
	return { active, requests, appeals: a ? { key: 'appeals', cells: a.cells.map((c) => c.text) } : null };
}

const HEAD2 = '二、主动公开政府信息情况';
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

/** A report holding tables 二, 三 and 四 in `shape`, with headings around them. */
export function renderReport(tables: Tables, shape: Shape): string {
	if (shape === 'html-line' || shape === 'html-page') return renderPage(tables, shape);
	// Crawler text: the Markdown report with its lines joined by a space, or by nothing.
	if (shape === 'markdown-line') return renderReport(tables, 'markdown').replace(/\n/g, ' ');
	if (shape === 'markdown-glued') return renderReport(tables, 'markdown').replace(/\n/g, '');
	// Word's text export (a row a line, cells between tabs), and its lines joined by a space.
	if (shape === 'tabs-line') return renderReport(tables, 'tabs').replace(/\n/g, ' ');
	const t2 = renderActive(tables.active, shape);
	const t3 = renderRequests(tables.requests, shape);
	const t4 = tables.appeals ? renderAppeals(tables.appeals, shape) : '';
	if (shape === 'one-line') return [HEAD2, t2, HEAD3, t3, HEAD4, t4, HEAD5, '无。'].join('　');
	const sep = shape === 'paragraphs' ? '\n\n' : '\n';
	return [HEAD2, t2, HEAD3, t3, HEAD4, t4, HEAD5, '无。', ''].join(sep);
}

const ACTIVE_MARKERS: Readonly<Record<ActiveBlockKey, string>> = {
	item1: '第二十条第（一）项', item5: '第二十条第（五）项', item6: '第二十条第（六）项', item8: '第二十条第（八）项', item9: '第二十条第（九）项',
};

function labelOfActive(key: string): string {
	for (const v of ['2021', '2019'] as const) for (const b of ACTIVE_BLOCKS[v]) for (const r of b.rows) if (r.key === key) return r.label;
	return key;
}

function renderActive(blocks: readonly ActiveBlockRows[], shape: Exclude<Shape, 'html-line' | 'html-page' | 'markdown-line' | 'markdown-glued' | 'tabs-line'>): string {
	const lines: string[] = [];
	const present = (cells: readonly string[]) => cells.filter((c) => c !== '');
	blocks.forEach((block, b) => {
		const marker = ACTIVE_MARKERS[block.key];
		const header = [ACTIVE_CORNER, ...block.columns];
		switch (shape) {
			case 'paragraphs':
			case 'one-line':
				lines.push(marker, ...header);
				for (const row of block.rows) lines.push(labelOfActive(row.key), ...present(row.cells));
				break;
			case 'pipe-cells':
				lines.push(`${marker} |`, ...header.map((h) => `${h} |`));
				for (const row of block.rows) lines.push(`${labelOfActive(row.key)} |`, ...row.cells.map((c) => (c === '' ? ' |' : `${c} |`)));
				break;
			case 'tabs':
				lines.push(marker, header.join('\t'));
				for (const row of block.rows) lines.push([labelOfActive(row.key), ...row.cells].join('\t'));
				break;
			case 'markdown':
				lines.push(marker, `| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`);
				for (const row of block.rows) lines.push(`| ${labelOfActive(row.key)} | ${row.cells.map((c) => c || ' ').join(' | ')} |`);
				break;
			case 'pdf': {
				lines.push(marker);
				// A header broken inside a column name, as a narrow PDF column wraps it.
				const flat = header.join(' ');
				if (b % 2 === 0 && block.columns.length > 1) lines.push(flat.slice(0, 8), flat.slice(8));
				else lines.push(flat);
				block.rows.forEach((row, k) => {
					const label = labelOfActive(row.key);
					const values = present(row.cells).join(' ');
					if (k === 1 && label.length >= 6) lines.push(label.slice(0, Math.ceil(label.length / 2)), values, label.slice(Math.ceil(label.length / 2))); // wrapped around its numbers
					else if (k === 1) lines.push(values, label); // printed below its numbers
					else lines.push(`${label} ${values}`);
				});
				if (b === 1) lines.push('- 2 -');
				break;
			}
		}
	});
	return lines.join(shape === 'paragraphs' ? '\n\n' : shape === 'one-line' ? ' ' : '\n');
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const td = (text: string, attrs = ''): string => `<td${attrs}>${escape(text)}</td>`;

/** A web page holding the report: one line as a crawler stores it, or a saved page with the site's chrome. */
function renderPage(tables: Tables, shape: Shape): string {
	const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
	const active = tables.active.flatMap((block) => {
		const width = block.columns.length + 1;
		return [
			tr([td(ACTIVE_MARKERS[block.key], ` colspan="${width}"`)]),
			tr([ACTIVE_CORNER, ...block.columns].map((c) => td(c))),
			...block.rows.map((row) => tr([td(labelOfActive(row.key)), ...row.cells.map((c) => td(c))])),
		];
	});
	let previous: string | null = null;
	const columns = tables.requests[0]?.cells.length ?? REQUEST_COLUMNS.length;
	const requests = [
		tr([td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"'), td('申请人情况', ` colspan="${columns}"`)]),
		tr([td('自然人', ' rowspan="2"'), td('法人或其他组织', ' colspan="5"'), td('总计', ' rowspan="2"')]),
		tr(REQUEST_COLUMNS.slice(1, 6).map((c) => td(c.label))),
		...tables.requests.map((row) => {
			const group = groupAbove(row.key, previous);
			previous = row.key;
			const lead = row.key === 'granted' ? [td('三、本年度办理结果', ' rowspan="22"')] : [];
			const own = labelOf(row.key);
			const labels = group ? [td(group), td(own)] : [td(own, row.key.includes('.') ? '' : ' colspan="2"')];
			return tr([...lead, ...labels, ...row.cells.map((c) => td(c))]);
		}),
	];
	const appeals = tables.appeals
		? [
			tr([td(APPEAL_GROUPS[0].label, ' colspan="5"'), td(APPEAL_SUITS, ' colspan="10"')]),
			tr([...APPEAL_COLUMNS.map((c) => td(c.label, ' rowspan="2"')), td(APPEAL_GROUPS[1].label, ' colspan="5"'), td(APPEAL_GROUPS[2].label, ' colspan="5"')]),
			tr([...APPEAL_COLUMNS, ...APPEAL_COLUMNS].map((c) => td(c.label))),
			tr(tables.appeals.cells.map((c) => td(c))),
		]
		: [];
	const table = (rows: string[]) => (rows.length > 0 ? `<table border="1">${rows.join(shape === 'html-page' ? '\n' : '')}</table>` : '');
	const body = [
		`<p>${HEAD2}</p>`, table(active), `<p>${HEAD3}</p>`, table(requests), `<p>${HEAD4}</p>`, table(appeals), `<p>${HEAD5}</p>`, '<p>无。</p>',
	];
	if (shape === 'html-line') return `<html><head><title>年报</title></head><body><div class="article">${body.join('')}</div></body></html>`;
	return [
		'<!DOCTYPE html>', '<html>', '<head><meta charset="utf-8"><title>某某县2024年政府信息公开工作年度报告</title><style>td { padding: 2px }</style></head>', '<body>',
		'<div class="nav"><a href="/">首页</a> | <a href="/gk">政务公开</a> | <a href="/nb">年度报告</a></div>',
		'<div class="breadcrumb">您当前所在位置：首页 &gt; 政务公开 &gt; 年度报告</div>', '<div class="content" id="zoom">', ...body, '</div>',
		'<div class="footer">版权所有 2025 某某县人民政府 电话 0451-12345678</div>', '<script>var n = 3; if (n < 4) {}</script>', '</body>', '</html>', '',
	].join('\n');
}

function renderRequests(rows: readonly TableRow[], shape: Exclude<Shape, 'html-line' | 'html-page' | 'markdown-line' | 'markdown-glued' | 'tabs-line'>): string {
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
			case 'tabs':
				lines.push([group ? `${group}\t${label}` : label, ...row.cells].join('\t'));
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
		case 'tabs':
			return [`（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t${HEADER3.join('\t')}`, ...lines].join('\n');
		case 'markdown':
			return [`| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | ${REQUEST_COLUMNS.slice(0, columns).map((c) => c.label).join(' | ')} |`, `|${' --- |'.repeat(columns + 1)}`, ...lines].join('\n');
		case 'one-line':
			return [...HEADER3, ...lines].join(' ');
		case 'pdf':
			return ['申请人情况', '（本列数据的勾稽关系为：第一项', '加第二项之和，等于第三项加第四', '项之和）', '法人或其他组织', '自然', '人', '商业', '企业', '科研', '机构', '社会', '公益', '组织', '法律服', '务机构', '其他', '总', '计', ...lines].join('\n');
	}
}

function renderAppeals(row: TableRow, shape: Exclude<Shape, 'html-line' | 'html-page' | 'markdown-line' | 'markdown-glued' | 'tabs-line'>): string {
	const present = row.cells.filter((c) => c !== '');
	switch (shape) {
		case 'paragraphs':
			return [...HEADER4, ...present].join('\n\n');
		case 'pipe-cells':
			return [...HEADER4.map((h) => `${h} |`), ...row.cells.map((c) => (c === '' ? ' |' : `${c} |`))].join('\n');
		case 'tabs':
			return [HEADER4.join('\t'), row.cells.join('\t')].join('\n');
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

