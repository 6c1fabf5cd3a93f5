/**
 * Rebuilds prose and table rows from the positioned text and the ruling lines of PDF pages: a pure function of
 * the text items' coordinates and the lines, so it is tested with hand-made item lists.
 *
 * - Tables drawn with lines are read by their cells (grid.ts): a blank cell stays an empty cell.
 * - Where no lines are drawn, the rows and columns come from the text alone:
 *   - Items on one baseline band form a line; a wide gap between items (about a character) splits it into segments.
 *   - Lines of two or more segments anchor table rows; runs of them, with the smaller-type lines between and
 *     around them, are table regions.
 *   - A one-segment line in a region is either the next line of a cell beside it (a wrapped label, within about
 *     a line of the row's baseline and under that cell), a label of merged rows (a group label such as
 *     （三）不予公开, or a vertical label such as 三、本年度办理结果, printed beside a run of rows whose cells all
 *     start to its right: it goes to the first row of the run, as a merged cell's text does in Word and HTML),
 *     or a row of its own (a block heading such as 第二十条第（一）项).
 * - Page numbers (- 1 -, 第 1 页) and lines repeated in the margins of several pages are dropped.
 * - A table that runs to the foot of a page and goes on at the top of the next keeps its number; so does a
 *   paragraph whose last line reaches the margin.
 */
import { ruledTables, type Rule, type RuledTable } from './grid';
import type { SourceBlock, SourceLocation } from './source';

export type { Rule } from './grid';

/** A run of text as a PDF places it: `x` its left edge and `y` its baseline, upwards, in points. */
export interface PositionedText {
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	/** The font size (the height of a line of this text). */
	readonly size: number;
	/** Text written top to bottom: it occupies `height` points downwards from `y + size`. */
	readonly vertical?: boolean;
	readonly height?: number;
}

export interface PageText {
	readonly width: number;
	readonly height: number;
	readonly items: readonly PositionedText[];
	/** The horizontal and vertical lines drawn on the page (table rules), when the reader has them. */
	readonly rules?: readonly Rule[];
}

interface Segment {
	text: string;
	readonly left: number;
	right: number;
	readonly size: number;
	/** The runs it was joined from, for splitting a count off a label it touches (see splitTouchingCounts). */
	readonly pieces: { readonly text: string; readonly left: number; readonly right: number }[];
}

interface Line {
	readonly base: number;
	readonly size: number;
	readonly segments: Segment[];
	readonly left: number;
	readonly right: number;
	readonly text: string;
	/** The vertical extent, for stacking; a vertical item's line spans its whole height. */
	readonly top: number;
	readonly bottom: number;
	readonly vertical: boolean;
}

const NUMBER = /^[-+−－]?\d[\d,，]*(?:[.．]\d+)?(?:万元|元|件|%)?$/;
const PAGE_NUMBER = /^(?:[-－—–~·]*\d{1,4}[-－—–~·]*|第\d+页(?:[,，]?共\d+页)?|\d+\/\d+|page\d+(?:of\d+)?)$/i;
const LATIN = /[A-Za-z0-9.,%]/;

export function isNumberText(s: string): boolean {
	return NUMBER.test(s.replace(/\s+/g, ''));
}

/** Joins two runs of one line: a space only between Latin letters or digits set apart. */
function join(a: string, b: string, gap: number, size: number): string {
	if (a === '') return b;
	if (gap > size * 0.2 && LATIN.test(a[a.length - 1]) && LATIN.test(b[0])) return a + ' ' + b;
	return a + b;
}

