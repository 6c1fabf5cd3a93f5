/**
 * The summary of many reports as a spreadsheet (CSV: UTF-8 with a BOM, so Excel on Chinese Windows reads it
 * as UTF-8) or as one self-contained web page (inline style and script, no network; sortable columns, the
 * failing figures marked, each row linking to its report). Pure: text in, text out.
 */
import { RULES } from '../rules/index';
import type { Lang, Message } from '../vocabulary';
import { csvField } from './export';
import { FIGURES, type CarryStatus, type Summary, type SummaryRow } from './summary';

/** One cell as written: the text shown, the key it sorts by, and the findings that mark it failing. */
export interface SummaryCell {
	readonly text: string;
	/** Numbers sort as numbers; null (nothing known) sorts last. */
	readonly sort: number | string | null;
	readonly problems: readonly string[];
}

export interface SummaryColumn {
	readonly key: string;
	readonly name: string;
	readonly numeric: boolean;
	readonly cell: (row: SummaryRow) => SummaryCell;
}

const plain = (text: string, sort: number | string | null = text === '' ? null : text): SummaryCell => ({ text, sort, problems: [] });
const count = (n: number | null): SummaryCell => plain(n === null ? '' : String(n), n);

const YES_NO: Readonly<Record<'yes' | 'no', Message>> = { yes: { zh: '是', en: 'yes' }, no: { zh: '否', en: 'no' } };
const VERSION: Readonly<Record<string, Message>> = {
	'2019': { zh: '2019 版', en: '2019' },
	'2021': { zh: '2021 版', en: '2021' },
	'pre-2019': { zh: '2019 年以前的结构', en: 'pre-2019 structure' },
};
const CARRY: Readonly<Record<CarryStatus, Message>> = {
	match: { zh: '一致', en: 'matches' },
	mismatch: { zh: '不一致', en: 'differs' },
	unknown: { zh: '无法核对', en: 'not comparable' },
	none: { zh: '', en: '' },
};

const word = (m: Message, lang: Lang) => m[lang];

/** The columns of the summary in the language chosen: fixed ones, one per rule that fired, the figures, the carry-over. */
export function summaryColumns(summary: Summary, lang: Lang): SummaryColumn[] {
	const name = (zh: string, en: string) => (lang === 'zh' ? zh : en);
	const columns: SummaryColumn[] = [
		{ key: 'file', name: name('文件', 'file'), numeric: false, cell: (r) => plain(r.file) },
		{ key: 'body', name: name('机关', 'body'), numeric: false, cell: (r) => plain(r.body ?? '') },
		{ key: 'year', name: name('年度', 'year'), numeric: true, cell: (r) => count(r.year) },
		{ key: 'version', name: name('格式版本', 'format version'), numeric: false, cell: (r) => plain(r.version ? word(VERSION[r.version], lang) : '') },
		{ key: 'date', name: name('发布日期', 'date'), numeric: false, cell: (r) => plain(r.date ?? '') },
		{ key: 'deadline', name: name('公开期限', 'deadline'), numeric: false, cell: (r) => plain(r.deadline ?? '') },
		{
			key: 'onTime', name: name('按时公开', 'on time'), numeric: false,
			cell: (r) => ({ ...plain(r.onTime === null ? '' : word(YES_NO[r.onTime ? 'yes' : 'no'], lang)), problems: r.onTime === false ? [name(`晚于 ${r.deadline}`, `after ${r.deadline}`)] : [] }),
		},
		{ key: 'errors', name: name('错误', 'errors'), numeric: true, cell: (r) => count(r.errors) },
		{ key: 'warnings', name: name('警告', 'warnings'), numeric: true, cell: (r) => count(r.warnings) },
		{ key: 'notes', name: name('提示', 'notes'), numeric: true, cell: (r) => count(r.notes) },
	];
	for (const id of summary.rules) columns.push({ key: `rule:${id}`, name: id, numeric: true, cell: (r) => count(r.byRule[id] ?? 0) });
	for (const f of FIGURES) {
		columns.push({
			key: f.key, name: word(f.name, lang), numeric: true,
			cell: (r) => ({ ...count(r.figures[f.key].value), problems: r.figures[f.key].problems.map((m) => word(m, lang)) }),
		});
	}
	columns.push(
		{ key: 'lastYearFile', name: name('上年报告', 'last year’s report'), numeric: false, cell: (r) => plain(r.carryover.lastYearFile ?? '') },
		{ key: 'lastYearCarriedForward', name: name('上年结转下年度', 'last year carried forward'), numeric: true, cell: (r) => count(r.carryover.lastYearCarriedForward) },
		{
			key: 'carryover', name: name('结转核对', 'carry-over'), numeric: false,
			cell: (r) => {
				const differences = r.carryover.differences.map((d) => name(`${d.name.zh}：${d.here}，上年 ${d.lastYear}`, `${d.name.en}: ${d.here}, last year ${d.lastYear}`));
				return { ...plain(word(CARRY[r.carryover.status], lang)), problems: differences };
			},
		},
	);
	return columns;
}

