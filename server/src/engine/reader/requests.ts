import { REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS, requestRows, SUBTOTAL_COLUMN, type ColumnDef, type RequestColumnKey, type RequestRowDef, type TableVersion } from '../format/tables';
import type { Cell, ExtraRow, RequestsTable, Row, UnplacedRows } from '../model';
import { valueOf, type RawCell, type RawRow } from '../syntax/rows';
import { core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { buildCells, envelope, makeExtraRow, trimmed } from './cells';
import { isAppealsStart, startsAppealsPiece } from './appeals';
import { MAX_LABEL, parseLabel, shortCore, similarity, type LabelPart } from './labels';
import { joined, streamOf, type Element } from './stream';

interface RowMatcher {
	readonly def: RequestRowDef;
	readonly cores: readonly string[];
}

const MATCHERS: readonly RowMatcher[] = REQUEST_ROWS.map((def) => {
	const parts = parseLabel(def.label);
	const full = parts[parts.length - 1].text;
	return { def, cores: [...new Set([full, shortCore(def.label)])].filter((c) => c !== '') };
});

const HEADER_WORDS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '法人或其他组织', '申请人情况'];
/** Column headers that are also row words: alone (without 3. or （七）) they are header fragments. */
const COLUMN_WORDS = new Set([...REQUEST_COLUMNS.map((c) => core(c.label)), ...HEADER_WORDS, '商业', '企业', '科研', '机构', '小计', '合计']);
const SUBTOTAL = /^(小计|合计)$/;

/** Where the reader is in the table's merged numbering (三、 › （三） ›). */
interface Context {
	chapter: number | null;
	group: number | null;
}

/**
 * Finds the row a label names, using the merged-cell context for labels such as `2.重复申请`
 * whose group (（五）不予处理) is written only on the first row of the group.
 */
export function matchRequestRow(parts: readonly LabelPart[], ctx: Context): RequestRowDef | null {
	let deepest: LabelPart | null = null;
	for (const p of parts) {
		if (p.level === 'chapter') {
			ctx.chapter = p.number;
			ctx.group = null;
		} else if (p.level === 'group') ctx.group = p.number;
		if (p.text !== '' || p.level === 'item') deepest = p;
	}
	if (!deepest) return null;
	const { best, bestScore } = bestRows(deepest.text);
	if (bestScore >= 2) {
		if (best.length === 1) return best[0];
		const inGroup = best.filter((d) => d.group === (deepest.level === 'group' ? deepest.number : ctx.group));
		if (inGroup.length === 1) return inGroup[0];
		// Several rows fit equally (a fragment common to （六）1. and 2.) and nothing tells them apart.
		return deepest.level === 'item' ? (inGroup.find((d) => d.item === deepest.number) ?? null) : null;
	}
	if (deepest.level === 'item' && ctx.group !== null) {
		// 2.没有现成信 under （四）: a numbered label cut short by wrapping, checked against its own row only.
		const own = REQUEST_ROWS.find((d) => d.group === ctx.group && d.item === deepest.number);
		if (own && (deepest.text === '' || (deepest.text.length >= 2 && MATCHERS.some((m) => m.def === own && m.cores.some((c) => c.startsWith(deepest.text)))))) return own;
	}
	return null;
}

/**
 * How well text matches a label, tolerating typos: besides `similarity`, a text of the same length that
 * differs in at most one character in six (2.其他法律行政止公开 for …法规禁止公开) or that lacks one.
 */
function fuzzy(text: string, label: string): number {
	const exact = similarity(text, label);
	if (exact > 0 || text.length < 5 || Math.abs(text.length - label.length) > 1) return exact;
	const budget = Math.max(1, Math.floor(label.length / 6));
	return editDistanceAtMost(text, label, budget) ? 2 : 0;
}

/** Whether two short strings are within `budget` edits (banded, so linear in their length). */
function editDistanceAtMost(a: string, b: string, budget: number): boolean {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = new Array<number>(b.length + 1).fill(budget + 1);
		cur[0] = i;
		let best = cur[0];
		for (let j = Math.max(1, i - budget); j <= Math.min(b.length, i + budget); j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (cur[j] < best) best = cur[j];
		}
		if (best > budget) return false;
		prev = cur;
	}
	return prev[b.length] <= budget;
}