/** Groups a page's items into lines, top to bottom, each split into segments at wide gaps. */
export function pageLines(page: PageText): Line[] {
	const flat: PositionedText[] = [];
	const lines: Line[] = [];
	for (const item of page.items) {
		const text = item.text.replace(/\s+/g, (s) => (s.length > 0 ? ' ' : '')).trim();
		if (text === '' || !Number.isFinite(item.x) || !Number.isFinite(item.y) || !(item.size > 0)) continue;
		if (item.vertical) {
			const size = item.size;
			const top = item.y + size;
			const height = Math.max(item.height ?? size * text.length, size);
			const seg: Segment = { text: text.replace(/ /g, ''), left: item.x, right: item.x + Math.max(item.width, size), size, pieces: [] };
			lines.push({ base: top - height / 2, size, segments: [seg], left: seg.left, right: seg.right, text: seg.text, top, bottom: top - height, vertical: true });
		} else flat.push({ ...item, text });
	}
	flat.sort((a, b) => b.y - a.y || a.x - b.x);
	let k = 0;
	while (k < flat.length) {
		const first = flat[k];
		let j = k + 1;
		let minSize = first.size;
		while (j < flat.length && first.y - flat[j].y <= 0.3 * Math.min(minSize, flat[j].size)) {
			minSize = Math.min(minSize, flat[j].size);
			j++;
		}
		lines.push(lineOf(flat.slice(k, j)));
		k = j;
	}
	return lines.sort((a, b) => b.base - a.base || a.left - b.left);
}

function lineOf(items: PositionedText[]): Line {
	items.sort((a, b) => a.x - b.x);
	const segments: Segment[] = [];
	let cur: Segment | null = null;
	let baseSum = 0;
	let size = Infinity;
	let maxSize = 0;
	for (const it of items) {
		baseSum += it.y;
		size = Math.min(size, it.size);
		maxSize = Math.max(maxSize, it.size);
		const right = it.x + Math.max(it.width, 0);
		if (cur && it.x - cur.right <= 0.9 * Math.min(cur.size, it.size)) {
			cur.text = join(cur.text, it.text, it.x - cur.right, Math.min(cur.size, it.size));
			cur.right = Math.max(cur.right, right);
			cur.pieces.push({ text: it.text, left: it.x, right });
		} else {
			cur = { text: it.text, left: it.x, right, size: it.size, pieces: [{ text: it.text, left: it.x, right }] };
			segments.push(cur);
		}
	}
	const base = baseSum / items.length;
	const left = segments[0].left;
	const right = Math.max(...segments.map((s) => s.right));
	return { base, size, segments, left, right, text: segments.map((s) => s.text).join(' '), top: base + maxSize, bottom: base - maxSize * 0.25, vertical: false };
}

/** Lines that are page furniture: page numbers in the margins, and margin lines repeated on two or more pages. */
function furniture(pages: readonly PageText[], lines: readonly Line[][]): Set<Line> {
	const drop = new Set<Line>();
	const inMargin = (l: Line, p: PageText): boolean => p.height > 0 && (l.base < p.height * 0.1 || l.base > p.height * 0.9);
	const seen = new Map<string, Set<number>>();
	lines.forEach((page, n) => {
		for (const l of page) {
			if (!inMargin(l, pages[n])) continue;
			const compact = l.text.replace(/\s+/g, '');
			if (PAGE_NUMBER.test(compact)) drop.add(l);
			const key = compact.replace(/\d+/g, '#');
			if (!seen.has(key)) seen.set(key, new Set());
			seen.get(key)!.add(n);
		}
	});
	lines.forEach((page, n) => {
		for (const l of page) if (inMargin(l, pages[n]) && (seen.get(l.text.replace(/\s+/g, '').replace(/\d+/g, '#'))?.size ?? 0) >= 2) drop.add(l);
	});
	return drop;
}

/** The size most text is set in: the prose. */
function bodySize(lines: readonly Line[][]): number {
	const weight = new Map<number, number>();
	for (const page of lines) for (const l of page) for (const s of l.segments) {
		const key = Math.round(s.size * 2) / 2;
		weight.set(key, (weight.get(key) ?? 0) + s.text.length);
	}
	let best = 0;
	let bestWeight = -1;
	for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
	return best;
}

