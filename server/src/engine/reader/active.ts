import { ACTIVE_BLOCKS, ACTIVE_CORNER, TABLE_VERSIONS, VERSION_MARKERS, type ActiveBlockDef, type ActiveBlockKey, type ActiveRowKey, type ColumnDef, type TableVersion } from '../format/tables';
import type { ActiveBlock, ActiveTable, Cell, ExtraRow, Heading, Row, UnplacedRows } from '../model';
import type { RawCell, RawRow } from '../syntax/rows';
import { canon, chineseNumeral, core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { buildCells, envelope, makeExtraRow, trimmed } from './cells';
import { isAppealsStart, startsAppeals } from './appeals';
import { MAX_LABEL, similarity, withoutNote } from './labels';
import { isRequestsHeader, isRequestLabel } from './requests';
import { joined, streamOf, type Element } from './stream';

const MARKER = /第二十条第\(([一二三四五六七八九十]{1,2})\)项/;
const BLOCK_OF_ITEM: Readonly<Record<number, ActiveBlockKey>> = { 1: 'item1', 5: 'item5', 6: 'item6', 8: 'item8', 9: 'item9' };
/** The blocks of table 二 in the order of 第二十条. */
export const BLOCK_ORDER: readonly ActiveBlockKey[] = ['item1', 'item5', 'item6', 'item8', 'item9'];

/** Every row label of both versions, with the block it belongs to. */
const ROW_LABELS = TABLE_VERSIONS.flatMap((v) =>
	ACTIVE_BLOCKS[v].flatMap((b) => b.rows.flatMap((r) => [r.label, ...r.aliases].map((label) => ({ key: r.key, block: b.key, label: core(label) })))),
);
const BLOCK_OF_ROW = new Map<ActiveRowKey, ActiveBlockKey>(ROW_LABELS.map((r) => [r.key, r.block]));
/** Every column header of both versions. */
const COLUMN_LABELS = TABLE_VERSIONS.flatMap((v) =>
	ACTIVE_BLOCKS[v].flatMap((b) => b.columns.map((c) => ({ version: v, column: c, label: core(c.label.replace(/（单位：.*）/, '')) }))),
);
/** Characters of the corner and column headers: a fragment made only of them is a piece of a header (本年新 / 制作数量). */
const HEADER_CHARS = new Set([...ACTIVE_CORNER, ...COLUMN_LABELS.flatMap((l) => [...l.label]), ...'单位万亿元/增减']);

interface RowHit {
	readonly key: ActiveRowKey;
	readonly block: ActiveBlockKey;
	readonly score: number;
}

const matchRowLabel = memoize((text: string): RowHit | null => {
	// A note after the label (规章（设区的市…应提供相关数据）) names other rows' words: it is left out.
	const t = core(withoutNote(text));
	let best: RowHit | null = null;
	for (const r of ROW_LABELS) {
		const s = similarity(t, r.label);
		if (s > 1 && s > (best?.score ?? 0)) best = { key: r.key, block: r.block, score: s };
	}
	return best;
}, MAX_LABEL);

/** The column a header text names (any version), and whether the name belongs to one version only. */
const columnFor = memoize((text: string): { column: ColumnDef; version: TableVersion | null } | null => {
	const t = core(text);
	const hit = COLUMN_LABELS.find((l) => similarity(t, l.label) >= 2);
	if (!hit) return null;
	const unit = /单位[:：]\s*(万元|亿元|元)/.exec(canon(text))?.[1];
	const exclusive = VERSION_MARKERS[hit.version].some((m) => core(m) === hit.label);
	return { column: unit ? { ...hit.column, unit } : hit.column, version: exclusive ? hit.version : null };
}, MAX_LABEL);

/** The row of table 二 a text mentions among other words (0政府集中采购: a label a PDF extractor glued to a number). */
const mentionedRow = memoize((text: string): ActiveRowKey | null => {
	const t = core(withoutNote(text));
	return ROW_LABELS.find((r) => r.label.length >= 4 && t.includes(r.label))?.key ?? null;
}, MAX_LABEL);

const isHeaderFragment = memoize((text: string): boolean => {
	const t = core(withoutNote(text));
	if (t === '' || t.length > 30) return false;
	for (const ch of t) if (!HEADER_CHARS.has(ch)) return false;
	return true;
});

/** What a piece of label text is, looked up once per distinct text: its core form, a header fragment, the row it names. */
const pieceOf = memoize((text: string): { core: string; fragment: boolean; row: RowHit | null; mention: ActiveRowKey | null } => {
	const row = matchRowLabel(text);
	return { core: core(text), fragment: isHeaderFragment(text), row, mention: row ? null : mentionedRow(text) };
}, MAX_LABEL);

/** The block a marker text announces (第二十条第（五）项, also with stray spaces). */
function markerItem(text: string): number | null {
	if (text.length > 30 || !/第\s*二\s*十/.test(text)) return null;
	const m = MARKER.exec(canon(text));
	return m ? chineseNumeral(m[1]) : null;
}

/** What the stream of table 二 says, piece by piece, once its words are recognised. */
type Item =
	| { readonly kind: 'marker'; readonly block: ActiveBlockKey | null; readonly heading: Heading }
	| { readonly kind: 'header'; readonly columns: readonly ColumnDef[] | null; readonly versions: readonly TableVersion[]; readonly heading: Heading }
	| { readonly kind: 'label'; readonly key: ActiveRowKey | null; readonly mention: ActiveRowKey | null; readonly label: RawCell; readonly raw: RawRow }
	| { readonly kind: 'run'; readonly values: readonly RawCell[]; readonly raw: RawRow }
	| { readonly kind: 'anchor'; readonly key: ActiveRowKey | null; readonly label: RawCell; readonly values: readonly RawCell[]; readonly raw: RawRow };

type LabelItem = Extract<Item, { kind: 'label' }>;
type RunItem = Extract<Item, { kind: 'run' }>;
type AnchorItem = Extract<Item, { kind: 'anchor' }>;

/** Columns named by header texts (one per column, or glued: 信息内容本年处理决定数量); null when any is unknown. */
function readColumns(texts: readonly string[]): { columns: ColumnDef[]; versions: TableVersion[] } | null {
	const columns: ColumnDef[] = [];
	const versions: TableVersion[] = [];
	const add = (hit: { column: ColumnDef; version: TableVersion | null }) => {
		columns.push(hit.column);
		if (hit.version) versions.push(hit.version);
	};
	if (texts.every((t) => columnFor(t) !== null)) {
		for (const t of texts) add(columnFor(t)!);
		return columns.length > 0 ? { columns, versions } : null;
	}
	// Glued headers: the longest column name at each place, left to right.
	let rest = core(texts.join('')).replace(/单位(万元|亿元|元)/, '');
	while (rest.length > 0) {
		const hit = COLUMN_LABELS.filter((l) => rest.startsWith(l.label)).sort((a, b) => b.label.length - a.label.length)[0];
		if (!hit) return null;
		add(columnFor(hit.label)!);
		rest = rest.slice(hit.label.length);
	}
	return columns.length > 0 ? { columns, versions } : null;
}

/** The pieces of label text recognised: block markers, header rows, row labels (wrapped ones joined), other text. */
function classify(pieces: readonly RawCell[], raw: RawRow, out: Item[]): void {
	for (let k = 0; k < pieces.length; k++) {
		const p = pieces[k];
		// A marker, also split over two or three pieces (第二十条 第（一）项).
		let marker: { item: number; to: number } | null = null;
		for (let n = k, text = ''; n < pieces.length && n < k + 3 && p.text.trimStart().startsWith('第'); n++) {
			text += pieces[n].text;
			const item = markerItem(text);
			if (item !== null) {
				marker = { item, to: n };
				break;
			}
		}
		if (marker) {
			const span = { start: p.span.start, end: pieces[marker.to].span.end };
			out.push({ kind: 'marker', block: BLOCK_OF_ITEM[marker.item] ?? null, heading: { text: pieces.slice(k, marker.to + 1).map((x) => x.text).join(''), span } });
			k = marker.to;
			continue;
		}
		const info = pieceOf(p.text);
		const c = info.core;
		if (c.startsWith(ACTIVE_CORNER) || (info.fragment && !info.row)) {
			// A header: the corner 信息内容 and the column names after it, or fragments of them.
			let to = k;
			while (to + 1 < pieces.length) {
				const next = pieceOf(pieces[to + 1].text);
				if (!next.fragment || next.core.startsWith(ACTIVE_CORNER) || next.row) break;
				to++;
			}
			const texts = pieces.slice(k, to + 1).map((x) => x.text);
			const named = c.startsWith(ACTIVE_CORNER) ? [texts[0].slice(texts[0].indexOf('容') + 1), ...texts.slice(1)].filter((t) => core(t) !== '') : null;
			const read = named && named.length > 0 ? readColumns(named) : null;
			out.push({ kind: 'header', columns: read?.columns ?? null, versions: read?.versions ?? [], heading: { text: texts.join(' '), span: { start: p.span.start, end: pieces[to].span.end } } });
			k = to;
			continue;
		}
		const hit = info.row;
		if (hit) {
			// A label wrapped over pieces (行政规范 / 性文件): joined while the match gets better.
			let to = k;
			let best = hit;
			while (to + 1 < pieces.length && best.score < 3) {
				const longer = matchRowLabel(joined(pieces.slice(k, to + 2)).text);
				if (!longer || longer.key !== best.key || longer.score <= best.score) break;
				best = longer;
				to++;
			}
			out.push({ kind: 'label', key: best.key, mention: null, label: joined(pieces.slice(k, to + 1)), raw });
			k = to;
			continue;
		}
		out.push({ kind: 'label', key: null, mention: info.mention, label: p, raw });
	}
}

function itemsOf(elements: readonly Element[]): Item[] {
	const items: Item[] = [];
	for (let k = 0; k < elements.length; k++) {
		const e = elements[k];
		if (e.type === 'values') {
			items.push({ kind: 'run', values: e.values, raw: e.raw });
			continue;
		}
		const from = items.length;
		classify(e.type === 'cells' ? e.labels : e.pieces, e.raw, items);
		const last = items.length > from ? items[items.length - 1] : null;
		if (e.type === 'cells') {
			if (last?.kind === 'label' && last.mention === null) {
				items[items.length - 1] = { kind: 'anchor', key: last.key, label: last.label, values: e.values, raw: e.raw };
			} else if (e.values.some((v) => v.text !== '')) items.push({ kind: 'run', values: e.values, raw: e.raw });
			continue;
		}
		// A label and the numbers after it on the same line belong together.
		const next = elements[k + 1];
		if (last?.kind === 'label' && last.mention === null && next?.type === 'values' && next.firstLine === e.lastLine) {
			const onLine = next.values.filter((v) => v.span.end <= next.raw.span.end);
			items[items.length - 1] = { kind: 'anchor', key: last.key, label: last.label, values: onLine, raw: next.raw };
			if (onLine.length < next.values.length) items.push({ kind: 'run', values: next.values.slice(onLine.length), raw: next.raw });
			k++;
		}
	}
	return items;
}

/** One block's share of the stream, in order. */
interface BlockState {
	marker: Heading | null;
	header: Heading | null;
	columns: readonly ColumnDef[] | null;
	items: (LabelItem | RunItem | AnchorItem)[];
	evidence: Span[];
}

/** A row read with certainty: its label and the values that belong to it. */
interface Placed {
	readonly key: ActiveRowKey;
	readonly label: RawCell;
	readonly values: readonly RawCell[];
	readonly raw: RawRow;
	/** Fewer values than columns in a layout that keeps blank cells: certain only where nothing else is loose. */
	readonly short: boolean;
}

/**
 * Labels and runs between certain rows paired by adjacency: each row label takes the run after it (or, with
 * `after`, the run before it). A label with no run is a blank row only where the layout drops blank cells;
 * a run with no label, or labels out of reach, fail the pairing.
 */
function pairGap(gap: readonly (LabelItem | RunItem)[], after: boolean, dropsBlanks: boolean): { pairs: [LabelItem, RunItem | null][]; others: [LabelItem, RunItem][] } | null {
	const pairs: [LabelItem, RunItem | null][] = [];
	// A label of no row and naming none (其他主动公开文件) right before a run: another row, not the format's.
	const others: [LabelItem, RunItem][] = [];
	let pendingLabel: LabelItem | null = null;
	let pendingOther: LabelItem | null = null;
	let pendingRun: RunItem | null = null;
	for (const item of gap) {
		if (item.kind === 'label') {
			if (item.key === null) {
				if (!after && !pendingLabel && item.mention === null) pendingOther = item;
				continue;
			}
			pendingOther = null;
			if (after) {
				if (pendingRun) pairs.push([item, pendingRun]);
				else if (dropsBlanks) pairs.push([item, null]);
				else return null;
				pendingRun = null;
			} else {
				if (pendingLabel) {
					if (!dropsBlanks) return null;
					pairs.push([pendingLabel, null]);
				}
				pendingLabel = item;
			}
			continue;
		}
		if (after) {
			if (pendingRun) return null;
			pendingRun = item;
		} else {
			if (!pendingLabel && pendingOther) others.push([pendingOther, item]);
			else if (!pendingLabel) return null;
			else pairs.push([pendingLabel, item]);
			pendingLabel = null;
			pendingOther = null;
		}
	}
	if (pendingRun) return null;
	if (pendingLabel) {
		if (!dropsBlanks) return null;
		pairs.push([pendingLabel, null]);
	}
	return { pairs, others };
}

/** A block's rows placed: certain rows, rows not placed (with why), extra rows. */
function placeBlock(s: BlockState, def: ActiveBlockDef, width: number, dropsBlanks: boolean) {
	const placed = new Map<ActiveRowKey, Placed>();
	const unplaced: UnplacedRows[] = [];
	const extraRows: ExtraRow[] = [];
	const extras: ExtraRow[] = [];
	// A row's name among other words (0政府集中采购): its numbers cannot be told apart.
	let loose = s.items.some((i) => i.kind === 'label' && i.key === null && i.mention !== null);
	const place = (rowKey: ActiveRowKey, label: RawCell, values: readonly RawCell[], raw: RawRow, grid: boolean) => {
		const fitted = trimmed(values, width);
		if (placed.has(rowKey)) {
			extraRows.push(makeExtraRow(label, fitted, rowKey));
			return;
		}
		if (fitted.length === width || (grid && fitted.length > width) || (dropsBlanks && fitted.length === 0)) placed.set(rowKey, { key: rowKey, label, values: fitted, raw, short: false });
		else if (grid) placed.set(rowKey, { key: rowKey, label, values: fitted, raw, short: true });
		else unplaced.push({ keys: [rowKey], span: envelope([label.span, ...fitted.map((v) => v.span)]), reason: 'width', found: fitted.length, expected: width });
	};
	let gap: (LabelItem | RunItem)[] = [];
	const flush = (trailing: boolean) => {
		// Empty cells no label precedes (a header row's padding in a flattened web table) hold nothing to place.
		gap = gap.filter((item, k) => {
			if (item.kind !== 'run' || item.values.some((v) => v.text !== '')) return true;
			const before = gap[k - 1];
			return before?.kind === 'label' && before.key !== null;
		});
		if (gap.length === 0) return;
		const runs = gap.filter((i) => i.kind === 'run');
		const labels = gap.filter((i): i is LabelItem => i.kind === 'label' && i.key !== null);
		// Numbers after a block whose rows are all read (a note, a page's furniture) are not its cells.
		if (trailing && labels.length === 0 && def.rows.every((r) => placed.has(r.key))) return;
		if (labels.length === 0 && runs.length === 0) return;
		const paired = pairGap(gap, false, dropsBlanks) ?? pairGap(gap, true, dropsBlanks);
		if (!paired) loose = true;
		else {
			for (const [label, run] of paired.pairs) place(label.key!, label.label, run?.values ?? [], run?.raw ?? label.raw, run !== null && run.raw.style !== 'plain');
			for (const [label, run] of paired.others) if (run.values.some((v) => v.text !== '')) extras.push(makeExtraRow(label.label, trimmed(run.values, width)));
		}
		gap = [];
	};
	for (const item of s.items) {
		if (item.kind !== 'anchor') {
			gap.push(item);
			continue;
		}
		flush(false);
		if (item.key) place(item.key, item.label, item.values, item.raw, item.raw.style !== 'plain');
		else if (item.values.some((v) => v.text !== '')) extras.push(makeExtraRow(item.label, item.values));
	}
	flush(true);
	// Other rows (其他主动公开文件 3 3 3) are rows only in a block whose numbers all found their place.
	if (!loose) extraRows.push(...extras);
	if (loose) {
		// Numbers in the block that belong to no row: only the rows read whole are certain.
		for (const [k, p] of placed) if (p.short) placed.delete(k);
		const keys = def.rows.map((r) => r.key).filter((k) => !placed.has(k));
		const uncertain = new Set(unplaced.flatMap((u) => u.keys));
		unplaced.splice(0, unplaced.length);
		if (keys.length > 0 || uncertain.size > 0) unplaced.push({ keys, span: envelope(s.evidence), reason: 'scattered', found: 0, expected: keys.length });
	}
	return { placed, unplaced, extraRows };
}

/** Where table 二's stream ends: table 三's header or first row, or table 四. */
function endsActive(raw: RawRow): boolean {
	const first = raw.cells.find((c) => c.text !== '');
	if (first === undefined) return false;
	// Table 二's own rows (a marker, its header, a row label, numbers) never end it: the cheap common case.
	const head = first.text.charCodeAt(0);
	// A bare numbering in a cell of its own (`| 三、 | （一）予以公开 |`) is read with the label after it.
	if (BARE_NUMBERING.test(first.text)) {
		const next = raw.cells.find((c) => c.span.start > first.span.start && c.text !== '');
		return next !== undefined && next.text.length <= MAX_LABEL && (NUMBERED_REQUEST.test(next.text) || core(next.text).length >= 4) && isRequestLabel(next.text);
	}
	if (head >= 0x30 && head <= 0x39) return ITEM_REQUEST.test(first.text) && first.text.length <= MAX_LABEL && isRequestLabel(first.text);
	if (head === 0x7b2c /* 第 */ || head === 0x4fe1 /* 信 */ || head < 0x28 || (head >= 0x2b && head <= 0x39) || matchRowLabel(first.text)) return false;
	if (isRequestsHeader(raw) || isAppealsStart(raw)) return true;
	// A row of table 三, numbered (（一）予以公开) or not (本年新收政府信息公开申请数量, where a converter dropped the
	// numbering), where its heading and first rows were lost: table 二 ends there. Two-character labels (其他, 总计) are too weak alone.
	return first.text.length <= MAX_LABEL && (NUMBERED_REQUEST.test(first.text) || core(first.text).length >= 4) && isRequestLabel(first.text);
}

const NUMBERED_REQUEST = /^[\s\u3000]*(?:[一二三四][、.．]|[(（][一二三四五六七][)）])/;
const BARE_NUMBERING = /^[\s\u3000]*(?:[一二三四][、.．]|[(（][一二三四五六七][)）])[\s\u3000]*$/;
/** An item of table 三 (1.属于国家秘密, 2. 重复申请): a number, its mark, then words. */
const ITEM_REQUEST = /^\d{1,2}[\s\u3000]*[.、．][\s\u3000]*[^\d\s\u3000.]/;

function endsActivePiece(text: string): boolean {
	const t = core(text);
	return t === '申请人情况' || t.includes('勾稽关系') || (text.length >= 4 && startsAppeals(text)) || ((NUMBERED_REQUEST.test(text) || ITEM_REQUEST.test(text)) && isRequestLabel(text));
}

/**
 * Reads table 二 within `region` by aligning the region's stream to the format: blocks announced by
 * 第二十条第（X）项 (or by their rows' labels), each with a header naming its columns, and rows whose
 * label and numbers share a row, or sit beside each other, as certain. A block with numbers that belong
 * to no row keeps only its rows read whole; the rest are listed in `unplaced`, never guessed.
 */
export function readActive(rows: readonly RawRow[], region: Span, versionHint: () => TableVersion | null): ActiveTable | null {
	const { elements } = streamOf(rows, region, endsActive, () => false, endsActivePiece);
	const items = itemsOf(elements);
	const blocks = new Map<ActiveBlockKey, BlockState>();
	// Two counters rather than a record keyed '2019' / '2021': index-like keys make a sparse array of the object.
	let votes2019 = 0;
	let votes2021 = 0;
	const state = (key: ActiveBlockKey): BlockState => {
		let s = blocks.get(key);
		if (!s) blocks.set(key, (s = { marker: null, header: null, columns: null, items: [], evidence: [] }));
		return s;
	};
	let current: ActiveBlockKey | null = null;
	for (const item of items) {
		switch (item.kind) {
			case 'marker':
				current = item.block;
				if (current) {
					const s = state(current);
					s.marker ??= item.heading;
					s.evidence.push(item.heading.span);
					if (current === 'item9') votes2019 += 2;
				}
				break;
			case 'header': {
				for (const v of item.versions) {
					if (v === '2019') votes2019++;
					else votes2021++;
				}
				const columns = item.columns;
				// A header names its block's columns; one that fits another block only starts that block (006).
				const fitting = columns ? fittingBlocks(columns) : [];
				const rowsSeen = current !== null && (blocks.get(current)?.items.some((i) => i.kind !== 'run' && i.key !== null) ?? false);
				if (columns && rowsSeen && !fitting.includes(current!) && fitting.length > 0) current = fitting.find((b) => !blocks.get(b)?.columns) ?? fitting[0];
				if (!current) break;
				const s = state(current);
				if (columns && fitting.includes(current) && !s.columns) {
					s.columns = columns;
					s.header = item.heading;
				}
				s.evidence.push(item.heading.span);
				break;
			}
			case 'label':
			case 'anchor': {
				const key = item.key ?? (item.kind === 'label' ? item.mention : null);
				const block: ActiveBlockKey | null = key ? BLOCK_OF_ROW.get(key)! : current;
				if (item.kind === 'label' && item.key === null && (block === null || !blocks.has(block))) break;
				if (!block) break;
				if (item.key) current = block;
				if (item.key === 'otherServices' || item.key === 'procurement') votes2019++;
				const s = state(block);
				s.items.push(item);
				s.evidence.push(item.kind === 'anchor' ? spanWith(item.label.span, item.values) : item.label.span);
				break;
			}
			case 'run':
				if (!current) break;
				state(current).items.push(item);
				state(current).evidence.push(envelope(item.values.map((v) => v.span)));
				break;
		}
	}
	if (blocks.size === 0) return null;
	const version: TableVersion | null = votes2019 > votes2021 ? '2019' : votes2021 > votes2019 ? '2021' : null;
	const effective = version ?? versionHint() ?? '2021';
	// Plain text has no way to write an empty cell: a table with no delimited row at all drops its blanks too (a template left empty).
	const delimited = elements.filter((e) => e.type === 'cells').length;
	const dropsBlanks = delimited === 0 || elements.filter((e) => e.type === 'values').length > delimited;

	const out: ActiveBlock[] = [];
	const extraRows: ExtraRow[] = [];
	const unplaced: UnplacedRows[] = [];
	let first: Row | null = null;
	for (const key of BLOCK_ORDER) {
		const s = blocks.get(key);
		if (!s) continue;
		const def = blockDef(effective, key);
		const columns = s.columns ?? def.columns;
		const r = placeBlock(s, def, columns.length, dropsBlanks);
		for (const x of r.extraRows) extraRows.push(x);
		for (const u of r.unplaced) unplaced.push(u);
		const read: Row[] = [];
		for (const d of def.rows) {
			const p = r.placed.get(d.key);
			if (!p) continue;
			const row = rowOf(p, columns);
			read.push(row);
			if (!first || row.span.start < first.span.start) first = row;
		}
		out.push({
			key, status: read.length === 0 && r.unplaced.length > 0 ? 'unparsed' : 'parsed', span: envelope(s.evidence.length > 0 ? s.evidence : [region]),
			marker: s.marker, header: s.header, columns: columns.map((c) => c.key), rows: read,
		});
	}
	// Plain loops: this runs on every read, and flatMap and spread arguments cost more than the work.
	const rowsRead: Row[] = [];
	let anyParsed = false;
	for (const b of out) {
		if (b.status !== 'parsed') continue;
		anyParsed = true;
		for (const row of b.rows) rowsRead.push(row);
	}
	const expected = ACTIVE_BLOCKS[effective];
	const uncertain = new Set<string>();
	for (const u of unplaced) for (const k of u.keys) uncertain.add(k);
	const missingBlocks: ActiveBlockKey[] = [];
	const missingRows: ActiveRowKey[] = [];
	for (const b of expected) {
		if (!blocks.has(b.key)) missingBlocks.push(b.key);
		const got = out.find((o) => o.key === b.key);
		if (!got || got.status !== 'parsed') continue;
		for (const r of b.rows) if (!got.rows.some((x) => x.key === r.key) && !uncertain.has(r.key)) missingRows.push(r.key);
	}
	return {
		key: 'active', status: anyParsed ? 'parsed' : 'unparsed', span: envelope(out.map((b) => b.span)), version,
		rows: rowsRead, extraRows, missingRows, style: first?.style ?? 'tab', blocks: out, missingBlocks, unplaced,
	};
}

/** The smallest span covering a label and its values. */
function spanWith(label: Span, values: readonly RawCell[]): Span {
	let start = label.start;
	let end = label.end;
	for (const v of values) {
		if (v.span.start < start) start = v.span.start;
		if (v.span.end > end) end = v.span.end;
	}
	return { start, end };
}

function rowOf(p: Placed, columns: readonly ColumnDef[]): Row {
	const label = p.label;
	const end = p.values.length > 0 ? p.values[p.values.length - 1].span.end : label.span.end;
	if (p.values.length === 0 && p.raw.style === 'plain') {
		// A row with no value at all in a layout that drops blank cells: every cell is blank.
		const cells: Cell[] = columns.map((c) => ({ column: c.key, columnKind: c.kind, kind: 'blank', value: null, unit: c.unit ?? null, decimal: false, text: '', span: { start: end, end }, missing: false }));
		return { key: p.key, label: { text: label.text, span: label.span }, span: label.span, cells, extraCells: [], style: p.raw.style };
	}
	const built = buildCells(columns, p.values, end);
	const near = p.values.length === 0 || Math.abs(label.span.end - p.values[0].span.start) < 400;
	const start = near ? Math.min(label.span.start, p.values[0]?.span.start ?? label.span.start) : p.values[0].span.start;
	const stop = Math.max(end, near ? label.span.end : end);
	return { key: p.key, label: { text: label.text, span: label.span }, span: { start, end: stop }, cells: built.cells, extraCells: built.extra, style: p.raw.style };
}

/** The block's definition in `version`, or in the other version when that one lacks it (第（九）项 in 2021). */
export function blockDef(version: TableVersion, key: ActiveBlockKey): ActiveBlockDef {
	return ACTIVE_BLOCKS[version].find((b) => b.key === key) ?? ACTIVE_BLOCKS['2019'].find((b) => b.key === key)!;
}

/** The blocks (in 第二十条's order) some version of which has exactly these columns. */
function fittingBlocks(columns: readonly ColumnDef[]): readonly ActiveBlockKey[] {
	const mask = columnMask(columns.map((c) => c.key));
	return (mask !== null && FITTING.get(mask)) || [];
}

/** One bit per column key of table 二 (any version), so a set of columns is a number. */
const COLUMN_BIT = new Map<string, number>();
for (const v of TABLE_VERSIONS) for (const b of ACTIVE_BLOCKS[v]) for (const c of b.columns) if (!COLUMN_BIT.has(c.key)) COLUMN_BIT.set(c.key, 1 << COLUMN_BIT.size);

/** The set of column keys as bits; null for a key twice or a key no block has (no block fits those). */
function columnMask(keys: readonly string[]): number | null {
	let mask = 0;
	for (const k of keys) {
		const bit = COLUMN_BIT.get(k);
		if (bit === undefined || (mask & bit) !== 0) return null;
		mask |= bit;
	}
	return mask;
}

/** The blocks each set of columns fits, in any version, in 第二十条's order. */
const FITTING = new Map<number, ActiveBlockKey[]>();
for (const key of BLOCK_ORDER) {
	for (const v of TABLE_VERSIONS) {
		const b = ACTIVE_BLOCKS[v].find((d) => d.key === key);
		if (!b) continue;
		const set = columnMask(b.columns.map((c) => c.key))!;
		const list = FITTING.get(set) ?? [];
		if (!list.includes(b.key)) list.push(b.key);
		FITTING.set(set, list);
	}
}
