import type { Analysis } from '../analysis';
import { statusOf, sum, valueOfRef, type Relation } from '../arithmetic/relations';
import { companionName, counterpartIn } from '../companions';
import { formatNumber } from '../edit/edits';
import { cellName, nameOf } from '../format/names';
import { SECTIONS } from '../format/sections';
import { FORMAT_DOCUMENTS } from '../format/tables';
import type { Cell, Row, Table } from '../model';
import { proseClaims } from '../prose/claims';
import { figureFor } from '../prose/figures';
import type { Lang, Message } from '../rules/rule';
import type { Span } from '../text/span';

/** What a hover shows: Markdown in both languages, and the span it is about. */
export interface HoverInfo {
	readonly markdown: Message;
	readonly span: Span;
}

const KIND: Readonly<Record<Relation['kind'], Message>> = {
	'row-total': { zh: '行合计：总计 = 各类申请人之和', en: 'Row total: total = sum of the applicant columns' },
	'result-total': { zh: '（七）总计 = 各项办理结果之和', en: '3(7) total = sum of the results' },
	balance: { zh: '勾稽关系：一 + 二 = （七）总计 + 四', en: 'Balance: new requests + carried over = 3(7) total + carried forward' },
	'appeal-total': { zh: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'Total = upheld + corrected + other + pending' },
};

const both = (render: (lang: Lang) => string): Message => ({ zh: render('zh'), en: render('en') });

/** Hover on a cell (its row and column, its value, every relation it is in) or on a section heading. */
export function hoverAt(a: Analysis, offset: number): HoverInfo | null {
	const hit = a.cellAt(offset);
	if (hit) {
		const { table, row, cell } = hit;
		const relations = a.relations.relations.filter((r) => r.left.some((x) => x.cell === cell) || r.right.some((x) => x.cell === cell));
		const render = (lang: Lang): string => {
			const zh = lang === 'zh';
			const lines = [`**${cellName(row.key, cell.column)[lang]}**（${nameOf(table.key)[lang]}）`, ''];
			const written = cell.kind === 'blank' ? (zh ? '空白（按 0 计）' : 'blank (counts as 0)') : cell.text;
			lines.push(`${zh ? '填写值' : 'Written'}：${written}${cell.unit && cell.kind === 'number' && !cell.text.includes(cell.unit) ? ` ${cell.unit}` : ''}`);
			if (relations.length > 0) lines.push('');
			for (const r of relations) {
				const status = statusOf(r);
				const computed = formatNumber(sum(r.right) ?? 0);
				const total = formatNumber(sum(r.left) ?? 0);
				const mark = status === 'holds' ? '✓' : status === 'fails' ? '✗' : '—';
				const where = r.kind === 'balance' ? `（${nameOf(r.where)[lang]}${zh ? '列' : ''}）` : '';
				const written = formatNumber(valueOfRef(r.target) ?? 0);
				const sides = r.kind === 'balance'
					? (zh ? `一 + 二 = ${total}，（七）总计 + 四 = ${computed}` : `new requests + carried over = ${total}, 3(7) total + carried forward = ${computed}`)
					: (zh ? `计算 ${computed}，填写 ${written}` : `computed ${computed}, written ${written}`);
				lines.push(`- ${mark} ${KIND[r.kind][lang]}${where}：${sides}`);
			}
			lines.push(...proseLines(a, cell, lang), ...lastYearLines(a, table, row, cell, lang));
			return lines.join('\n');
		};
		return { markdown: both(render), span: cell.span };
	}
	const section = a.model.sections.find((s) => s.heading.span.start <= offset && offset <= s.heading.span.end);
	if (section && section.number !== null) {
		const def = SECTIONS[section.number - 1];
		const format = FORMAT_DOCUMENTS[a.tableVersion];
		const render = (lang: Lang): string => {
			const zh = lang === 'zh';
			const lines = [`**${def.heading}**`, '', def.requires[lang], ''];
			if (section.heading.text !== def.heading) lines.push(zh ? `标准标题：${def.heading}` : `Standard heading: ${def.heading}`, '');
			lines.push(zh ? `依据：《中华人民共和国政府信息公开条例》第五十条；格式：${format}` : `Basis: Regulations on the Disclosure of Government Information, art. 50; format: ${format}`);
			return lines.join('\n');
		};
		return { markdown: both(render), span: section.heading.span };
	}
	return null;
}

/** Longest sentence quoted in a hover; the rest is elided. */
const QUOTED = 120;

/** Markdown's own characters in quoted report text, escaped so the sentence shows as written. */
function quote(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	const clipped = t.length > QUOTED ? `${t.slice(0, QUOTED)}…` : t;
	return clipped.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** The prose sentences that state this cell's value (the claims text-table-mismatch compares), agreeing or not. */
function proseLines(a: Analysis, cell: Cell, lang: Lang): string[] {
	const zh = lang === 'zh';
	const out: string[] = [];
	for (const claim of proseClaims(a.context)) {
		if (claim.topic === 'noRequests') continue;
		const figure = figureFor(claim.topic, a.model);
		if (!figure || !figure.cells.some((c) => c.cell === cell)) continue;
		const agrees = figure.accepted.includes(claim.value ?? 0);
		out.push(`- ${agrees ? '✓' : '✗'} ${quote(a.text.slice(claim.sentence.start, claim.sentence.end))}`);
	}
	return out.length > 0 ? ['', zh ? '正文所述：' : 'The prose says:', ...out] : [];
}

/** Last year's corresponding cell (for 二、上年结转, last year's 四), or, where none is known, that nothing was compared. */
function lastYearLines(a: Analysis, table: Table, row: Row, cell: Cell, lang: Lang): string[] {
	const zh = lang === 'zh';
	const last = a.companions.lastYear;
	const carried = table.key === 'requests' && row.key === 'carriedOver';
	if (!last) return carried ? ['', zh ? '上年报告：未找到，上年结转未核对' : 'Last year’s report: not found; carried over not checked'] : [];
	const counterpart = counterpartIn(last.model, table.key, row.key, cell.column);
	if (!counterpart) return [];
	const other = counterpart.cell;
	const value = other.kind === 'blank' ? (zh ? '空白' : 'blank') : quote(other.text);
	const name = cellName(counterpart.row, other.column)[lang];
	const line = last.lines.positionAt(other.span.start).line + 1;
	const mark = carried && other.value !== null && cell.value !== null ? (other.value === cell.value ? '✓ ' : '✗ ') : '';
	const file = quote(companionName(last.uri));
	return ['', zh ? `${mark}上年报告（${file} 第 ${line} 行）：${name} = ${value}` : `${mark}Last year’s report (${file}, line ${line}): ${name} = ${value}`];
}