/** The rows whose labels the text matches best, and how well (memoised per label text). */
const bestRows = memoize((text: string): { best: RequestRowDef[]; bestScore: number } => {
	let best: RequestRowDef[] = [];
	let bestScore = 0;
	for (const m of MATCHERS) {
		let score = 0;
		for (const c of m.cores) score = Math.max(score, fuzzy(text, c));
		if (score > bestScore) {
			bestScore = score;
			best = [m.def];
		} else if (score === bestScore && score > 0) best.push(m.def);
	}
	return { best, bestScore };
});

function labelParts(labels: readonly RawCell[]): LabelPart[] {
	const parts: LabelPart[] = [];
	for (const l of labels) for (const p of parseLabel(l.text)) parts.push(p);
	return parts;
}

/** The merged group labels of table 三 (三、本年度办理结果, （三）不予公开 …), in core form. */
const GROUP_CORES = [REQUEST_CHAPTER_RESULTS, ...Object.values(REQUEST_GROUPS)].map((l) => parseLabel(l).at(-1)?.text ?? '');

/** Whether text names a row or a merged group of table 三: such lines are table rows, never headings. */
export function isRequestLabel(text: string): boolean {
	return requestLabel(text);
}

/** `isRequestLabel`, memoised: table 二's and the sections' readers ask about the same lines. */
const requestLabel = memoize((text: string): boolean => {
	const parts = parseLabel(text);
	const t = parts.length > 0 ? parts[parts.length - 1].text : core(text);
	return bestRows(t).bestScore >= 2 || GROUP_CORES.some((g) => similarity(t, g) >= 2);
});

/** A header row of table 三 (its corner cell, or two of its column words). */
export function isRequestsHeader(raw: RawRow): boolean {
	let words = 0;
	for (const c of raw.cells) {
		const first = c.text.charCodeAt(0);
		// Header words start with a Chinese character or a bracket: numbers and empty cells need no closer look.
		if (!(first >= 0x2e80 || first === 0x28) || c.text.length > MAX_LABEL || valueOf(c).kind !== 'text') continue;
		const word = headerWord(c.text);
		if (word === 'corner') return true;
		if (word === 'column' && ++words >= 2) return true;
	}
	return false;
}

/** What a cell says in table 三's header: its corner (勾稽关系), a column word, or neither (memoised per text). */
const headerWord = memoize((text: string): 'corner' | 'column' | null => {
	const t = core(text);
	if (t.includes('勾稽关系')) return 'corner';
	return HEADER_WORDS.some((w) => t === w || (t.length >= 3 && w.startsWith(t))) ? 'column' : null;
}, MAX_LABEL);

/** A row found in the stream: where its label is and the values that belong to it. */
interface Placed {
	readonly def: RequestRowDef;
	readonly label: RawCell | null;
	readonly values: readonly RawCell[];
	readonly raw: RawRow;
}

/** What the stream says, element by element, once labels are matched against the format. */
type Item =
	| { readonly kind: 'anchor'; readonly placed: Placed }
	| { readonly kind: 'label'; readonly def: RequestRowDef | null; readonly label: RawCell; readonly raw: RawRow }
	| { readonly kind: 'run'; readonly values: readonly RawCell[]; readonly label: RawCell | null; readonly raw: RawRow };

/** A numbered label starts here: 一、 （一） 1. (a wrapped label's tail does not). */
const NUMBERED = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、．](?!\d))/;

/**
 * Label fragments split into labels: a numbered fragment starts a new one, a header word (自然人, 总计)
 * stands alone and is dropped, any other fragment continues the label before it (a wrapped label).
 */
function labelGroups(pieces: readonly RawCell[]): RawCell[][] {
	const groups: RawCell[][] = [];
	let current: RawCell[] | null = null;
	for (const p of pieces) {
		if (COLUMN_WORDS.has(core(p.text))) {
			current = null;
			continue;
		}
		if (current === null || NUMBERED.test(p.text)) groups.push((current = []));
		current.push(p);
	}
	return groups;
}

