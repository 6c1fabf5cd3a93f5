/**
 * Ruled tables: the cells of a table drawn with lines, from the lines and the text's positions. A pure function,
 * tested with hand-made rules and items.
 *
 * - Horizontal and vertical rules (stroked lines, or thin filled rectangles, as the reader gives them) are merged
 *   where they continue each other and grouped where they cross: each group with two columns or more is a table.
 * - The table's grid is every rule position it has: a column between two neighbouring vertical positions, a band
 *   between two horizontal ones (where upright rules reach past the last horizontal one, as on a row cut by a
 *   page break, the band ends where they do). Neighbouring grid cells with no rule between them are one merged cell.
 * - Each text item goes to the cell its middle lies in; a cell's lines are joined top to bottom.
 * - Each band is a row with one cell per grid column, as Word's own text export writes a table: a merged cell's
 *   text in its top left grid cell, the rest of it empty, and a cell with no text empty. So a blank cell stays a
 *   cell and the counts after it keep their columns.
 */
import type { PositionedText } from './layout';

/** A line drawn on the page, horizontal (y1 = y2) or vertical (x1 = x2), in the text's coordinates. */
export interface Rule {
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
}

export interface RuledTable {
	/** Its extent: left, right, and top and bottom (y upwards). */
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
	/** The rows top to bottom, each with one text per grid column ('' for an empty or covered cell). */
	readonly rows: readonly RuledRow[];
	/** The items read into its cells (the rest of the page is read as before). */
	readonly items: ReadonlySet<PositionedText>;
	/** The x positions of its grid lines, left to right (one more than the columns). */
	readonly columns: readonly number[];
	/** Per column, whether no rule is drawn on its top (bottom) edge: a cell cut by a page break goes on there. */
	readonly openTop: readonly boolean[];
	readonly openBottom: readonly boolean[];
	/** Per column, the row whose cell in that column is the one reaching the bottom edge (null: a cell from the left covers it). */
	readonly bottomRow: readonly (number | null)[];
}

export interface RuledRow {
	/** The band's top (y upwards), for ordering against the page's other lines. */
	readonly top: number;
	readonly cells: readonly (readonly PositionedText[])[];
}

/** Positions closer than this (points) are one rule position; a gap this small does not break a rule. */
const TOLERANCE = 2;
/** Shorter rules are ticks or glyph parts, not table lines. */
const MIN_LENGTH = 4;

interface Segment {
	/** The fixed coordinate (y of a horizontal rule, x of a vertical one). */
	at: number;
	from: number;
	to: number;
}

/** Merges rules at one position (within TOLERANCE / 2) that touch or overlap into one. */
function mergeSegments(segments: Segment[]): Segment[] {
	segments.sort((a, b) => a.at - b.at);
	const out: Segment[] = [];
	for (let k = 0; k < segments.length;) {
		let j = k + 1;
		while (j < segments.length && segments[j].at - segments[j - 1].at <= TOLERANCE / 2) j++;
		const group = segments.slice(k, j).sort((a, b) => a.from - b.from);
		const at = group.reduce((sum, g) => sum + g.at, 0) / group.length;
		let cur: Segment | null = null;
		for (const g of group) {
			if (cur && g.from <= cur.to + TOLERANCE) cur.to = Math.max(cur.to, g.to);
			else out.push((cur = { at, from: g.from, to: g.to }));
		}
		k = j;
	}
	return out;
}

/** Cluster positions closer than TOLERANCE; returns the sorted representative of each. */
function positions(values: readonly number[]): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const out: number[] = [];
	let group: number[] = [];
	for (const v of sorted) {
		if (group.length > 0 && v - group[group.length - 1] > TOLERANCE) {
			out.push(group.reduce((s, x) => s + x, 0) / group.length);
			group = [];
		}
		group.push(v);
	}
	if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
	return out;
}

/** The middle of an item's text, where it is placed in a cell. */
function middle(item: PositionedText): { x: number; y: number } {
	if (item.vertical) {
		const height = Math.max(item.height ?? item.size * item.text.length, item.size);
		return { x: item.x + Math.max(item.width, item.size) / 2, y: item.y + item.size - height / 2 };
	}
	return { x: item.x + Math.max(item.width, 0) / 2, y: item.y + item.size * 0.35 };
}

/** The ruled tables of a page, top to bottom. */
export function ruledTables(rules: readonly Rule[], items: readonly PositionedText[]): RuledTable[] {
	const horizontal: Segment[] = [];
	const vertical: Segment[] = [];
	for (const r of rules) {
		if (![r.x1, r.y1, r.x2, r.y2].every(Number.isFinite)) continue;
		const dx = Math.abs(r.x2 - r.x1);
		const dy = Math.abs(r.y2 - r.y1);
		if (dy <= TOLERANCE / 4 && dx >= MIN_LENGTH) horizontal.push({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) });
		else if (dx <= TOLERANCE / 4 && dy >= MIN_LENGTH) vertical.push({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) });
	}
	const hs = mergeSegments(horizontal);
	const vs = mergeSegments(vertical);
	if (hs.length < 2 || vs.length < 3) return [];
	// Rules that cross or touch are one table (union-find over horizontal then vertical indices).
	const parent = [...hs, ...vs].map((_, k) => k);
	const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
	const sortedV = vs.map((v, k) => ({ v, k })).sort((a, b) => a.v.at - b.v.at);
	hs.forEach((h, i) => {
		// Only the vertical rules within the horizontal one's extent can touch it.
		let lo = 0;
		let hi = sortedV.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sortedV[mid].v.at < h.from - TOLERANCE) lo = mid + 1;
			else hi = mid;
		}
		for (let j = lo; j < sortedV.length && sortedV[j].v.at <= h.to + TOLERANCE; j++) {
			const { v, k } = sortedV[j];
			if (h.at >= v.from - TOLERANCE && h.at <= v.to + TOLERANCE) parent[find(i)] = find(hs.length + k);
		}
	});
	const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
	hs.forEach((h, i) => {
		const g = groups.get(find(i)) ?? { h: [], v: [] };
		g.h.push(h);
		groups.set(find(i), g);
	});
	vs.forEach((v, k) => {
		const g = groups.get(find(hs.length + k)) ?? { h: [], v: [] };
		g.v.push(v);
		groups.set(find(hs.length + k), g);
	});
	const tables: RuledTable[] = [];
	const taken = new Set<PositionedText>();
	for (const { h, v } of groups.values()) {
		const table = gridOf(h, v, items, taken);
		if (table) tables.push(table);
	}
	return tables.sort((a, b) => b.top - a.top);
}

