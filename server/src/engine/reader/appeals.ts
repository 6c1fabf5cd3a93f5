import { APPEAL_CELLS, APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_SUITS } from '../format/tables';
import type { AppealsTable, Row } from '../model';
import { valueOf, type RawRow } from '../syntax/rows';
import { core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { buildCells, envelope, isGrid, isNumbersOnly, isProse, rowsIn } from './cells';
import { isLabelCell } from './labels';

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
	for (const c of raw.cells) if (c.text !== '' && valueOf(c).kind === 'text' && isHeaderWord(c.text)) n++;
	return n;
}

/**
 * Reads table 四: header rows (行政复议 | 行政诉讼 …, 结果维持 | 结果纠正 …) followed by one row of
 * 15 values and no label. The values are assigned by position only below a header whose cells can be
 * read; under a header a PDF extractor scattered character by character the table is `unparsed`.
 */
/** A readable header row of table 四; table 三 ends where one begins (000 lost the heading between them). */
export function isAppealsHeader(raw: RawRow): boolean {
	const score = headerScore(raw);
	return isGrid(raw) ? score >= 3 : score >= 8;
}

export function readAppeals(rows: readonly RawRow[], region: Span, inSection: boolean): AppealsTable | null {
	const inRegion = rowsIn(rows, region);
	const evidence: Span[] = [];
	let gridHeader = false;
	for (let k = 0; k < inRegion.length; k++) {
		const raw = inRegion[k];
		if (isProse(raw)) continue;
		const score = headerScore(raw);
		if (!isAppealsHeader(raw)) {
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
			const built = buildCells(APPEAL_CELLS.map((c) => ({ ...c.column, key: `${c.group.key}.${c.column.key}` })), next.cells, next.span.end);
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
	const text = raw.cells.map((c) => c.text).join('');
	if (text.length > 30 || /[。，,；;：:]/.test(text)) return false;
	const t = core(text);
	return (t.includes('行政复议') || t.includes('行政诉讼')) && !t.includes('申请');
}