function itemsOf(elements: readonly Element[], width: number): Item[] {
	const ctx: Context = { chapter: null, group: null };
	const items: Item[] = [];
	const runs = (values: readonly RawCell[], raw: RawRow, label: RawCell | null) => {
		// Consecutive rows of numbers arrive as one group; whole multiples of the width are rows in turn.
		if (label === null && values.length > width && values.length % width === 0) {
			for (let k = 0; k < values.length; k += width) items.push({ kind: 'run', values: values.slice(k, k + width), label: null, raw });
		} else items.push({ kind: 'run', values, label, raw });
	};
	for (let k = 0; k < elements.length; k++) {
		const e = elements[k];
		if (e.type === 'cells') {
			const label = e.labels.length > 0 ? e.labels[e.labels.length - 1] : null;
			// A bare column word (总计, 其他) closing a row of labels is a header, not （七）总计 or 3.其他.
			const header = label !== null && COLUMN_WORDS.has(core(label.text));
			const def = e.labels.length === 0 || header ? null : matchRequestRow(e.labels.length === 1 ? parseLabel(e.labels[0].text) : labelParts(e.labels), ctx);
			if (def && label) items.push({ kind: 'anchor', placed: { def, label, values: e.values, raw: e.raw } });
			else if (e.values.some((v) => v.text !== '')) runs(e.values, e.raw, label);
			continue;
		}
		if (e.type === 'values') {
			runs(e.values, e.raw, null);
			continue;
		}
		const groups = labelGroups(e.pieces);
		for (let g = 0; g < groups.length; g++) {
			const label = joined(groups[g]);
			// Fragments joined beyond any label's length are prose lines, not a wrapped label.
			const def = label.text.length > MAX_LABEL ? null : matchRequestRow(parseLabel(label.text), ctx);
			const next = elements[k + 1];
			// A label and its numbers on one line belong together, whatever came before.
			if (g === groups.length - 1 && def && next?.type === 'values' && next.firstLine === e.lastLine && next.values.length === width) {
				items.push({ kind: 'anchor', placed: { def, label, values: next.values, raw: next.raw } });
				k++;
				break;
			}
			items.push({ kind: 'label', def, label, raw: e.raw });
		}
	}
	return items;
}

function spanOf(i: Item): Span {
	return i.kind === 'anchor' ? i.placed.raw.span : i.kind === 'label' ? i.label.span : envelope(i.values.map((v) => v.span));
}

/** Rows assigned in one stretch between two certain rows, and the rows of it that could not be placed. */
interface GapResult {
	readonly placed: Placed[];
	readonly extra: Item[];
	readonly unplaced: UnplacedRows[];
}

type Run = Extract<Item, { kind: 'run' }>;
type LabelItem = Extract<Item, { kind: 'label' }>;

/**
 * Places the runs of numbers between two certain rows. By table order first (the runs are the missing
 * rows in turn, whatever labels sit nearby); else by the labels beside them (label before, then label
 * after its numbers), where a run of the wrong width leaves only its own row unplaced. Where neither
 * accounts for every run, nothing in the stretch is placed.
 */
function placeGap(items: readonly Item[], slots: readonly RequestRowDef[], width: number, dropsBlanks: boolean): GapResult {
	const runs = items.filter((i): i is Run => i.kind === 'run' && !(i.values.length === 1 && i.label === null));
	const none: GapResult = { placed: [], extra: [], unplaced: [] };
	if (runs.length === 0 && !(dropsBlanks && items.some((i) => i.kind === 'label'))) return none;
	const full = runs.filter((r) => trimmed(r.values, width).length === width);
	const bad = runs.filter((r) => trimmed(r.values, width).length !== width);
	const fromRun = (r: Run, def: RequestRowDef): Placed => {
		// The row's own label when it sits right beside its numbers; a label further away only confirmed the order.
		const at = items.indexOf(r);
		const beside = [items[at - 1], items[at + 1]].find((i): i is LabelItem => i?.kind === 'label' && i.def === def);
		return { def, label: r.label ?? beside?.label ?? null, values: trimmed(r.values, width), raw: r.raw };
	};
	if (bad.length === 0) {
		if (full.length === slots.length && full.length > 0) return { placed: full.map((r, k) => fromRun(r, slots[k])), extra: [], unplaced: [] };
		const strong = full.filter((r) => r.label === null);
		if (strong.length === slots.length && strong.length < full.length) {
			return { placed: strong.map((r, k) => fromRun(r, slots[k])), extra: full.filter((r) => r.label !== null), unplaced: [] };
		}
	}
	for (const after of [false, true]) {
		const byLabel = byLabels(items, slots, width, after, dropsBlanks);
		if (byLabel) return { placed: byLabel.placed, extra: [], unplaced: byLabel.unplaced };
	}
	if (runs.length === 0) return none;
	const reason = bad.length > 0 ? 'width' : 'count';
	const badWidth = bad.length > 0 ? trimmed(bad[0].values, width).length : 0;
	return {
		placed: [], extra: [],
		unplaced: [{
			keys: slots.map((s) => s.key), span: envelope(items.map(spanOf)), reason,
			found: reason === 'width' ? badWidth : runs.length, expected: reason === 'width' ? width : slots.length,
		}],
	};
}