interface Region {
	readonly from: number;
	readonly to: number;
}

const isAnchor = (l: Line): boolean => !l.vertical && l.segments.length >= 2;

/** The table regions of a page, as ranges of line indices. */
function regions(lines: readonly Line[], body: number): Region[] {
	const small = (l: Line): boolean => l.size < body * 0.95;
	const found: Region[] = [];
	let k = 0;
	while (k < lines.length) {
		if (!isAnchor(lines[k])) {
			k++;
			continue;
		}
		let from = k;
		let to = k;
		let anchors = 1;
		let numbers = lines[k].segments.filter((s) => isNumberText(s.text)).length;
		for (let j = k + 1; j < lines.length; j++) {
			if (isAnchor(lines[j])) {
				const between = lines.slice(to + 1, j);
				const gap = lines[to].base - lines[j].base;
				if (!(between.every(small) || gap <= 5 * Math.min(lines[to].size, lines[j].size))) break;
				to = j;
				anchors++;
				numbers += lines[j].segments.filter((s) => isNumberText(s.text)).length;
			}
		}
		// Headers above the first row and notes below the last, set in the table's smaller type.
		while (from > 0 && (small(lines[from - 1]) || lines[from - 1].vertical) && lines[from - 1].base - lines[from].top <= 3 * lines[from].size) from--;
		while (to + 1 < lines.length && (small(lines[to + 1]) || lines[to + 1].vertical) && lines[to].bottom - lines[to + 1].top <= 3 * lines[to].size) to++;
		if (anchors >= 2 || numbers >= 2) found.push({ from, to });
		k = to + 1;
	}
	return found;
}

interface Cell {
	readonly left: number;
	right: number;
	readonly numeric: boolean;
	/** Pieces of text with their baselines, joined top to bottom. */
	readonly parts: { text: string; base: number }[];
}

interface Row {
	readonly base: number;
	cells: Cell[];
	readonly top: number;
}

const firstLeft = (r: Row): number => Math.min(...r.cells.map((c) => c.left));

function cellOf(s: Segment, base: number): Cell {
	return { left: s.left, right: s.right, numeric: isNumberText(s.text), parts: [{ text: s.text, base }] };
}

function cellText(c: Cell): string {
	return [...c.parts].sort((a, b) => b.base - a.base).map((p) => p.text.replace(/\s+/g, (m) => m)).reduce((acc, t) => join(acc, t, 1, 1), '');
}

/**
 * In a row of counts, a label set flush against the first count (a narrow cell padding, text not centred) is read
 * as one run, 5.属于三类内部事务信息0: the count is split off where a number run follows text across a gap.
 * Only inside tables and only in rows that have other counts, so prose such as 申请 17 件 is never cut.
 */
function splitTouchingCounts(l: Line): Line {
	if (l.vertical || !l.segments.some((s) => isNumberText(s.text))) return l;
	const segments: Segment[] = [];
	for (const s of l.segments) {
		const last = s.pieces.at(-1);
		const before = s.pieces.at(-2);
		if (!last || !before || !isNumberText(last.text) || isNumberText(before.text) || /\d$/.test(before.text) || last.left - before.right <= 0.1 * s.size) {
			segments.push(s);
			continue;
		}
		const head = s.pieces.slice(0, -1);
		segments.push({ text: head.reduce((acc, p, k) => (k === 0 ? p.text : join(acc, p.text, p.left - head[k - 1].right, s.size)), ''), left: s.left, right: before.right, size: s.size, pieces: head });
		segments.push({ text: last.text, left: last.left, right: last.right, size: s.size, pieces: [last] });
	}
	return segments.length === l.segments.length ? l : { ...l, segments };
}

