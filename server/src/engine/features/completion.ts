import type { Analysis } from '../analysis';
import { nameOf } from '../format/names';
import { SECTIONS } from '../format/sections';
import { tableSkeleton, type TableKey } from '../format/skeleton';
import { ACTIVE_BLOCKS, requestRows } from '../format/tables';
import type { Message } from '../rules/rule';

/** A completion: standard text to insert at the cursor. */
export interface Completion {
	/** What the list shows (standard text is the same in both languages). */
	readonly label: Message;
	readonly kind: 'heading' | 'block' | 'row' | 'table';
	readonly detail: Message | null;
	readonly documentation: Message | null;
	readonly sortText: string;
	readonly filterText: string | null;
	/** Text to insert when it is not the label. */
	readonly insertText: string | null;
}

/** Text a line may start with before a heading or label is completed: indentation, Markdown marks, a numbered label begun. */
const LABEL_START = /^[\s\u3000#*>]*[\u4e00-\u9fff（(一二三四五六]?[\u4e00-\u9fff、（()）]*$/;

const item = (label: string | Message, kind: Completion['kind'], sortText: string, more: Partial<Completion> = {}): Completion =>
	({ label: typeof label === 'string' ? { zh: label, en: label } : label, kind, sortText, detail: null, documentation: null, filterText: null, insertText: null, ...more });

/**
 * At the start of a line: the standard section headings in their order (missing ones first) and the
 * blank tables of the report's version; inside a table: its row labels.
 */
export function completionsAt(a: Analysis, offset: number): Completion[] {
	const pos = a.lines.positionAt(offset);
	const before = a.lines.line(pos.line).text.slice(0, pos.character);
	if (!LABEL_START.test(before)) return [];
	const version = a.tableVersion;
	const { active, requests, appeals } = a.model.tables;
	const inTable = [active, requests, appeals].find((t) => t && t.span.start <= offset && offset <= t.span.end + 1);
	if (inTable?.key === 'requests') {
		return requestRows(version).map((r, k) => item(r.label, 'row', `a${String(k).padStart(2, '0')}`, { detail: nameOf(r.key) }));
	}
	if (inTable?.key === 'active') {
		return ACTIVE_BLOCKS[version].flatMap((b) => [
			item(b.marker, 'block', `a${b.item}`),
			...b.rows.map((r) => item(r.label, 'row', `b${b.item}${r.key}`, { detail: nameOf(b.key) })),
		]);
	}
	const present = new Set(a.model.sections.map((s) => s.number));
	const items = SECTIONS.map((s) => item(s.heading, 'heading', `${present.has(s.number) ? 'b' : 'a'}${s.number}`, {
		detail: present.has(s.number) ? { zh: '标准标题', en: 'standard heading' } : { zh: '标准标题（本报告缺少）', en: 'standard heading (missing here)' },
		documentation: s.requires,
		filterText: s.heading,
	}));
	for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
		const name = nameOf(key);
		items.push(item({ zh: `${name.zh.slice(0, 2)}空白模板（${version}版）`, en: `Blank ${name.en} (${version})` }, 'table', `c${key}`, {
			detail: name,
			insertText: tableSkeleton(key, { version, style: a.style, eol: a.eol }),
			filterText: `表${name.zh} ${key} table 模板`,
		}));
	}
	return items;
}
