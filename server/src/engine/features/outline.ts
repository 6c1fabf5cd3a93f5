import type { Analysis } from '../analysis';
import { nameOf } from '../format/names';
import type { Table } from '../model';
import { tablesOf } from '../query';
import type { Message } from '../rules/rule';
import type { Span } from '../text/span';

/** One entry of a document's outline. */
export interface OutlineItem {
	readonly name: Message;
	readonly detail: Message | null;
	readonly kind: 'section' | 'subheading' | 'table' | 'block';
	/** Everything the entry covers. */
	readonly span: Span;
	/** What to select when the entry is picked (the heading). */
	readonly selection: Span;
	readonly children: readonly OutlineItem[];
}

const same = (text: string): Message => ({ zh: text, en: text });
const UNPARSED: Message = { zh: '无法识别', en: 'unparsed' };

function tableItem(t: Table): OutlineItem {
	const children: OutlineItem[] = t.key === 'active'
		? t.blocks.map((b) => ({ name: nameOf(b.key), detail: b.status === 'unparsed' ? UNPARSED : null, kind: 'block' as const, span: b.span, selection: b.marker?.span ?? b.span, children: [] }))
		: [];
	const version = t.version ? { zh: `${t.version}版`, en: t.version } : null;
	const detail = version && t.status === 'unparsed' ? { zh: `${version.zh} ${UNPARSED.zh}`, en: `${version.en} ${UNPARSED.en}` } : version ?? (t.status === 'unparsed' ? UNPARSED : null);
	return { name: nameOf(t.key), detail, kind: 'table', span: t.span, selection: { start: t.span.start, end: t.span.start }, children };
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.start < outer.end;
const byStart = (x: OutlineItem, y: OutlineItem) => x.span.start - y.span.start;

/** The outline: sections › sub-headings and tables › blocks of table 二. Tables outside any section stay at the top. */
export function outline(a: Analysis): OutlineItem[] {
	const tables = tablesOf(a.model.tables);
	const placed = new Set<Table>();
	const out: OutlineItem[] = [];
	for (const s of a.model.sections) {
		const children: OutlineItem[] = s.subheadings.map((h) => ({ name: same(h.text), detail: null, kind: 'subheading' as const, span: h.span, selection: h.span, children: [] }));
		for (const t of tables) {
			if (!placed.has(t) && within(t.span, s.span)) {
				placed.add(t);
				children.push(tableItem(t));
			}
		}
		const detail = s.standardHeading && s.standardHeading !== s.heading.text ? same(s.standardHeading) : null;
		out.push({ name: same(s.heading.text), detail, kind: 'section', span: s.span, selection: s.heading.span, children: children.sort(byStart) });
	}
	for (const t of tables) if (!placed.has(t)) out.push(tableItem(t));
	return out.sort(byStart);
}

/** A foldable range of whole lines (0-based). */
export interface FoldingRegion {
	readonly startLine: number;
	readonly endLine: number;
	/** Sections are regions; tables and blocks are plain folds. */
	readonly region: boolean;
}

/** Folding for sections and tables (and table 二's blocks); trailing empty lines stay visible. */
export function foldingRegions(a: Analysis): FoldingRegion[] {
	const out: FoldingRegion[] = [];
	const add = (span: Span, region: boolean) => {
		const start = a.lines.positionAt(span.start).line;
		let end = a.lines.positionAt(Math.max(span.start, span.end - 1)).line;
		while (end > start && a.lines.line(end).text.trim() === '') end--;
		if (end > start) out.push({ startLine: start, endLine: end, region });
	};
	for (const s of a.model.sections) add(s.span, true);
	for (const t of tablesOf(a.model.tables)) {
		add(t.span, false);
		if (t.key === 'active') for (const b of t.blocks) add(b.span, false);
	}
	return out;
}
