import { APPEAL_CELLS, APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_SUITS } from '../format/tables';
import type { AppealsTable, Row } from '../model';
import { valueOf, type RawCell, type RawRow } from '../syntax/rows';
import { core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { buildCells, envelope, isGrid, isNumbersOnly, isProse, rowsIn } from './cells';
import { isLabelCell } from './labels';
import { streamOf } from './stream';

const COLUMN_WORDS = APPEAL_COLUMNS.map((c) => core(c.label));
const GROUP_WORDS = [...APPEAL_GROUPS.map((g) => core(g.label)), core(APPEAL_SUITS)];
const CELL_COUNT = APPEAL_CELLS.length;
/** Longer cells are prose, never a header word (the longest is 行政诉讼：未经复议直接起诉). */
const MAX_HEADER_CELL = 24;
/** How far below its header the data row may be (header rows and junk rows in between). */
const LOOKAHEAD = 6;

/** A header cell, also when damaged: 果 维 持 (first character lost) still names 结果维持. */
function isColumnWord(text: string): boolean {
	const t = core(text);
	return t.length >= 2 && COLUMN_WORDS.some((w) => w.includes(t) || t.includes(w));
}

/** Whether a cell reads as a header word of table 四 (prose is never one). */
const isHeaderWord = memoize((text: string): boolean => {
	if (text === '' || text.length > MAX_HEADER_CELL) return false;
	const t = core(text);
	return t !== '' && (isColumnWord(text) || GROUP_WORDS.some((g) => t === g || t.endsWith(g)));
});

/** How many cells of the row read as table 四 header words. */
export function headerScore(raw: RawRow): number {
	let n = 0;
	// Header words start with a Chinese character: numbers and empty cells need no closer look.
	for (const c of raw.cells) if (c.text.charCodeAt(0) >= 0x2e80 && c.text.length <= MAX_HEADER_CELL && valueOf(c).kind === 'text' && isHeaderWord(c.text)) n++;
	return n;
}

/**
 * Reads table 四: header rows (行政复议 | 行政诉讼 …, 结果维持 | 结果纠正 …) followed by one row of
 * 15 values and no label. The values are assigned by position only below a header whose cells can be
 * read; under a header a PDF extractor scattered character by character the table is `unparsed`.
 */
/** A readable header row of table 四; table 三 ends where one begins (000 lost the heading between them). */
export function isAppealsHeader(raw: RawRow): boolean {
	// A row with fewer Chinese cells than the score it needs is no header: most rows are ruled out without a lookup.
	const need = isGrid(raw) ? 3 : 8;
	if (raw.cells.length < need) return false;
	let candidates = 0;
	for (const c of raw.cells) if (c.text.charCodeAt(0) >= 0x2e80 && c.text.length <= MAX_HEADER_CELL) candidates++;
	return candidates >= need && isHeaderOfScore(raw, headerScore(raw));
}

function isHeaderOfScore(raw: RawRow, score: number): boolean {
	return isGrid(raw) ? score >= 3 : score >= 8;
}

/**
 * Reads table 四: first as header rows over a row of 15 cells; where that finds no row, as a stream (one
 * value per paragraph, cells ending in ` |`, three small tables under their group names, a row of 15
 * numbers under a header a PDF extractor broke into fragments).
 */
export function readAppeals(rows: readonly RawRow[], region: Span, inSection: boolean): AppealsTable | null {
	const byRows = readAppealsByRows(rows, region, inSection);
	if (byRows && byRows.status === 'parsed' && byRows.rows.length > 0 && byRows.rows[0].cells.every((c) => !c.missing)) return byRows;
	const stream = readAppealsStream(rows, region);
	return stream && (stream.status === 'parsed' || !byRows) ? stream : byRows;
}

function readAppealsByRows(rows: readonly RawRow[], region: Span, inSection: boolean): AppealsTable | null {
	const inRegion = rowsIn(rows, region);
	const evidence: Span[] = [];
	let gridHeader = false;
	for (let k = 0; k < inRegion.length; k++) {
		const raw = inRegion[k];
		if (isProse(raw)) continue;
		const score = headerScore(raw);
		if (!isHeaderOfScore(raw, score)) {
			if (score >= 2) evidence.push(raw.span);
			else if (evidence.length > 0 && isNumbersOnly(raw)) evidence.push(raw.span);
			continue;
		}
		evidence.push(raw.span);
		gridHeader ||= isGrid(raw);
		for (let j = k + 1; j < inRegion.length && j <= k + LOOKAHEAD; j++) {
			const next = inRegion[j];
			if (headerScore(next) >= 2) {
				evidence.push(next.span);
				continue;
			}
			if (next.cells.some(isLabelCell)) continue;
			if (!isGrid(next) && next.cells.length !== CELL_COUNT) break;
			if (next.cells.every((c) => c.text === '') && next.cells.length < APPEAL_COLUMNS.length) continue;
			const built = buildCells(APPEAL_CELLS.map((c) => ({ ...c.column, key: c.key })), next.cells, next.span.end);
			const anchor = next.cells[0];
			const row: Row = {
				key: 'appeals', label: { text: '', span: { start: anchor.span.start, end: anchor.span.start } }, span: next.span,
				cells: built.cells, extraCells: built.extra, style: next.style,
			};
			return {
				key: 'appeals', status: 'parsed', span: envelope([...evidence, next.span]), version: null,
				rows: [row], extraRows: [], missingRows: [], style: next.style, unplaced: [],
			};
		}
	}
	if (gridHeader) {
		return { key: 'appeals', status: 'parsed', span: envelope(evidence), version: null, rows: [], extraRows: [], missingRows: ['appeals'], style: 'tab', unplaced: [] };
	}
	if (!inSection || evidence.length < 2) return null;
	const span = envelope(evidence);
	return { key: 'appeals', status: 'unparsed', span, version: null, rows: [], extraRows: [], missingRows: [], style: 'plain', unplaced: [{ keys: ['appeals'], span, reason: 'scattered', found: 0, expected: 1 }] };
}

/**
 * Where table 三's stream ends: table 四's header, also when a PDF extractor flattened it into short
 * fragments (行政复议行政诉讼); a sentence that mentions 行政复议 is prose, not a header.
 */
export function isAppealsStart(raw: RawRow): boolean {
	if (isAppealsHeader(raw)) return true;
	if (raw.cells.length > 4) return false;
	// Both names end in 议 or 讼 (議, 訟 in Traditional), which most rows lack: looked for before any text is joined.
	let length = 0;
	let named = false;
	for (const c of raw.cells) {
		length += c.text.length;
		named ||= NAME_END.test(c.text);
	}
	if (length > 30 || !named) return false;
	const text = raw.cells.map((c) => c.text).join('');
	if (/[。，,；;：:]/.test(text)) return false;
	return startsAppeals(text);
}

const NAME_END = /[议議讼訟]/;

/** A short text naming table 四 (its heading or header), not a row of table 三. */
export function startsAppeals(text: string): boolean {
	const t = core(text);
	return (t.includes('行政复议') || t.includes('行政诉讼')) && !t.includes('申请');
}

/**
 * A piece of text where table 三's stream ends on a flattened line: table 四's heading or header, also a
 * header fragment naming a column only table 四 has (果 维 持, 尚未审结), as where its heading was lost.
 */
export function startsAppealsPiece(text: string): boolean {
	return startsAppeals(text) || (isHeaderFragment(text) && /维持|纠正|审结/.test(core(text)));
}

/** The four-character column labels of a group (结果维持 结果纠正 其他结果 尚未审结), without 总计. */
const LONG_COLUMNS = APPEAL_COLUMNS.map((c) => c.label).filter((l) => l.length === 4);

/**
 * A line of table 四's header printed across its columns one character each, where a PDF prints each
 * label upright: 结 结 其 尚 (the first characters of the four long columns, in the format's order), repeated
 * for each group the line crosses, with 总计's characters (shorter, so placed beside other depths) left
 * aside. Such lines show the columns in the format's order (null: not such a line; false: one that
 * contradicts the order); one character a line (004) shows no order.
 */
function charactersAcross(raw: RawRow): boolean | null {
	if (raw.style !== 'plain' || raw.cells.length < LONG_COLUMNS.length) return null;
	const chars: string[] = [];
	for (const c of raw.cells) {
		if (c.text === '总' || c.text === '计' || c.text === '总计') continue;
		if (c.text.length !== 1 || !HEADER_CHARS.has(c.text)) return null;
		chars.push(c.text);
	}
	if (chars.length < LONG_COLUMNS.length) return null;
	if (chars.length % LONG_COLUMNS.length !== 0) return false;
	for (let depth = 0; depth < 4; depth++) {
		if (chars.every((ch, k) => LONG_COLUMNS[k % LONG_COLUMNS.length][depth] === ch)) return true;
	}
	return false;
}

/** Characters of table 四's header words; a fragment made only of them is a piece of its header. */
const HEADER_CHARS = new Set([...'行政复议诉讼未经直接起诉后结果维持纠正其他尚未审结总计（）()、:：']);
const GROUP_OF: readonly [RegExp, number][] = [[/复议后/, 2], [/未经复议|直接起诉/, 1], [/^行政复议$/, 0]];

function isHeaderFragment(text: string): boolean {
	const t = core(text);
	if (t === '' || t.length > MAX_HEADER_CELL) return false;
	for (const ch of t) if (!HEADER_CHARS.has(ch)) return false;
	return true;
}

/**
 * Table 四 as a stream: after the first header fragment, the next 15 values are its cells, in order.
 * Group names (行政复议, 未经复议直接起诉, 复议后起诉) written before their five values must agree with
 * the position; text that is not a header ends the table. Fewer than 15 values: nothing is guessed.
 */
function readAppealsStream(rows: readonly RawRow[], region: Span): AppealsTable | null {
	const { elements } = streamOf(rows, region, () => false, () => false);
	const evidence: Span[] = [];
	const values: { cell: RawCell; group: number | null }[] = [];
	let group: number | null = null;
	let started = false;
	let consistent = true;
	// Column words of two characters or more: a header scattered character by character (004) orders nothing.
	let columnsNamed = false;
	let style: RawRow['style'] = 'plain';
	outer: for (const e of elements) {
		const labels = e.type === 'cells' ? e.labels : e.type === 'label' ? e.pieces : [];
		for (const l of labels) {
			// The table starts at a word only table 四 has; 总计 and 其他 are also table 三's.
			if (isHeaderFragment(l.text) && (started || /复议|诉讼|维持|纠正|审结/.test(core(l.text)))) {
				started = true;
				evidence.push(l.span);
				const t = core(l.text);
				if (/维持|纠正|审结|尚未|结果/.test(t)) columnsNamed = true;
				const hit = GROUP_OF.find(([re]) => re.test(t));
				// Group names in the header all come before the values; only a name between values places them.
				if (hit) group = values.length > 0 ? hit[1] : null;
			} else if (started && values.length > 0) break outer;
		}
		if (!started) continue;
		let cells: readonly RawCell[] = e.type === 'cells' ? e.values : e.type === 'values' ? e.values : [];
		if (e.type === 'cells') {
			let to = cells.length;
			while (to > 0 && cells[to - 1].text === '') to--;
			cells = cells.slice(0, to);
		}
		for (const c of cells) {
			if (values.length === CELL_COUNT) break outer;
			if (values.length === 0) style = e.raw.style;
			if (group !== null && values.length % APPEAL_COLUMNS.length === 0 && values.length / APPEAL_COLUMNS.length !== group) consistent = false;
			values.push({ cell: c, group });
			group = null;
		}
	}
	if (!started || values.length === 0) return null;
	// A header printed one character a line across its columns (结 结 其 尚 / 果 果 他 未 …) names them in order too.
	if (!columnsNamed) {
		const across = rowsIn(rows, region).map(charactersAcross).filter((fits) => fits !== null);
		columnsNamed = across.length > 0 && across.every((fits) => fits);
	}
	const spans = [...evidence, ...values.map((v) => v.cell.span)];
	const span = envelope(spans);
	if (values.length < CELL_COUNT || !consistent || !columnsNamed) {
		return { key: 'appeals', status: 'unparsed', span, version: null, rows: [], extraRows: [], missingRows: [], style, unplaced: [{ keys: ['appeals'], span, reason: values.length < CELL_COUNT ? 'width' : 'scattered', found: values.length, expected: CELL_COUNT }] };
	}
	const cells = values.map((v) => v.cell);
	const last = cells[cells.length - 1].span.end;
	const built = buildCells(APPEAL_CELLS.map((c) => ({ ...c.column, key: `${c.group.key}.${c.column.key}` })), cells, last);
	const first = cells[0].span.start;
	const row: Row = { key: 'appeals', label: { text: '', span: { start: first, end: first } }, span: { start: first, end: last }, cells: built.cells, extraCells: built.extra, style };
	return { key: 'appeals', status: 'parsed', span, version: null, rows: [row], extraRows: [], missingRows: [], style, unplaced: [] };
}
