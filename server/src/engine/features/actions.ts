import { Analysis } from '../analysis';
import { scaffoldsOf } from '../edit/scaffolds';
import { canRewrite, rewriteWhole } from '../edit/tables';
import { nameOf } from '../format/names';
import type { TableKey } from '../format/skeleton';
import type { TableVersion } from '../format/tables';
import type { Table } from '../model';
import { tableVersionOf } from '../query';
import type { Diagnostic, Lang, Message, TextEdit } from '../rules/rule';
import type { Span } from '../text/span';
import { fixAll } from './fixAll';

/*
 * Code actions beyond a diagnostic's own fixes. Offering one is cheap (a title and an id); its edits are
 * computed only when asked for, from the analysis of the version they will apply to.
 */

export type RefactorKind = 'convert' | 'reformat' | 'insertSections' | 'scaffold';

export interface Refactor {
	readonly kind: RefactorKind;
	/** Names the refactor within a document version, for computing its edits later. */
	readonly id: string;
	readonly title: Message;
}

const TABLE_KEYS: readonly TableKey[] = ['active', 'requests', 'appeals'];
const STYLES = { tsv: { zh: '制表符分隔的行', en: 'tab-separated rows' }, markdown: { zh: 'Markdown 表格', en: 'a Markdown table' } } as const;
type Style = keyof typeof STYLES;

const other = (v: TableVersion): TableVersion => (v === '2019' ? '2021' : '2019');
const missingSections = (a: Analysis): Diagnostic[] => a.diagnostics.filter((d) => d.code === 'missing-section' && d.fixes.length > 0);

const touches = (s: Span, at: Span): boolean => at.start <= s.end && at.end >= s.start;

/**
 * The scaffolds of this analysis whose finding is reported (a rule turned off offers none), touching `at`.
 * A scaffold is never a quick fix: it leaves cells and sections for the drafter to fill in, so it raises
 * the findings it is made to raise, and the user asks for it.
 */
function scaffoldsAt(a: Analysis, at: Span) {
	const codes = new Set(a.diagnostics.map((d) => d.code));
	if (!codes.has('unparsed-table') && !codes.has('legacy-structure')) return [];
	return a.context.shared('actions:scaffolds', () => scaffoldsOf(a.context)).filter((s) => touches(s.span, at) && a.diagnostics.some((d) => d.code === s.code && touches(d.span, s.span)));
}

/** `canRewrite` once per analysis: an editor asks for code actions at every move of the cursor. */
const rewritable = (a: Analysis, table: Table, version: TableVersion): boolean =>
	a.context.shared(`actions:rewritable:${table.key}:${version}`, () => canRewrite(a.context, table, version));

/**
 * The refactors on offer for a selection: convert or rewrite the table it touches (only where no number
 * would be lost: `canRewrite`); insert missing sections; the scaffolds of the findings there.
 */
export function refactorsAt(a: Analysis, at: Span): Refactor[] {
	const out: Refactor[] = [];
	for (const key of TABLE_KEYS) {
		const table = a.model.tables[key];
		if (!table || !touches(table.span, at)) continue;
		const name = nameOf(key);
		const version = tableVersionOf(table, a.model);
		if (!rewritable(a, table, version)) continue;
		if (key !== 'appeals' && rewritable(a, table, other(version))) {
			const to = other(version);
			out.push({ kind: 'convert', id: `convert:${key}`, title: { zh: `将${name.zh}转换为 ${to} 年版格式`, en: `Convert ${name.en} to the ${to} format` } });
		}
		for (const style of Object.keys(STYLES) as Style[]) {
			if ((style === 'markdown') === (table.style === 'pipe')) continue;
			out.push({ kind: 'reformat', id: `reformat:${key}:${style}`, title: { zh: `将${name.zh}改写为${STYLES[style].zh}`, en: `Rewrite ${name.en} as ${STYLES[style].en}` } });
		}
	}
	const missing = missingSections(a).length;
	if (missing > 0) out.push({ kind: 'insertSections', id: 'insertSections', title: { zh: `插入缺少的 ${missing} 个部分`, en: `Insert the ${missing} missing section${missing > 1 ? 's' : ''}` } });
	for (const s of scaffoldsAt(a, at)) out.push({ kind: 'scaffold', id: s.id, title: s.title });
	return out;
}

/** The edits of a refactor `refactorsAt` offered, computed for this analysis; null when it no longer applies. */
export function refactorEdits(a: Analysis, id: string): TextEdit[] | null {
	if (id === 'insertSections') {
		// Each finding's own insertion only: a fix also carries the headings of later tables that lost theirs, which are findings of their own.
		const edits = missingSections(a).map((d) => d.fixes[0].edits[0]);
		return edits.length > 0 ? edits : null;
	}
	if (/^(?:cleanTable|blankRows):|^skeleton$/.test(id)) {
		const scaffold = scaffoldsAt(a, { start: 0, end: a.text.length }).find((s) => s.id === id);
		return scaffold ? scaffold.edits() : null;
	}
	const [kind, key, style] = id.split(':');
	if (!TABLE_KEYS.includes(key as TableKey)) return null;
	const table = a.model.tables[key as TableKey];
	if (!table) return null;
	const version = tableVersionOf(table, a.model);
	// Converting keeps verbatim what the other version has no place for; either is refused where a number would be lost.
	const edit = kind === 'convert' && key !== 'appeals' ? rewriteWhole(a.context, table, other(version)) : kind === 'reformat' && (style === 'tsv' || style === 'markdown') ? rewriteWhole(a.context, table, version, style) : null;
	return edit ? [edit] : null;
}

/** Whether fix-all has anything to do (cheap: it looks at the fixes, it does not apply them). */
export function fixAllAvailable(a: Analysis): boolean {
	return a.diagnostics.some((d) => d.fixes.some((f) => f.safe));
}

export const FIX_ALL_TITLE: Message = { zh: '修复全部可安全修复的问题（nianbao）', en: 'Fix all safe problems (nianbao)' };

/** Every safe fix applied until nothing changes, as one edit of the changed middle of the text. */
export function fixAllEdits(a: Analysis): TextEdit[] {
	const fixed = fixAll(a.text, (text, config) => new Analysis(text, config, a.companions), a.config, a).text;
	const edit = minimalEdit(a.text, fixed);
	return edit ? [edit] : [];
}

/** The one edit that turns `before` into `after`: the changed middle, common prefix and suffix kept. */
export function minimalEdit(before: string, after: string): TextEdit | null {
	if (before === after) return null;
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}

/** What a published diagnostic carried about itself: its place in its version's list, its rule and its message. */
export interface PublishedDiagnostic {
	readonly index: number;
	readonly code: string;
	readonly message: string;
	readonly lang: Lang;
}

/**
 * The diagnostic of this analysis that a published one refers to. In the same version: the one at its
 * index. In a later version (the text moved on): the only one with the same rule and message (messages
 * state the cells and numbers), else none, so a fix is recomputed for the current text or not offered.
 */
export function matchDiagnostic(a: Analysis, published: PublishedDiagnostic, sameVersion: boolean): Diagnostic | null {
	if (sameVersion) {
		const d = a.diagnostics[published.index];
		return d && d.code === published.code ? d : null;
	}
	const same = a.diagnostics.filter((d) => d.code === published.code && d.message[published.lang] === published.message);
	return same.length === 1 ? same[0] : null;
}
