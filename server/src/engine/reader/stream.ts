import { valueOf, type RawCell, type RawRow } from '../syntax/rows';
import type { Span } from '../text/span';
import { UNITS } from '../text/value';
import { isProse } from './cells';
import { isOverLabel, splitLabel } from './labels';

/**
 * A table's region as a stream of pieces, whatever its layout: a tokenizer, not a reader.
 * Line breaks, tabs, pipes and blank lines only decide how pieces group; each new layout is a rule here.
 *
 * - `cells`: a delimited row (tabs, pipes, `<tr>`): its label cells and value cells belong together.
 * - `label`: label text outside a delimited row, consecutive fragments joined (a label wrapped over lines).
 * - `values`: numbers, blanks and placeholders outside a delimited row, consecutive ones joined.
 */
export type Element =
	| { readonly type: 'cells'; readonly labels: readonly RawCell[]; readonly values: readonly RawCell[]; readonly raw: RawRow }
	| { readonly type: 'label'; readonly pieces: readonly RawCell[]; readonly lastLine: number; readonly raw: RawRow }
	| { readonly type: 'values'; readonly values: readonly RawCell[]; readonly firstLine: number; readonly raw: RawRow };

/** More cells than any table row has: a flattened page, not a row. */
const MAX_ROW_CELLS = 40;

/** Page numbers a PDF or Word export leaves inside a table: `- 3 -`, `— 7 —`, `-1-`, `第 3 页`. */
const PAGE_NUMBER = /^(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)$/;
/** Characters of the vertical merged label 三、本年度办理结果, which PDF text scatters between rows. */
const VERTICAL = /^[三、,，.本年度办理结果\s]{1,4}$/;

const UNIT_WORDS: ReadonlySet<string> = new Set(UNITS);

/** Whether a piece of text is a page number (a line of its own, or a token inside one). */
export function isPageNumber(text: string): boolean {
	return text.length <= 16 && mayBePageNumber(text) && PAGE_NUMBER.test(text.trim());
}

/** A page number starts with a dash or 第 (after white space): most text is ruled out without a regex. */
function mayBePageNumber(text: string): boolean {
	const c = text.trimStart().charCodeAt(0);
	return isDash(c) || c === 0x7b2c /* 第 */;
}

/** -, —, – or －: the dashes around a page number. */
function isDash(c: number): boolean {
	return c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d;
}

function isValue(cell: RawCell): boolean {
	return valueOf(cell).kind !== 'text';
}