/** The rows of one table region, top to bottom, each as its cells' texts. */
function tableRows(lines: readonly Line[]): string[][] {
	const rows: Row[] = [];
	const lonely: Line[] = [];
	const numeric = lines.filter((l) => isAnchor(l) && l.segments.some((s) => isNumberText(s.text)));
	for (const l of lines.map(splitTouchingCounts)) {
		if (isAnchor(l) && !l.segments.some((s) => isNumberText(s.text)) && numeric.some((n) => Math.abs(n.base - l.base) <= 1.6 * l.size)) {
			// Text cells wrapped beside each other around a row of numbers: each piece goes to its own cell.
			for (const s of l.segments) lonely.push({ ...l, segments: [s], left: s.left, right: s.right, text: s.text });
		} else if (isAnchor(l)) rows.push({ base: l.base, cells: l.segments.map((s) => cellOf(s, l.base)), top: l.base });
		else lonely.push(l);
	}
	const rest = attachWrapped(rows, lonely);
	// Stack what is left into blocks: a label written over several lines, or vertical pieces one above another.
	const blocks: Line[][] = [];
	for (const l of rest) {
		const prev = blocks.at(-1)?.at(-1);
		if (prev && l.left < prev.right && prev.left < l.right && prev.bottom - l.top <= 2 * l.size && !rowsBetween(rows, prev, l)) blocks.at(-1)!.push(l);
		else blocks.push([l]);
	}
	moveNumberedLabels(rows);
	const standalone: { top: number; text: string }[] = [];
	const runs = new Map<string, { block: Line[]; centre: number }[]>();
	for (const block of blocks) {
		const right = Math.max(...block.map((l) => l.right));
		const top = block[0].top;
		const bottom = block.at(-1)!.bottom;
		const centre = (block[0].vertical || block.length > 1) ? (top + bottom) / 2 : block[0].base;
		const run = runBeside(rows, right, centre);
		if (run) {
			const key = `${run[0]}:${run[1]}`;
			if (!runs.has(key)) runs.set(key, []);
			runs.get(key)!.push({ block, centre });
		} else standalone.push({ top: block[0].base, text: block.map((l) => l.text.replace(/ /g, '')).join('') });
	}
	// Each label heads the rows it is centred on; the lowest label of a run takes the rows down to the run's end,
	// the one above it the rows down to where that begins, and so on (rows above the first belong to a label
	// on the page before).
	for (const [key, labels] of runs) {
		const [from, to] = key.split(':').map(Number);
		labels.sort((a, b) => b.centre - a.centre);
		let end = to;
		for (let n = labels.length - 1; n >= 0 && end >= from; n--) {
			const label = labels[n];
			const first = from + n <= end ? from + n : from;
			let start = end;
			for (let s = first; s <= end; s++) {
				if (Math.abs((rows[s].base + rows[end].base) / 2 - label.centre) < Math.abs((rows[start].base + rows[end].base) / 2 - label.centre)) start = s;
			}
			const text = label.block.map((l) => l.text.replace(/ /g, '')).join('');
			const row = rows[start];
			row.cells = [{ left: label.block[0].left, right: label.block[0].right, numeric: false, parts: [{ text, base: row.base }] }, ...row.cells];
			end = start - 1;
		}
	}
	const out: { top: number; cells: string[] }[] = [
		...rows.map((r) => ({ top: r.top, cells: [...r.cells].sort((a, b) => a.left - b.left).map(cellText) })),
		...standalone.map((s) => ({ top: s.top, cells: [s.text] })),
	];
	return out.sort((a, b) => b.top - a.top).map((r) => r.cells);
}

const NUMBERED = /^(\d{1,2})[.．、]/;

/**
 * A group label set vertically centred over an odd number of rows shares the middle row's baseline and is read
 * as that row's first cell. When the next cell is numbered n > 1 and the n - 1 rows above have nothing in the
 * label's column, down from one numbered 1, the label belongs to that first row.
 */
