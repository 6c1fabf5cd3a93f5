import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { relationsOf, statusOf, sum, valueOfRef, type Relation } from '../engine/arithmetic/relations';
import { formatNumber } from '../engine/edit/edits';
import { cellName, nameOf } from '../engine/format/names';
import { SECTIONS } from '../engine/format/sections';
import { FORMAT_DOCUMENTS } from '../engine/format/tables';
import type { Analysis, Lang } from './document';
import { cellAt } from './cells';
import { toRange } from './convert';
import { versionOf } from '../engine/query';

const KIND: Readonly<Record<Relation['kind'], { zh: string; en: string }>> = {
	'row-total': { zh: '行合计：总计 = 各类申请人之和', en: 'Row total: total = sum of the applicant columns' },
	'result-total': { zh: '（七）总计 = 各项办理结果之和', en: '3(7) total = sum of the results' },
	balance: { zh: '勾稽关系：一 + 二 = （七）总计 + 四', en: 'Balance: 1 + 2 = 3(7) total + 4' },
	'appeal-total': { zh: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'Total = upheld + corrected + other + pending' },
};

/** Hover on a cell (its row and column, its value, every relation it is in) or on a section heading. */
export function hoverAt(a: Analysis, offset: number, lang: Lang): Hover | null {
	const zh = lang === 'zh';
	const hit = cellAt(a, offset);
	if (hit) {
		const { table, row, cell } = hit;
		const name = cellName(row.key, cell.column)[lang];
		const lines = [`**${name}**（${nameOf(table.key)[lang]}）`, ''];
		const written = cell.kind === 'blank' ? (zh ? '空白（按 0 计）' : 'blank (counts as 0)') : cell.text;
		lines.push(`${zh ? '填写值' : 'Written'}：${written}${cell.unit && cell.kind === 'number' && !cell.text.includes(cell.unit) ? ` ${cell.unit}` : ''}`);
		const rels = relationsOf(a.report.tables).relations.filter((r) => [...r.left, ...r.right].some((x) => x.cell === cell));
		if (rels.length > 0) lines.push('');
		for (const r of rels) {
			const status = statusOf(r);
			const computed = sum(r.right);
			const total = sum(r.left);
			const mark = status === 'holds' ? '✓' : status === 'fails' ? '✗' : '—';
			const where = r.kind === 'balance' ? `（${nameOf(r.where)[lang]}${zh ? '列' : ''}）` : '';
			const sides = r.kind === 'balance'
				? (zh ? `一 + 二 = ${formatNumber(total ?? 0)}，（七）总计 + 四 = ${formatNumber(computed ?? 0)}` : `1 + 2 = ${formatNumber(total ?? 0)}, 3(7) + 4 = ${formatNumber(computed ?? 0)}`)
				: (zh ? `计算 ${formatNumber(computed ?? 0)}，填写 ${formatNumber(valueOfRef(r.target) ?? 0)}` : `computed ${formatNumber(computed ?? 0)}, written ${formatNumber(valueOfRef(r.target) ?? 0)}`);
			lines.push(`- ${mark} ${KIND[r.kind][lang]}${where}：${sides}`);
		}
		return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(a.lines, cell.span) };
	}
	const section = a.report.sections.find((s) => s.heading.span.start <= offset && offset <= s.heading.span.end);
	if (section && section.number !== null) {
		const def = SECTIONS[section.number - 1];
		const version = versionOf(a.report);
		const lines = [`**${def.heading}**`, '', def.requires[lang], ''];
		if (section.heading.text !== def.heading) lines.push(zh ? `标准标题：${def.heading}` : `Standard heading: ${def.heading}`, '');
		lines.push(zh ? `依据：《中华人民共和国政府信息公开条例》第五十条；格式：${FORMAT_DOCUMENTS[version]}` : `Basis: Regulations on the Disclosure of Government Information, art. 50; format: ${FORMAT_DOCUMENTS[version]}`);
		return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(a.lines, section.heading.span) };
	}
	return null;
}