/** Whether a token is layout debris: a piece of the vertical label, a stray pipe, a page marker, a heading mark. */
function isNoise(text: string): boolean {
	// Every kind of debris is short; most label pieces are longer and need no regex.
	if (text.length > 16) return false;
	return text === '|' || (text.charCodeAt(0) === 35 /* # */ && /^#{1,6}$/.test(text)) || (text.length <= 4 && VERTICAL.test(text)) || isPageNumber(text);
}

/** Whether a plain row's last token ends in a pipe: the row is a cell of a flattened web table (`0 |`). */
function endsWithPipe(raw: RawRow): boolean {
	const cells = raw.cells;
	return cells.length > 0 && cells[cells.length - 1].text.endsWith('|');
}

/**
 * The pieces of a plain line (split on white space): a line ending in ` |` is one cell of a flattened web
 * table (an empty one when nothing precedes the pipe, one per pipe in a line of pipes only: a row's padding);
 * `- 3 -` is a page number. `closes` says the line is a lone pipe closing the cell on the line above
 * (`0` then `|`, an extractor that puts each cell's end on a line of its own): it holds no cell.
 */
function plainPieces(raw: RawRow, closes: boolean): RawCell[] {
	let cells = raw.cells;
	if (cells.length === 0) return [];
	if (cells.length === 1 && cells[0].text.charCodeAt(0) === 124 /* | */ && /^\|+$/.test(cells[0].text)) {
		if (closes && cells[0].text === '|') return [];
		const at = cells[0].span.start;
		return Array.from(cells[0].text, (_, k) => ({ text: '', span: { start: at + k, end: at + k } }));
	}
	const last = cells[cells.length - 1];
	if (last.text.endsWith('|')) {
		// The cell is the line without its closing pipe, whether the pipe stands apart (`0 |`) or is glued (`0|`).
		const t = last.text.replace(/\|+$/, '');
		const body = cells.slice(0, -1);
		if (t !== '') body.push({ text: t, span: { start: last.span.start, end: last.span.start + t.length } });
		if (body.length <= 1) return body;
		// One cell however many words: a label with spaces or a note (本年新 制作数量 |); numbers stay apart.
		if (!isValue(body[0])) return [{ text: body.map((c) => c.text).join(' '), span: { start: body[0].span.start, end: body[body.length - 1].span.end } }];
		cells = body;
	}
	// A page number is a few short tokens (`- 3 -`); only such lines are joined to check.
	if (cells.length <= 5 && mayBePageNumber(cells[0].text) && isPageNumber(cells.map((c) => c.text).join(' '))) return [];
	const out: RawCell[] = [];
	for (let k = 0; k < cells.length; k++) {
		let c = unglued(cells[k], out);
		// `- 3 -` split into three tokens inside a line; its first dash may be glued to the words before it
		// (`申请— 5 —`, lines joined without a break): the words stay, the page number goes.
		if (k + 2 < cells.length && isDash(c.text.charCodeAt(c.text.length - 1)) && /^\d{1,3}$/.test(cells[k + 1].text) && /^[-—–－]+$/.test(cells[k + 2].text)) {
			const words = c.text.replace(/[-—–－]+$/, '');
			k += 2;
			if (words === '') continue;
			c = { text: words, span: { start: c.span.start, end: c.span.start + words.length } };
		}
		if (isNoise(c.text)) continue;
		if (gluedDigits(c, out)) continue;
		// A unit written apart from its number (`10807.1713 万元`) belongs to the number.
		const prev = out[out.length - 1];
		if (prev && c.text.length <= 2 && UNIT_WORDS.has(c.text) && valueOf(prev).kind === 'number' && valueOf(prev).unit === null) {
			out[out.length - 1] = { text: `${prev.text} ${c.text}`, span: { start: prev.span.start, end: c.span.end } };
			continue;
		}
		out.push(c);
	}
	return out;
}

/** A row label with its numbers run into it, the separators lost (规章000, 行政事业性收费00). */
const GLUED = /^([\u4e00-\u9fff][^\d]*[\u4e00-\u9fff）)])(\d+)$/;

/**
 * A label and its numbers written without separators (a page that dropped its table's cells: 规章000): the
 * label and the numbers become pieces of their own, pushed to `out`. A run of zeros is that many cells (no
 * count starts with 0); other digits stay one piece, since where one number ends the text does not say.
 */
function gluedDigits(cell: RawCell, out: RawCell[]): boolean {
	const c = cell.text.charCodeAt(cell.text.length - 1);
	if (c < 48 || c > 57 || cell.text.length > 40) return false;
	const m = GLUED.exec(cell.text);
	if (!m) return false;
	const at = cell.span.start;
	const digits = at + m[1].length;
	out.push({ text: m[1], span: { start: at, end: digits } });
	if (/^0{2,}$/.test(m[2])) for (let k = 0; k < m[2].length; k++) out.push({ text: '0', span: { start: digits + k, end: digits + k + 1 } });
	else out.push({ text: m[2], span: { start: digits, end: cell.span.end } });
	return true;
}

/**
 * A block marker glued to the words before it (情况第二十条第（一）项, lines joined without a break): the
 * words before it become a piece of their own, pushed to `out`, and the marker is returned.
 */
function unglued(cell: RawCell, out: RawCell[]): RawCell {
	const at = cell.text.indexOf('第二十条第', 1);
	if (at < 0) return cell;
	out.push({ text: cell.text.slice(0, at), span: { start: cell.span.start, end: cell.span.start + at } });
	return { text: cell.text.slice(at), span: { start: cell.span.start + at, end: cell.span.end } };
}

