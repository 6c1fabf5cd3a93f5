import type { LineIndex } from '../text/lineIndex';
import type { RawCell, RawRow } from './rows';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ' };

/** Decodes the character references a pasted web page uses. */
export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * Reads the rows of an HTML `<table>` starting at `from`, up to its `</table>` (or the end of the text).
 * A cell's text is its content without tags, entities decoded; its span runs from the first to the last
 * visible character of the content, so edits replace text and keep the markup around it.
 */
export function readHtmlTable(text: string, from: number, lines: LineIndex, firstLine: number): { rows: RawRow[]; nextLine: number } {
	const rows: RawRow[] = [];
	const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
	tag.lastIndex = from;
	let depth = 0;
	let cells: RawCell[] | null = null;
	let rowStart = from;
	let cellStart = -1;
	let end = text.length;
	const closeCell = (at: number): void => {
		if (cellStart >= 0 && cells) cells.push(htmlCell(text, cellStart, at));
		cellStart = -1;
	};
	for (let m = tag.exec(text); m; m = tag.exec(text)) {
		const closing = m[1] === '/';
		const name = m[2].toLowerCase();
		if (name === 'table') {
			depth += closing ? -1 : 1;
			if (depth === 0) {
				closeCell(m.index);
				end = m.index + m[0].length;
				break;
			}
		} else if (name === 'tr') {
			closeCell(m.index);
			if (cells && cells.length > 0) rows.push(rowOf(cells, rowStart, closing ? m.index + m[0].length : m.index));
			cells = closing ? null : [];
			rowStart = m.index;
		} else if (name === 'td' || name === 'th') {
			closeCell(m.index);
			if (!closing) {
				if (!cells) {
					cells = [];
					rowStart = m.index;
				}
				cellStart = m.index + m[0].length;
			}
		}
	}
	closeCell(end);
	if (cells && cells.length > 0) rows.push(rowOf(cells, rowStart, end));
	let cursor = firstLine;
	const placed = rows.map((r) => {
		while (cursor + 1 < lines.lineCount && lines.startOf(cursor + 1) <= r.span.start) cursor++;
		let last = cursor;
		while (last + 1 < lines.lineCount && lines.startOf(last + 1) < r.span.end) last++;
		return { ...r, firstLine: cursor, lastLine: last };
	});
	let next = cursor;
	while (next < lines.lineCount && lines.startOf(next) < end) next++;
	return { rows: placed, nextLine: Math.max(next, firstLine + 1) };
}

function rowOf(cells: RawCell[], start: number, end: number): RawRow {
	return { style: 'html', cells, span: { start, end }, firstLine: 0, lastLine: 0 };
}

/** The visible content of `text[start, end)`: tags skipped, entities decoded. */
function htmlCell(text: string, start: number, end: number): RawCell {
	let out = '';
	let first = -1;
	let last = -1;
	const inner = text.slice(start, end);
	const parts = /<[^>]*>|[^<]+/g;
	for (let m = parts.exec(inner); m; m = parts.exec(inner)) {
		if (m[0][0] === '<') {
			if (/^<br\b/i.test(m[0])) out += '\n';
			continue;
		}
		const decoded = decodeEntities(m[0]);
		const lead = m[0].length - m[0].replace(/^[\s\u3000]+/, '').length;
		const trail = m[0].length - m[0].replace(/[\s\u3000]+$/, '').length;
		if (decoded.trim() !== '' && lead < m[0].length) {
			if (first < 0) first = start + m.index + lead;
			last = start + m.index + m[0].length - trail;
		}
		out += decoded;
	}
	const t = out.replace(/\u00a0/g, ' ').trim();
	if (first < 0 || t === '') return { text: '', span: { start, end: start } };
	return { text: t, span: { start: first, end: last } };
}