/** One table from its rules, or null when they do not make two columns and a row. */
function gridOf(ruled: readonly Segment[], v: readonly Segment[], items: readonly PositionedText[], taken: Set<PositionedText>): RuledTable | null {
	const xs = positions(v.map((s) => s.at));
	if (xs.length < 3) return null;
	// A row cut by a page break may have no border on the cut: its cells' upright rules still show its extent.
	const h = [...ruled];
	const highest = Math.max(...h.map((s) => s.at));
	const lowest = Math.min(...h.map((s) => s.at));
	const reach = { top: Math.max(...v.map((s) => s.to)), bottom: Math.min(...v.map((s) => s.from)) };
	if (reach.top > highest + 2 * TOLERANCE) h.push({ at: reach.top, from: xs[0], to: xs[xs.length - 1] });
	if (reach.bottom < lowest - 2 * TOLERANCE) h.push({ at: reach.bottom, from: xs[0], to: xs[xs.length - 1] });
	const ys = positions(h.map((s) => s.at)).reverse();
	if (ys.length < 2) return null;
	const columns = xs.length - 1;
	const bands = ys.length - 1;
	const covers = (segments: readonly Segment[], at: number, from: number, to: number): boolean => {
		const mid = (from + to) / 2;
		const reach = Math.min(Math.abs(to - from) / 4, TOLERANCE * 2);
		return segments.some((s) => Math.abs(s.at - at) <= TOLERANCE && s.from <= mid - reach && s.to >= mid + reach);
	};
	// Grid cells joined where no rule parts them: each grid cell's merged cell is named by its top left grid cell.
	const owner = Array.from({ length: bands }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c));
	const root = (k: number): number => {
		let r = Math.floor(k / columns);
		let c = k % columns;
		while (owner[r][c] !== r * columns + c) {
			const next = owner[r][c];
			r = Math.floor(next / columns);
			c = next % columns;
		}
		return r * columns + c;
	};
	const unite = (a: number, b: number): void => {
		const ra = root(a);
		const rb = root(b);
		if (ra === rb) return;
		const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
		owner[Math.floor(drop / columns)][drop % columns] = keep;
	};
	for (let r = 0; r < bands; r++) {
		for (let c = 0; c < columns; c++) {
			if (c + 1 < columns && !covers(v, xs[c + 1], ys[r + 1], ys[r])) unite(r * columns + c, r * columns + c + 1);
			if (r + 1 < bands && !covers(h, ys[r + 1], xs[c], xs[c + 1])) unite(r * columns + c, (r + 1) * columns + c);
		}
	}
	const left = xs[0];
	const right = xs[columns];
	const top = ys[0];
	const bottom = ys[bands];
	const cells = new Map<number, PositionedText[]>();
	const mine = new Set<PositionedText>();
	for (const item of items) {
		if (taken.has(item) || item.text.trim() === '') continue;
		const m = middle(item);
		if (m.x < left || m.x > right || m.y > top || m.y < bottom) continue;
		let c = 0;
		while (c + 1 < columns && m.x > xs[c + 1]) c++;
		let r = 0;
		while (r + 1 < bands && m.y < ys[r + 1]) r++;
		const k = root(r * columns + c);
		if (!cells.has(k)) cells.set(k, []);
		cells.get(k)!.push(item);
		mine.add(item);
		taken.add(item);
	}
	const rows: RuledRow[] = [];
	const rowOfBand = new Map<number, number>();
	for (let r = 0; r < bands; r++) {
		// A band where no cell starts carries nothing (it lies inside merged cells): no row.
		let starts = false;
		const row: PositionedText[][] = [];
		for (let c = 0; c < columns; c++) {
			const k = r * columns + c;
			const own = root(k) === k;
			starts ||= own;
			row.push(own ? cells.get(k) ?? [] : []);
		}
		if (starts) {
			rowOfBand.set(r, rows.length);
			rows.push({ top: ys[r], cells: row });
		}
	}
	const edge = (at: number): boolean[] => xs.slice(1).map((x, c) => !covers(ruled, at, xs[c], x));
	const bottomRow = xs.slice(1).map((_, c) => {
		const k = root((bands - 1) * columns + c);
		return k % columns === c ? rowOfBand.get(Math.floor(k / columns)) ?? null : null;
	});
	return { left, right, top, bottom, rows, items: mine, columns: xs, openTop: edge(top), openBottom: edge(bottom), bottomRow };
}