/** A Markdown table's separator cell (`---`, `:--:`): layout, not a cell. */
const SEPARATOR = /^:?-{3,}:?$/;
/** The cells of a line that `splitRows` takes for a separator line when all its cells are such. */
const DASHES = /^:?-+:?$/;

/**
 * The words of a delimited line read as flattened text: each cell split on white space (a row's end and the
 * next row's label share a cell where lines were joined by a space), empty cells and Markdown separators left
 * out, as blank cells are in any flattened text; then the rules of plain lines (page numbers, units).
 */
function wordsOf(raw: RawRow): RawCell[] {
	const words: RawCell[] = [];
	for (const cell of raw.cells) {
		const t = cell.text;
		if (t === '' || SEPARATOR.test(t)) continue;
		const from = words.length;
		for (const m of t.matchAll(/[^\s\u3000]+/gu)) {
			if (!SEPARATOR.test(m[0])) words.push({ text: m[0], span: { start: cell.span.start + m.index, end: cell.span.start + m.index + m[0].length } });
		}
		// A cell of one or two characters apart (果 维 持, 总 计: a header a PDF spaced out) is one word, not
		// characters; a cell holding longer words may be a row's end and the next row's label, and stays split.
		if (words.length - from > 1 && words.slice(from).every((w) => w.text.length <= 2 && !isValue(w))) words.splice(from, words.length - from, cell);
	}
	return plainPieces({ ...raw, cells: words }, false);
}

/**
 * A Markdown table whose lines a crawler joined into one line, split back into its rows where it is certain
 * where one line ended: at a narrow empty cell (`| |`, `||`: a row's closing pipe met the next row's opening
 * one) before a label, a number or a separator run, and around separator runs. Text that follows a row's
 * numbers or a separator run without such a joint stood between the table's lines (a label printed apart,
 * a page number): it becomes a plain row of its words, and the next cell opens a row. So a label is taken
 * with numbers only where they shared a row, as on the lines themselves; what the joints leave unclear
 * (a narrow empty cell between numbers, which may be a blank cell) splits rather than joins, so the
 * reader finds short rows, never cells shifted into the wrong row.
 */
export function unjoined(raw: RawRow): RawRow[] {
	const parts: RawRow[] = [];
	const part = (style: RawRow['style'], cells: readonly RawCell[]) => {
		// A row of dashes only is a separator line, as on lines of their own (`| - | - |`).
		if (style === 'pipe' && cells.every((c) => DASHES.test(c.text))) return;
		if (cells.length > 0) parts.push({ style, cells, span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end }, firstLine: raw.firstLine, lastLine: raw.lastLine });
	};
	let row: RawCell[] = [];
	let hasValue = false;
	// A row may open here: at the line's first pipe, after a joint, after text that stood between rows
	// (text at the very start of the line stands before the first pipe: the report's prose).
	let canOpen = raw.cells.length === 0 || raw.cells[0].span.start > raw.span.start;
	let joint: RawCell | null = null;
	const close = () => {
		part('pipe', row);
		row = [];
		hasValue = false;
	};
	for (const cell of raw.cells) {
		if (SEPARATOR.test(cell.text)) {
			close();
			joint = null;
			canOpen = false;
			continue;
		}
		if (joint) {
			// A narrow empty cell before another empty cell was a cell of its row; before anything else, a joint.
			if (cell.text === '') row.push(joint);
			else {
				close();
				canOpen = true;
			}
			joint = null;
		}
		if (cell.text === '') {
			if (row.length === 0) {
				// After a separator run, the joint of its line and the next (wider where a blank line stood between);
				// where a row may open, a row opening with an empty cell.
				if (canOpen) row.push(cell);
				else canOpen = true;
				continue;
			}
			if (cell.narrow) joint = cell;
			else row.push(cell);
			continue;
		}
		const value = isValue(cell);
		if (row.length === 0 && !canOpen) {
			// After a separator run, with no joint: text that stood on lines of its own, then the next row opens.
			part('plain', wordsIn(cell));
			canOpen = true;
			continue;
		}
		if (!value && hasValue) {
			// Text after a row's numbers with no joint: the row closed, the text stood between rows, the next row opens.
			close();
			part('plain', wordsIn(cell));
			canOpen = true;
			continue;
		}
		row.push(cell);
		hasValue ||= value;
		canOpen = false;
	}
	close();
	return parts;
}