function moveNumberedLabels(rows: Row[]): void {
	for (let r = 0; r < rows.length; r++) {
		const cells = [...rows[r].cells].sort((a, b) => a.left - b.left);
		if (cells.length < 3 || cells[0].numeric || cells[1].numeric) continue;
		const n = Number(NUMBERED.exec(cellText(cells[1]))?.[1] ?? 0);
		if (n < 2 || r - (n - 1) < 0) continue;
		const label = cells[0];
		const target = rows[r - (n - 1)];
		const between = rows.slice(r - (n - 1), r);
		if (!between.every((x) => firstLeft(x) >= label.right - 1)) continue;
		const first = [...target.cells].sort((a, b) => a.left - b.left)[0];
		if (first.numeric || NUMBERED.exec(cellText(first))?.[1] !== '1') continue;
		rows[r].cells = rows[r].cells.filter((c) => c !== label);
		target.cells = [label, ...target.cells];
	}
}

/** Whether a row's baseline lies between two lines (then they are not one cell). */
function rowsBetween(rows: readonly Row[], upper: Line, lower: Line): boolean {
	return rows.some((r) => r.base < upper.base && r.base > lower.base && firstLeft(r) < upper.right && firstLeft(r) >= upper.left - upper.size);
}

/**
 * Where a row has room for a label cell of its own: left of its numbers, and right of a text cell it already has
 * (a line left of all its cells is rather a merged label beside it), or anywhere left of a row of numbers only.
 */
function inLabelZone(r: Row, seg: Segment): boolean {
	const numbers = r.cells.filter((c) => c.numeric).map((c) => c.left);
	if (numbers.length > 0 && seg.right > Math.min(...numbers)) return false;
	const texts = r.cells.filter((c) => !c.numeric);
	return texts.length === 0 || texts.some((c) => c.right <= seg.left);
}

/**
 * Adds wrapped lines to the cells they continue, nearest first: a line joins the text cell above or below it
 * whose nearest line is within about a line's height (so a label wrapped over several lines joins line by line,
 * and a line between two cells goes to the closer), or becomes the label of a row of numbers only, left of them.
 * Returns the lines that continue no cell.
 */
function attachWrapped(rows: readonly Row[], lonely: readonly Line[]): Line[] {
	const open = new Set(lonely.filter((l) => !l.vertical));
	for (;;) {
		let best: { line: Line; row: Row; cell: Cell | null; d: number } | null = null;
		for (const l of open) {
			const seg = l.segments[0];
			for (const r of rows) {
				if (Math.abs(r.base - l.base) > 8 * l.size) continue;
				const over = r.cells.filter((c) => c.left < seg.right && seg.left < c.right);
				let cell: Cell | null = null;
				let d: number;
				if (over.length === 1 && !over[0].numeric) {
					cell = over[0];
					d = Math.min(...cell.parts.map((p) => Math.abs(p.base - l.base)));
				} else if (over.length === 0 && inLabelZone(r, seg)) {
					d = Math.abs(r.base - l.base);
				} else continue;
				if (d <= 1.6 * l.size && (!best || d < best.d)) best = { line: l, row: r, cell, d };
			}
		}
		if (!best) break;
		const seg = best.line.segments[0];
		const part = { text: seg.text, base: best.line.base };
		if (best.cell) {
			best.cell.parts.push(part);
			best.cell.right = Math.max(best.cell.right, seg.right);
		} else best.row.cells.push({ left: seg.left, right: seg.right, numeric: false, parts: [part] });
		open.delete(best.line);
	}
	return lonely.filter((l) => l.vertical || open.has(l));
}

/**
 * The run of rows a merged label stands beside: consecutive rows whose first cell starts right of the label,
 * around its centre. Null when there is none (the label is a row of its own).
 */
