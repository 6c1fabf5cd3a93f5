import { ACTIVE_BLOCKS, ACTIVE_CORNER, TABLE_VERSIONS, VERSION_MARKERS, type ActiveBlockDef, type ActiveBlockKey, type ActiveRowKey, type ColumnDef, type RowKey, type TableVersion } from '../format/tables';
import type { ActiveBlock, ActiveTable, ExtraRow, Heading, Row, UnplacedRows } from '../model';
import type { RawCell, RawRow } from '../syntax/rows';
import { canon, chineseNumeral, core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { buildCells, envelope, isGrid, isNumbersOnly, isProse, makeExtraRow, makeRow, plainRow, rowEnd, rowsIn } from './cells';
import { MAX_LABEL, similarity, splitLabel } from './labels';

const MARKER = /第二十条第\(([一二三四五六七八九十]{1,2})\)项/;
const BLOCK_OF_ITEM: Readonly<Record<number, ActiveBlockKey>> = { 1: 'item1', 5: 'item5', 6: 'item6', 8: 'item8', 9: 'item9' };
/** The blocks of table 二 in the order of 第二十条. */
export const BLOCK_ORDER: readonly ActiveBlockKey[] = ['item1', 'item5', 'item6', 'item8', 'item9'];

/** Every row label of both versions, with the block it belongs to. */
const ROW_LABELS = TABLE_VERSIONS.flatMap((v) =>
	ACTIVE_BLOCKS[v].flatMap((b) => b.rows.flatMap((r) => [r.label, ...r.aliases].map((label) => ({ key: r.key, block: b.key, label: core(label) })))),
);
/** Every column header of both versions. */
const COLUMN_LABELS = TABLE_VERSIONS.flatMap((v) =>
	ACTIVE_BLOCKS[v].flatMap((b) => b.columns.map((c) => ({ version: v, column: c, label: core(c.label.replace(/（单位：.*）/, '')) }))),
);

interface BlockState {
	marker: Heading | null;
	headerSpan: Heading | null;
	header: ColumnDef[] | null;
	rows: Map<RowKey, Row>;
	evidence: Span[];
	unclean: number;
}

const matchRowLabel = memoize((text: string): { key: ActiveRowKey; block: ActiveBlockKey } | null => {
	const t = core(text);
	let best: { key: ActiveRowKey; block: ActiveBlockKey } | null = null;
	let bestScore = 1;
	for (const r of ROW_LABELS) {
		const s = similarity(t, r.label);
		if (s > bestScore) {
			bestScore = s;
			best = r;
		}
	}
	return best;
}, MAX_LABEL);

/** The column a header cell names (any version), and whether the name belongs to one version only. */
const columnFor = memoize((text: string): { column: ColumnDef; version: TableVersion | null } | null => {
	const t = core(text);
	const hit = COLUMN_LABELS.find((l) => similarity(t, l.label) >= 2);
	if (!hit) return null;
	const unit = /单位[:：]\s*(万元|亿元|元)/.exec(canon(text))?.[1];
	const exclusive = VERSION_MARKERS[hit.version].some((m) => core(m) === hit.label);
	return { column: unit ? { ...hit.column, unit } : hit.column, version: exclusive ? hit.version : null };
}, MAX_LABEL);

/** Text holding a row label of table 二 among other words (0政府集中采购: a label a PDF extractor glued to a number). */
function mentionsRow(text: string): boolean {
	const t = core(text);
	return ROW_LABELS.some((r) => r.label.length >= 4 && t.includes(r.label));
}

/** Columns named by a header row (信息内容 | 本年新制作数量 | …); no columns when any header is unknown. */
function readHeader(cells: readonly RawCell[]): { columns: ColumnDef[]; versions: TableVersion[] } | null {
	const first = cells.find((c) => c.text !== '');
	// Cheap test first: the corner cell 信息内容 (also 信息內容, 信 息内容) starts with 信.
	if (!first || first.text.charCodeAt(0) !== 0x4fe1 || first.text.length > 12 || core(first.text) !== ACTIVE_CORNER) return null;
	const named = cells.filter((c) => c.text !== '');
	if (named.length < 2) return null;
	const columns: ColumnDef[] = [];
	const versions: TableVersion[] = [];
	for (const c of named.slice(1)) {
		const hit = columnFor(c.text);
		if (!hit) return { columns: [], versions };
		columns.push(hit.column);
		if (hit.version) versions.push(hit.version);
	}
	return { columns, versions };
}

function markerOf(raw: RawRow): { item: number; heading: Heading } | null {
	const first = raw.cells.find((c) => c.text !== '');
	if (!first) return null;
	if (first.text.length > 30 || (raw.style !== 'plain' && first.text.indexOf('第') < 0)) return null;
	const texts = raw.style === 'plain' ? raw.cells.map((c) => c.text).join('') : first.text;
	if (texts.length > 30 || !/第\s*二\s*十/.test(texts)) return null;
	const m = MARKER.exec(canon(texts));
	if (!m) return null;
	const item = chineseNumeral(m[1]);
	if (item === null) return null;
	const last = raw.style === 'plain' ? raw.cells[raw.cells.length - 1] : first;
	return { item, heading: { text: raw.style === 'plain' ? texts : first.text, span: { start: first.span.start, end: last.span.end } } };
}

/**
 * Reads table 二 within `region`: blocks announced by 第二十条第（X）项, each with a header row
 * naming its columns, and rows found by label. A block whose labels and numbers were separated by a
 * PDF extractor is `unparsed`; the blocks that read cleanly are kept (004's 第（一）项).
 */
export function readActive(rows: readonly RawRow[], region: Span, versionHint: () => TableVersion | null): ActiveTable | null {
	const blocks = new Map<ActiveBlockKey, BlockState>();
	const extraRows: ExtraRow[] = [];
	const votes: Record<TableVersion, number> = { '2019': 0, '2021': 0 };
	let current: ActiveBlockKey | null = null;
	let style: RawRow['style'] | null = null;
	const state = (key: ActiveBlockKey): BlockState => {
		let s = blocks.get(key);
		if (!s) blocks.set(key, (s = { marker: null, headerSpan: null, header: null, rows: new Map(), evidence: [], unclean: 0 }));
		return s;
	};
	const pending: { raw: RawRow; label: RawCell; values: readonly RawCell[]; key: ActiveRowKey; block: ActiveBlockKey }[] = [];

	for (const raw of rowsIn(rows, region)) {
		if (isProse(raw)) continue;
		const marker = markerOf(raw);
		if (marker) {
			const key = BLOCK_OF_ITEM[marker.item];
			if (!key) continue;
			current = key;
			const s = state(key);
			if (s.marker === null) s.marker = marker.heading;
			s.evidence.push(marker.heading.span);
			if (key === 'item9') votes['2019'] += 2;
			continue;
		}
		const header = readHeader(raw.cells);
		if (header && current) {
			const s = state(current);
			if (fitsBlock(header.columns, current)) {
				s.header = header.columns;
				const named = raw.cells.filter((c) => c.text !== '');
				s.headerSpan = { text: named.map((c) => c.text).join(' '), span: { start: named[0].span.start, end: named[named.length - 1].span.end } };
			}
			for (const v of header.versions) votes[v]++;
			s.evidence.push(raw.span);
			continue;
		}
		if (isGrid(raw)) {
			const { labels, values } = splitLabel(raw.cells);
			if (labels.length === 0) continue;
			const label = labels[labels.length - 1];
			const hit = matchRowLabel(label.text);
			if (!hit) {
				if (current && values.some((v) => v.text !== '')) extraRows.push(makeExtraRow(label, values));
				continue;
			}
			style ??= raw.style;
			pending.push({ raw, label, values, key: hit.key, block: hit.block });
			state(hit.block).evidence.push(raw.span);
			continue;
		}
		const plain = plainRow(raw);
		const hit = plain.label ? matchRowLabel(plain.label.text) : null;
		if (plain.label && hit) {
			style ??= 'plain';
			pending.push({ raw, label: plain.label, values: plain.clean ? plain.values : [], key: hit.key, block: hit.block });
			state(hit.block).evidence.push(raw.span);
			if (!plain.clean) state(hit.block).unclean++;
		} else if (plain.label && current && mentionsRow(plain.label.text)) {
			state(current).unclean++;
			state(current).evidence.push(raw.span);
		} else if (current && isNumbersOnly(raw)) {
			state(current).unclean++;
			state(current).evidence.push(raw.span);
		}
	}

	for (const p of pending) {
		if (p.key === 'otherServices' || p.key === 'procurement') votes['2019']++;
	}
	const version: TableVersion | null = votes['2019'] > votes['2021'] ? '2019' : votes['2021'] > votes['2019'] ? '2021' : null;
	const effective = version ?? versionHint() ?? '2021';

	for (const p of pending) {
		const s = state(p.block);
		const def = blockDef(effective, p.block);
		const columns = s.header ?? def.columns;
		if (p.raw.style === 'plain' && p.values.length !== columns.length) {
			s.unclean++;
			continue;
		}
		if (s.rows.has(p.key)) {
			extraRows.push(makeExtraRow(p.label, p.values, p.key));
			continue;
		}
		const built = buildCells(columns, p.values, rowEnd(p.values, p.label));
		s.rows.set(p.key, makeRow(p.key, p.label, built.cells, built.extra, p.raw));
	}

	if (blocks.size === 0) return null;
	const out: ActiveBlock[] = [];
	for (const key of BLOCK_ORDER) {
		const s = blocks.get(key);
		if (!s) continue;
		const def = blockDef(effective, key);
		const unparsed = s.unclean > 0;
		out.push({
			key, status: unparsed ? 'unparsed' : 'parsed', span: envelope(s.evidence), marker: s.marker, header: s.headerSpan,
			columns: (s.header ?? def.columns).map((c) => c.key),
			rows: unparsed ? [] : def.rows.map((r) => s.rows.get(r.key)).filter((r): r is Row => r !== undefined),
		});
	}
	const parsed = out.filter((b) => b.status === 'parsed');
	const expected = ACTIVE_BLOCKS[effective];
	const missingBlocks = expected.filter((b) => !blocks.has(b.key)).map((b) => b.key);
	const missingRows = expected.flatMap((b) => {
		const got = out.find((o) => o.key === b.key);
		return got && got.status === 'parsed' ? b.rows.filter((r) => !got.rows.some((x) => x.key === r.key)).map((r) => r.key) : [];
	});
	const unplaced: UnplacedRows[] = out.filter((b) => b.status === 'unparsed').map((b) => {
		const keys = blockDef(effective, b.key).rows.map((r) => r.key);
		return { keys, span: b.span, reason: 'scattered', found: 0, expected: keys.length };
	});
	return {
		key: 'active', status: parsed.length > 0 ? 'parsed' : 'unparsed', span: envelope(out.map((b) => b.span)), version,
		rows: parsed.flatMap((b) => b.rows), extraRows, missingRows, style: style ?? 'tab', blocks: out, missingBlocks, unplaced,
	};
}

/** The block's definition in `version`, or in the other version when that one lacks it (第（九）项 in 2021). */
export function blockDef(version: TableVersion, key: ActiveBlockKey): ActiveBlockDef {
	return ACTIVE_BLOCKS[version].find((b) => b.key === key) ?? ACTIVE_BLOCKS['2019'].find((b) => b.key === key)!;
}

/** A header names the block's columns when some version of the block has exactly those columns. */
function fitsBlock(columns: readonly ColumnDef[], key: ActiveBlockKey): boolean {
	return TABLE_VERSIONS.some((v) => {
		const def = ACTIVE_BLOCKS[v].find((b) => b.key === key);
		return def !== undefined && def.columns.length === columns.length && columns.every((c) => def.columns.some((d) => d.key === c.key));
	});
}
