import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { documentStyle } from '../engine/edit/edits';
import { nameOf } from '../engine/format/names';
import { SECTIONS } from '../engine/format/sections';
import { tableSkeleton, type TableKey } from '../engine/format/skeleton';
import { ACTIVE_BLOCKS, requestRows } from '../engine/format/tables';
import { versionOf } from '../engine/query';
import type { Analysis, Lang } from './document';

/**
 * At the start of a line: the standard section headings in their order (missing ones first) and the
 * blank tables of the report's version; inside a table: its row labels.
 */
export function completions(a: Analysis, offset: number, lang: Lang): CompletionItem[] {
	const pos = a.lines.positionAt(offset);
	const line = a.lines.line(pos.line);
	const before = line.text.slice(0, pos.character);
	if (!/^[\s\u3000#*>]*[\u4e00-\u9fff（(一二三四五六]?[\u4e00-\u9fff、（()）]*$/.test(before)) return [];
	const version = versionOf(a.report);
	const inTable = [a.report.tables.active, a.report.tables.requests, a.report.tables.appeals].find((t) => t && t.span.start <= offset && offset <= t.span.end + 1);
	const items: CompletionItem[] = [];
	if (inTable?.key === 'requests') {
		requestRows(version).forEach((r, k) => items.push({ label: r.label, kind: CompletionItemKind.Field, detail: nameOf(r.key)[lang], sortText: `a${String(k).padStart(2, '0')}` }));
		return items;
	}
	if (inTable?.key === 'active') {
		for (const b of ACTIVE_BLOCKS[version]) {
			items.push({ label: b.marker, kind: CompletionItemKind.Module, sortText: `a${b.item}` });
			for (const r of b.rows) items.push({ label: r.label, kind: CompletionItemKind.Field, detail: nameOf(b.key)[lang], sortText: `b${b.item}${r.key}` });
		}
		return items;
	}
	const present = new Set(a.report.sections.map((s) => s.number));
	for (const s of SECTIONS) {
		items.push({
			label: s.heading,
			kind: CompletionItemKind.Keyword,
			detail: present.has(s.number) ? (lang === 'zh' ? '标准标题' : 'standard heading') : (lang === 'zh' ? '标准标题（本报告缺少）' : 'standard heading (missing here)'),
			documentation: s.requires[lang],
			sortText: `${present.has(s.number) ? 'b' : 'a'}${s.number}`,
			filterText: s.heading,
		});
	}
	const style = documentStyle(a.text, a.report);
	for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
		items.push({
			label: lang === 'zh' ? `${nameOf(key).zh.slice(0, 2)}空白模板（${version}版）` : `Blank ${nameOf(key).en} (${version})`,
			kind: CompletionItemKind.Snippet,
			detail: nameOf(key)[lang],
			insertText: tableSkeleton(key, { version, style, eol: a.lines.eol() }),
			insertTextFormat: InsertTextFormat.PlainText,
			sortText: `c${key}`,
			filterText: `表${nameOf(key).zh} ${key} table 模板`,
		});
	}
	return items;
}