/**
 * Labels and numbers paired by adjacency: each matched label takes the run after it (or, with `after`,
 * the run before it). Every run must find a label and labels must follow the table's order; a label with
 * no run is a blank row only where the layout drops blank cells; a run of the wrong width leaves its row
 * unplaced.
 */
function byLabels(items: readonly Item[], slots: readonly RequestRowDef[], width: number, after: boolean, dropsBlanks: boolean): { placed: Placed[]; unplaced: UnplacedRows[] } | null {
	const order = new Map(slots.map((s, k) => [s.key, k]));
	const placed: Placed[] = [];
	const unplaced: UnplacedRows[] = [];
	let lastIndex = -1;
	let pendingLabel: LabelItem | null = null;
	let pendingRun: Run | null = null;
	let labels = 0;
	const blank = (l: LabelItem): boolean => {
		if (!dropsBlanks || !l.def) return false;
		placed.push({ def: l.def, label: l.label, values: [], raw: l.raw });
		return true;
	};
	const pair = (def: RequestRowDef, label: RawCell, run: Run) => {
		const values = trimmed(run.values, width);
		if (values.length === width) placed.push({ def, label, values, raw: run.raw });
		else unplaced.push({ keys: [def.key], span: envelope([label.span, ...values.map((v) => v.span)]), reason: 'width', found: values.length, expected: width });
	};
	for (const item of items) {
		if (item.kind === 'anchor') return null;
		if (item.kind === 'label') {
			if (!item.def || !order.has(item.def.key)) continue;
			const index = order.get(item.def.key)!;
			if (index <= lastIndex) return null;
			lastIndex = index;
			labels++;
			if (after) {
				if (pendingRun) {
					pair(item.def, item.label, pendingRun);
					pendingRun = null;
				} else if (!blank(item)) return null;
			} else {
				if (pendingLabel && !blank(pendingLabel)) return null;
				pendingLabel = item;
			}
			continue;
		}
		if (after) {
			if (pendingRun) {
				if (item.values.length === 1 && item.label === null) continue;
				return null;
			}
			pendingRun = item;
		} else {
			if (!pendingLabel?.def) {
				if (item.values.length === 1 && item.label === null) continue;
				return null;
			}
			pair(pendingLabel.def, pendingLabel.label, item);
			pendingLabel = null;
		}
	}
	if (pendingRun || labels === 0) return null;
	if (pendingLabel && !blank(pendingLabel)) return null;
	return { placed, unplaced };
}

/**
 * Reads table 三 within `region` by aligning the region's stream of labels and numbers to the format's
 * rows. Rows whose label and numbers share a row are certain; the numbers between them are placed by
 * table order or by the labels beside them; what cannot be placed is listed in `unplaced`, never guessed.
 */