/** A cell's words, split on white space, with their spans. */
function wordsIn(cell: RawCell): RawCell[] {
	const words: RawCell[] = [];
	for (const m of cell.text.matchAll(/[^\s\u3000]+/gu)) words.push({ text: m[0], span: { start: cell.span.start + m.index, end: cell.span.start + m.index + m[0].length } });
	return words;
}

/**
 * How many empty lines part two cells in a layout of one cell per paragraph (`0`, empty line, `0`), or 0
 * where the region's cells are not paragraphs. Some extractors write an empty cell as one more line break,
 * so a longer gap holds empty cells; the usual gap is found by counting, not assumed.
 */
function paragraphGap(rows: readonly RawRow[], region: Span): number {
	const counts = new Map<number, number>();
	let total = 0;
	let last = -1;
	for (const raw of rows) {
		if (raw.span.end <= region.start) continue;
		if (raw.span.start >= region.end) break;
		if (raw.style !== 'plain' || isProse(raw) || raw.cells.length !== 1) {
			last = -1;
			continue;
		}
		if (last >= 0) {
			const gap = raw.firstLine - last - 1;
			counts.set(gap, (counts.get(gap) ?? 0) + 1);
			total++;
		}
		last = raw.lastLine;
	}
	let best = 0;
	for (const [gap, n] of counts) if (n > (counts.get(best) ?? 0)) best = gap;
	// Paragraphs only where nearly every cell stands one gap from the next.
	return best >= 1 && total >= 8 && (counts.get(best) ?? 0) >= total * 0.6 ? best : 0;
}

/**
 * The stream of a region's rows. `stop` ends the stream (the next table's header); `skip` drops header rows.
 * Prose lines and rows longer than any label are left out.
 */