function runBeside(rows: readonly Row[], right: number, centre: number): [number, number] | null {
	const beside = (r: Row): boolean => firstLeft(r) >= right - 1;
	let below = rows.findIndex((r) => r.base < centre);
	if (below < 0) below = rows.length;
	let from = below;
	let to = below - 1;
	while (from - 1 >= 0 && beside(rows[from - 1])) from--;
	while (to + 1 < rows.length && beside(rows[to + 1])) to++;
	if (from > to) return null;
	// The label must sit within the run (half a row of slack at either end), not above or below it.
	const pitch = to > from ? (rows[from].base - rows[to].base) / (to - from) : rows[from].base - rows[from].top + 20;
	if (centre > rows[from].base + pitch || centre < rows[to].base - pitch) return null;
	return [from, to];
}

interface ProseLine {
	readonly line: Line;
	readonly page: number;
	readonly leftMargin: number;
	readonly rightMargin: number;
}

/** The text of a ruled cell: its lines top to bottom, each line's runs left to right. */
function ruledCellText(items: readonly PositionedText[]): string {
	if (items.length === 0) return '';
	let text = '';
	for (const l of pageLines({ width: 0, height: 0, items })) {
		let line = '';
		let prev: Segment | null = null;
		for (const seg of l.segments) {
			line = prev ? join(line, seg.text, seg.left - prev.right, seg.size) : seg.text;
			prev = seg;
		}
		text = join(text, l.vertical ? line.replace(/ /g, '') : line, 1, 1);
	}
	return text;
}

/** What a page is read as, top to bottom: prose lines, table regions read from the text, ruled tables. */
type Unit =
	| { readonly kind: 'line'; readonly line: Line; readonly y: number }
	| { readonly kind: 'region'; readonly lines: readonly Line[]; readonly y: number }
	| { readonly kind: 'ruled'; readonly table: RuledTable; readonly y: number };

function pageUnits(lines: readonly Line[], ruled: readonly RuledTable[], body: number): Unit[] {
	const units: Unit[] = [];
	let k = 0;
	for (const region of regions(lines, body)) {
		for (; k < region.from; k++) if (!lines[k].vertical) units.push({ kind: 'line', line: lines[k], y: lines[k].base });
		units.push({ kind: 'region', lines: lines.slice(region.from, region.to + 1), y: lines[region.from].base });
		k = region.to + 1;
	}
	for (; k < lines.length; k++) if (!lines[k].vertical) units.push({ kind: 'line', line: lines[k], y: lines[k].base });
	for (const table of ruled) units.push({ kind: 'ruled', table, y: table.top });
	// Stable: lines and regions keep their order; a ruled table goes before what lies below its top.
	return units.map((u, n) => ({ u, n })).sort((a, b) => b.u.y - a.u.y || a.n - b.n).map((x) => x.u);
}

interface OpenRuled {
	readonly table: RuledTable;
	/** The cells written for each of its rows (null: a row that went on from the page before). */
	readonly rows: readonly (string[] | null)[];
}

/**
 * A cell cut by a page break goes on at the top of the next page: where the last page's table ends a column with
 * no rule drawn under it and this page's starts the same column with none above it, the text at the top of the
 * column is the rest of the cell above, and joins it (a vertical label whose last characters fall on the next page).
 */
function continueCells(prev: OpenRuled, table: RuledTable, rows: string[][]): void {
	const columns = table.columns;
	if (rows.length === 0 || columns.length !== prev.table.columns.length) return;
	if (columns.some((x, k) => Math.abs(x - prev.table.columns[k]) > 2)) return;
	const first = rows[0];
	first.forEach((text, c) => {
		const above = prev.table.bottomRow[c];
		const cells = above === null ? null : prev.rows[above];
		if (text === '' || !cells || !prev.table.openBottom[c] || !table.openTop[c]) return;
		cells[c] = join(cells[c], text, 1, 1);
		first[c] = '';
	});
}