export function readRequests(rows: readonly RawRow[], region: Span, versionHint: () => TableVersion | null): RequestsTable | null {
	const columns = columnsFor(rows, region);
	const width = columns.length;
	const { elements, skipped } = streamOf(rows, region, isAppealsStart, isRequestsHeader, startsAppealsPiece);
	// The table starts at its header or its first row label; numbers in the prose above it are not its cells.
	const all = itemsOf(elements, width);
	const first = all.findIndex((i) => i.kind === 'anchor' || (i.kind === 'label' && i.def !== null));
	const headerAt = skipped.length > 0 ? skipped[0].start : Infinity;
	const startAt = Math.min(headerAt, first >= 0 ? spanOf(all[first]).start : Infinity);
	const items = all.filter((i) => spanOf(i).start >= startAt);
	const anchors = items.filter((i): i is Extract<Item, { kind: 'anchor' }> => i.kind === 'anchor');
	const labelled = items.filter((i) => i.kind === 'label' && i.def !== null).length;
	if (anchors.length === 0 && labelled < 2) return null;
	// Plain text has no way to write an empty cell: a table with no delimited row at all drops its blanks too (a template left empty).
	const delimited = elements.filter((e) => e.type === 'cells').length;
	const dropsBlanks = delimited === 0 || elements.filter((e) => e.type === 'values').length > delimited;

	const named = new Set<string>();
	for (const i of items) {
		if (i.kind === 'anchor') named.add(i.placed.def.key);
		else if (i.kind === 'label' && i.def) named.add(i.def.key);
	}
	const items2021 = REQUEST_ROWS.some((d) => d.key.startsWith('otherHandling.') && named.has(d.key));
	const versions: TableVersion[] = items2021 ? ['2021'] : named.has('otherHandling') ? ['2019', '2021'] : orderOf(versionHint());
	let best: ReturnType<typeof align> | null = null;
	for (const version of versions) {
		const attempt = align(items, TEMPLATES[version], width, dropsBlanks);
		if (!best || attempt.unplacedCount < best.unplacedCount) best = attempt;
		if (attempt.unplacedCount === 0) break;
	}
	const result = best!;

	const found = new Map<string, Row>();
	const extraRows: ExtraRow[] = [];
	for (const p of result.placed) {
		if (found.has(p.def.key)) {
			if (p.label) extraRows.push(makeExtraRow(p.label, p.values, p.def.key));
			continue;
		}
		found.set(p.def.key, rowOf(p, columns));
	}
	for (const x of result.extra) if (x.kind === 'run' && x.label) extraRows.push(makeExtraRow(x.label, x.values));
	// A 2021 table may write （六）其他处理 on a row of its own, above its three items: a group label, not the 2019 row.
	const lone = found.get('otherHandling');
	if (lone && hasOtherHandlingItems(found) && lone.cells.every((c) => c.value === null)) found.delete('otherHandling');

	// Plain loops: this runs on every read, and spreads and flatMap cost more than the work.
	const evidence: Span[] = skipped.slice();
	for (const i of items) evidence.push(spanOf(i));
	const span = envelope(evidence);
	const ordered: Row[] = [];
	for (const d of REQUEST_ROWS) {
		const r = found.get(d.key);
		if (r) ordered.push(r);
	}
	const version = tableVersion(found);
	const effective = version ?? result.version;
	const uncertain = new Set<string>();
	for (const u of result.unplaced) for (const k of u.keys) uncertain.add(k);
	const missingRows: RequestRowDef['key'][] = [];
	for (const d of REQUEST_ROWS) if (d.versions.includes(effective) && !found.has(d.key) && !uncertain.has(d.key)) missingRows.push(d.key);
	const style = ordered[0]?.style ?? anchors[0]?.placed.raw.style ?? 'plain';
	if (ordered.length === 0) {
		const unplaced = result.unplaced.length > 0 ? result.unplaced : [{ keys: TEMPLATES[effective].map((d) => d.key), span, reason: 'scattered' as const, found: 0, expected: TEMPLATES[effective].length }];
		return { key: 'requests', status: 'unparsed', span, version, rows: [], extraRows, missingRows: [], style, unplaced };
	}
	return { key: 'requests', status: 'parsed', span, version, rows: ordered, extraRows, missingRows, style, unplaced: result.unplaced };
}

function orderOf(hint: TableVersion | null): TableVersion[] {
	return hint === '2019' ? ['2019', '2021'] : ['2021', '2019'];
}

/** Each version's rows of table 三, in order, and where each row stands among them. */
const TEMPLATES: Readonly<Record<TableVersion, readonly RequestRowDef[]>> = { '2019': requestRows('2019'), '2021': requestRows('2021') };
const TEMPLATE_INDEX = new Map(Object.values(TEMPLATES).map((t) => [t, new Map(t.map((d, k) => [d.key, k]))]));