export function streamOf(
	rows: readonly RawRow[], region: Span, stop: (raw: RawRow) => boolean, skip: (raw: RawRow) => boolean, stopPiece: (text: string) => boolean = () => false,
): { elements: Element[]; skipped: Span[] } {
	const elements: Element[] = [];
	const skipped: Span[] = [];
	let label: RawCell[] = [];
	let labelRaw: RawRow | null = null;
	let labelLine = -1;
	let values: RawCell[] = [];
	let valuesRaw: RawRow | null = null;
	let valuesLine = -1;
	const flushLabel = () => {
		if (label.length > 0 && labelRaw) elements.push({ type: 'label', pieces: label, lastLine: labelLine, raw: labelRaw });
		label = [];
	};
	const flushValues = () => {
		if (values.length > 0 && valuesRaw) elements.push({ type: 'values', values, firstLine: valuesLine, raw: valuesRaw });
		values = [];
	};
	let previous: RawRow | null = null;
	const gap = paragraphGap(rows, region);
	/** Adds a row's pieces to the stream; false where the stream stops. `joined`: a piece of a line that held several rows. */
	const visit = (raw: RawRow, joined: boolean): boolean => {
		const above = previous;
		previous = raw;
		if (isProse(raw)) return true;
		// A whole page on one line (crawler text), or a line the region cuts, is no header row: its pieces are looked at one by one.
		// So is a delimited line holding more cells than any row (lines joined by a crawler: tab or pipe rows run together),
		// and text that stood between the rows of a Markdown table joined into one line.
		const flattened = (raw.style === 'plain' && joined)
			|| ((raw.style === 'plain' || raw.style === 'tab' || (raw.style === 'pipe' && raw.cells.length > MAX_ROW_CELLS))
				&& (raw.cells.length > MAX_ROW_CELLS || raw.span.start < region.start || raw.span.end > region.end));
		if (!flattened && stop(raw)) return false;
		if (!flattened && skip(raw)) {
			skipped.push(raw.span);
			return true;
		}
		if (raw.style !== 'plain' && !flattened) {
			const split = splitOf(raw);
			if (split === null) return true;
			const { labels, values: cells, labelled } = split;
			// `8 | ||||` under `0 |` lines: a flattened row's last cell and its padding continue the numbers above.
			if (raw.style === 'pipe' && !joined && !labelled && values.length > 0 && above?.lastLine === raw.firstLine - 1 && above.style === 'plain' && endsWithPipe(above)) {
				values.push(...cells);
				return true;
			}
			flushLabel();
			flushValues();
			elements.push({ type: 'cells', labels, values: cells, raw });
			return true;
		}
		const closes = !joined && above !== null && above.style === 'plain' && above.lastLine === raw.firstLine - 1 && !endsWithPipe(above);
		// Paragraph cells: each empty line beyond the usual gap is an empty cell, after the cell above.
		if (gap > 0 && !joined && above !== null && above.style === 'plain' && !isProse(above) && above.cells.length === 1 && raw.cells.length === 1) {
			const at = above.span.end;
			for (let k = raw.firstLine - above.lastLine - 1; k > gap; k--) {
				if (values.length === 0) {
					flushLabel();
					valuesRaw = above;
					valuesLine = above.lastLine;
				}
				values.push({ text: '', span: { start: at, end: at } });
			}
		}
		for (const piece of piecesOf(raw, closes)) {
			if (piece.span.start < region.start || piece.span.end > region.end) continue;
			if (isValue(piece)) {
				if (values.length === 0) {
					flushLabel();
					valuesRaw = raw;
					valuesLine = raw.firstLine;
				}
				values.push(piece);
			} else {
				if (isOverLabel(piece.text)) continue;
				if (flattened && stopPiece(piece.text)) return false;
				if (label.length === 0) {
					flushValues();
					labelRaw = raw;
				}
				label.push(piece);
				labelLine = raw.lastLine;
			}
		}
		return true;
	};
	outer: for (const raw of rows) {
		if (raw.span.end <= region.start) continue;
		if (raw.span.start >= region.end) break;
		// A pipe line longer than any row, or one the region cuts (a section heading inside it), held several rows.
		if (raw.style !== 'pipe' || (raw.cells.length <= MAX_ROW_CELLS && raw.span.start >= region.start && raw.span.end <= region.end)) {
			if (!visit(raw, false)) break;
			continue;
		}
		for (const part of unjoined(raw)) {
			if (part.span.end <= region.start) continue;
			if (part.span.start >= region.end) break outer;
			if (!visit(part, true)) break outer;
		}
	}
	flushLabel();
	flushValues();
	return { elements, skipped };
}

/**
 * A delimited row's labels (layout debris left out) and values, split once per row and kept on it; null for a
 * row that is prose (a label cell longer than any label) or holds nothing (empty cells only).
 */
function splitOf(raw: RawRow): { readonly labels: readonly RawCell[]; readonly values: readonly RawCell[]; readonly labelled: boolean } | null {
	if (raw.split !== undefined) return raw.split;
	const { labels, values } = splitLabel(raw.cells);
	let kept: RawCell[] = labels;
	if (labels.some((l) => isOverLabel(l.text)) || (labels.length === 0 && values.every((c) => c.text === ''))) return (raw.split = null);
	if (labels.some((l) => isNoise(l.text))) kept = labels.filter((l) => !isNoise(l.text));
	return (raw.split = { labels: kept, values, labelled: labels.length > 0 });
}

/** A row's pieces (see `plainPieces`, `wordsOf`), made once per row and kept on it. */
function piecesOf(raw: RawRow, closes: boolean): readonly RawCell[] {
	const slot = raw.style === 'plain' && closes ? 1 : 0;
	const memo = (raw.pieces ??= [undefined, undefined]);
	return (memo[slot] ??= raw.style === 'plain' ? plainPieces(raw, closes) : wordsOf(raw));
}

/** The label text of pieces, joined without the spaces a line break or a PDF put between them. */
export function joined(pieces: readonly RawCell[]): RawCell {
	if (pieces.length === 1) return { text: pieces[0].text, span: { start: pieces[0].span.start, end: pieces[0].span.end } };
	return { text: pieces.map((p) => p.text).join(''), span: { start: pieces[0].span.start, end: pieces[pieces.length - 1].span.end } };
}