/** Reads the pages into blocks of prose and table rows with their pages, paragraphs, tables and rows. */
export function layoutPages(pages: readonly PageText[]): SourceBlock[] {
	const ruled = pages.map((p) => (p.rules && p.rules.length > 0 ? ruledTables(p.rules, p.items) : []));
	const all = pages.map((p, n) => {
		if (ruled[n].length === 0) return pageLines(p);
		return pageLines({ ...p, items: p.items.filter((i) => !ruled[n].some((t) => t.items.has(i))) });
	});
	const drop = furniture(pages, all);
	const body = bodySize(all);
	const blocks: SourceBlock[] = [];
	let paragraph = 0;
	let table = 0;
	let row = 0;
	let open: { text: string; at: SourceLocation; last: ProseLine } | null = null;
	let tableOpen = false;
	// The ruled table that ended the last page, with the cells written for its rows, for cells cut by the break.
	let ruledOpen: OpenRuled | null = null;
	const flush = (): void => {
		if (open) blocks.push({ kind: 'paragraph', text: open.text, at: open.at });
		open = null;
	};
	all.forEach((raw, n) => {
		const lines = raw.filter((l) => !drop.has(l));
		const page = n + 1;
		const units = pageUnits(lines, ruled[n], body);
		const prose = units.flatMap((u) => (u.kind === 'line' ? [u.line] : []));
		const leftMargin = prose.length > 0 ? Math.min(...prose.map((l) => l.left)) : 0;
		const rightMargin = prose.length > 0 ? Math.max(...prose.map((l) => l.right)) : pages[n].width;
		units.forEach((unit, u) => {
			if (unit.kind === 'line') {
				const here: ProseLine = { line: unit.line, page, leftMargin, rightMargin };
				if (open && continues(open.last, here)) {
					open.text = join(open.text, unit.line.text, 1, 1);
					open.last = here;
				} else {
					flush();
					paragraph++;
					open = { text: unit.line.text, at: { page, paragraph }, last: here };
				}
				tableOpen = false;
				return;
			}
			flush();
			// A table at the top of a page goes on from the one that ended the previous page.
			if (!(tableOpen && u === 0)) {
				ruledOpen = null;
				table++;
				row = 0;
			}
			const goesOn = tableOpen && u === 0;
			if (unit.kind === 'region') {
				for (const cells of tableRows(unit.lines)) {
					row++;
					blocks.push({ kind: 'row', cells, at: { page, table, row } });
				}
				ruledOpen = null;
			} else {
				const rows = unit.table.rows.map((r) => r.cells.map(ruledCellText));
				if (goesOn && ruledOpen) continueCells(ruledOpen, unit.table, rows);
				const emitted: (string[] | null)[] = [];
				for (const cells of rows) {
					// A row whose text all went on from the page before is not a row of its own.
					if (cells.every((c) => c === '') && emitted.length === 0 && goesOn && ruledOpen) {
						emitted.push(null);
						continue;
					}
					row++;
					blocks.push({ kind: 'row', cells, at: { page, table, row } });
					emitted.push(cells);
				}
				ruledOpen = { table: unit.table, rows: emitted };
			}
			tableOpen = u === units.length - 1;
		});
	});
	flush();
	return blocks;
}

/** Whether a prose line goes on with the paragraph of the line before it. */
function continues(prev: ProseLine, cur: ProseLine): boolean {
	const a = prev.line;
	const b = cur.line;
	if (Math.abs(a.size - b.size) > 0.5) return false;
	const em = b.size;
	const centred = (p: ProseLine): boolean => p.line.left - p.leftMargin > em && Math.abs((p.line.left + p.line.right) / 2 - (p.leftMargin + p.rightMargin) / 2) < 1.5 * em;
	// A title set centred over two lines.
	if (centred(prev) && centred(cur) && prev.page === cur.page && a.base - b.base <= 2.2 * em) return true;
	if (b.left > cur.leftMargin + em) return false;
	if (a.right < prev.rightMargin - 1.5 * em) return false;
	if (prev.page === cur.page && a.base - b.base > 2.2 * em) return false;
	return true;
}