/** Aligns the items to one version's rows: certain rows split the stream into stretches placed one by one. */
function align(items: readonly Item[], template: readonly RequestRowDef[], width: number, dropsBlanks: boolean) {
	const index = TEMPLATE_INDEX.get(template) ?? new Map(template.map((d, k) => [d.key, k]));
	const placed: Placed[] = [];
	const extra: Item[] = [];
	const unplaced: UnplacedRows[] = [];
	const anchored = new Set<string>();
	for (const i of items) if (i.kind === 'anchor') anchored.add(i.placed.def.key);
	let from = 0;
	let lastIndex = -1;
	const flush = (to: number, nextIndex: number, trailing = false) => {
		const gap = items.slice(from, to);
		const slots = nextIndex > lastIndex ? template.slice(lastIndex + 1, nextIndex).filter((d) => !anchored.has(d.key)) : [];
		// Numbers after the table's last row (a note, a date) are not its cells.
		if (gap.length > 0 && !(trailing && slots.length === 0)) {
			const r = placeGap(gap, slots, width, dropsBlanks);
			placed.push(...r.placed);
			extra.push(...r.extra);
			unplaced.push(...r.unplaced);
		}
	};
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		if (item.kind !== 'anchor') continue;
		const at = index.get(item.placed.def.key);
		flush(k, at ?? lastIndex + 1);
		placed.push(item.placed);
		if (at !== undefined && at > lastIndex) lastIndex = at;
		from = k + 1;
	}
	flush(items.length, template.length, true);
	const version: TableVersion = template.length === TEMPLATES['2019'].length && template.some((d) => d.key === 'otherHandling') ? '2019' : '2021';
	return { placed, extra, unplaced, version, unplacedCount: unplaced.reduce((n, u) => n + Math.max(1, u.keys.length), 0) };
}

function rowOf(p: Placed, columns: readonly ColumnDef[]): Row {
	const label = p.label ?? { text: '', span: { start: p.values[0]?.span.start ?? p.raw.span.start, end: p.values[0]?.span.start ?? p.raw.span.start } };
	const end = p.values.length > 0 ? p.values[p.values.length - 1].span.end : label.span.end;
	if (p.values.length === 0 && p.raw.style === 'plain') {
		// A row with no value at all in a layout that drops blank cells: every cell is blank.
		const cells: Cell[] = columns.map((c) => ({ column: c.key, columnKind: c.kind, kind: 'blank', value: null, unit: c.unit ?? null, decimal: false, text: '', span: { start: end, end }, missing: false }));
		return { key: p.def.key, label: { text: label.text, span: label.span }, span: label.span, cells, extraCells: [], style: p.raw.style };
	}
	const built = buildCells(columns, p.values, end);
	const near = p.values.length === 0 || Math.abs(label.span.end - p.values[0].span.start) < 400;
	const start = near ? Math.min(label.span.start, p.values[0]?.span.start ?? label.span.start) : p.values[0].span.start;
	const stop = Math.max(end, near ? label.span.end : end);
	return { key: p.def.key, label: { text: label.text, span: label.span }, span: { start, end: stop }, cells: built.cells, extraCells: built.extra, style: p.raw.style };
}

/** Whether rows of 2021's items under （六）其他处理 (otherHandling.…) were found. */
function hasOtherHandlingItems(found: ReadonlyMap<string, Row>): boolean {
	for (const k of found.keys()) if (k.startsWith('otherHandling.')) return true;
	return false;
}

function tableVersion(found: ReadonlyMap<string, Row>): TableVersion | null {
	if (hasOtherHandlingItems(found)) return '2021';
	if (found.has('otherHandling')) return '2019';
	return null;
}

/**
 * The value columns: the seven of the format, or eight where the report adds a 法人或其他组织 subtotal
 * (written 小计 or 合计 in the header row of the five organisation columns; placed before them when the
 * header says so, otherwise after them).
 */
function columnsFor(rows: readonly RawRow[], region: Span): readonly ColumnDef<RequestColumnKey>[] {
	let seen = 0;
	for (const raw of rows) {
		if (raw.span.end <= region.start) continue;
		if (raw.span.start >= region.end || seen++ >= 12) break;
		// Only a row naming a subtotal (小计, 合计) can add the column.
		if (!raw.cells.some((c) => c.text.includes('计'))) continue;
		const texts = raw.cells.map((c) => (c.text === '' || c.text.length > MAX_LABEL || valueOf(c).kind !== 'text' ? '' : core(c.text)));
		const commercial = texts.indexOf('商业企业');
		const subtotal = texts.findIndex((t) => SUBTOTAL.test(t));
		if (commercial >= 0 && subtotal >= 0) {
			const cols = [...REQUEST_COLUMNS];
			cols.splice(subtotal < commercial ? 1 : 6, 0, SUBTOTAL_COLUMN);
			return cols;
		}
	}
	return REQUEST_COLUMNS;
}