/** A rule's description, for the header's tooltip. */
function ruleDescription(id: string, lang: Lang): string | null {
	const rule = RULES.find((r) => r.id === id);
	return rule ? rule.description[lang] : null;
}

/**
 * The summary as CSV for a spreadsheet: a BOM, a header line, one line per report, CRLF line ends; every
 * field neutralised against formula injection (`csvField`, as `export --format csv` does).
 */
export function summaryCsv(summary: Summary, lang: Lang): string {
	const columns = summaryColumns(summary, lang);
	const lines = [columns.map((c) => csvField(c.name)).join(',')];
	for (const row of summary.rows) lines.push(columns.map((c) => csvField(c.cell(row).text)).join(','));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

export interface HtmlOptions {
	/** The link to a report from the page (a relative URL), or null for none. */
	readonly href: (file: string) => string | null;
	/** Shown above the table, e.g. when the summary was made. */
	readonly caption?: string;
}

const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#1b1b1b}
h1{font-size:1.3em}
p.note{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.85em}
th,td{border:1px solid #ccc;padding:.25em .5em;white-space:nowrap}
th{background:#f2f2f2;cursor:pointer;user-select:none;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" ▲"}
th[aria-sort=descending]::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.z{color:#bbb}
td.fail{background:#fde2e1;color:#9b1c1c;font-weight:600}
tbody tr:nth-child(even){background:#fafafa}
`;

/** Sorts the body's rows by the column clicked (numbers as numbers, blanks last); a second click reverses. */
const SCRIPT = `
(function(){
var table=document.getElementById('summary');
var heads=table.tHead.rows[0].cells;
function key(td){var v=td.getAttribute('data-sort');return v===null||v===''?null:v;}
function sortBy(k){
var th=heads[k];var asc=th.getAttribute('aria-sort')!=='ascending';
for(var i=0;i<heads.length;i++)heads[i].removeAttribute('aria-sort');
th.setAttribute('aria-sort',asc?'ascending':'descending');
var numeric=th.getAttribute('data-numeric')==='1';
var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){
var x=key(a.cells[k]),y=key(b.cells[k]);
if(x===null||y===null)return x===y?0:x===null?1:-1;
var c=numeric?Number(x)-Number(y):x.localeCompare(y,'zh');
return asc?c:-c;});
rows.forEach(function(r){body.appendChild(r);});}
for(var i=0;i<heads.length;i++)(function(k){heads[k].addEventListener('click',function(){sortBy(k);});})(i);
window.nianbaoSort=sortBy;
})();
`;

/** The summary as one self-contained HTML page. */
export function summaryHtml(summary: Summary, lang: Lang, options: HtmlOptions): string {
	const columns = summaryColumns(summary, lang);
	const title = lang === 'zh' ? '政府信息公开工作年度报告汇总' : 'Summary of annual reports on government information disclosure';
	const note = lang === 'zh'
		? `共 ${summary.rows.length} 份报告。点击列标题排序；红色单元格有错误或警告，鼠标悬停可查看原因。`
		: `${summary.rows.length} reports. Click a column header to sort; red cells have errors or warnings (hover for why).`;
	const head = columns.map((c) => {
		const tip = c.key.startsWith('rule:') ? ruleDescription(c.name, lang) : null;
		return `<th scope="col" data-key="${escapeHtml(c.key)}" data-numeric="${c.numeric ? 1 : 0}"${tip ? ` title="${escapeHtml(tip)}"` : ''}>${escapeHtml(c.name)}</th>`;
	}).join('');
	const body = summary.rows.map((row) => {
		const cells = columns.map((c) => {
			const cell = c.cell(row);
			// A rule's zero is dimmed, so the counts that matter stand out.
			const classes = [c.numeric ? 'n' : '', cell.problems.length > 0 ? 'fail' : '', c.key.startsWith('rule:') && cell.sort === 0 ? 'z' : ''].filter(Boolean).join(' ');
			const attributes = `${classes ? ` class="${classes}"` : ''} data-sort="${cell.sort === null ? '' : escapeHtml(String(cell.sort))}"${cell.problems.length > 0 ? ` title="${escapeHtml(cell.problems.join('\n'))}"` : ''}`;
			const href = c.key === 'file' ? options.href(row.file) : c.key === 'lastYearFile' && row.carryover.lastYearFile ? options.href(row.carryover.lastYearFile) : null;
			const content = href ? `<a href="${escapeHtml(href)}">${escapeHtml(cell.text)}</a>` : escapeHtml(cell.text);
			return `<td${attributes}>${content}</td>`;
		}).join('');
		return `<tr>${cells}</tr>`;
	}).join('\n');
	return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(note)}${options.caption ? ' ' + escapeHtml(options.caption) : ''}</p>
<table id="summary">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
