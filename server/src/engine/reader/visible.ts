import type { RawRow } from '../syntax/rows';
import { isWhiteSpaceCode } from '../text/fold';
import type { Span } from '../text/span';

/**
 * The text a person reads in a row (entities decoded, tags gone) and the way back to the source.
 * A plain-text row reads as written; an HTML paragraph reads as its words, joined by the white space
 * written between them (a single space where markup stood there instead).
 */
export class VisibleText {
	private constructor(
		readonly text: string,
		/** Per segment: where it starts in `text`, where it starts and ends in the source, whether 1:1. */
		private readonly segments: readonly { readonly at: number; readonly start: number; readonly end: number; readonly exact: boolean }[],
	) {}

	static ofRow(source: string, row: RawRow): VisibleText {
		return VisibleText.asWritten(source, row) ?? VisibleText.built(source, row);
	}

	/**
	 * The common case, a row of plain text: every cell as written and short white space between them, so
	 * the visible text is the source from the first cell to the last, one exact segment, with nothing joined.
	 */
	private static asWritten(source: string, row: RawRow): VisibleText | null {
		let first = -1;
		let previousEnd = -1;
		for (const cell of row.cells) {
			if (cell.text === '') continue;
			const { start, end } = cell.span;
			if (end - start !== cell.text.length) return null;
			if (previousEnd >= 0 && !(start > previousEnd && isWhiteSpaceRange(source, previousEnd, start))) return null;
			if (first < 0) first = start;
			previousEnd = end;
		}
		if (first < 0) return new VisibleText('', []);
		// The cells' texts are the source where each stands: a text row's are sliced from it; decoded HTML is checked.
		if (row.decoded) for (const cell of row.cells) if (cell.text !== '' && !source.startsWith(cell.text, cell.span.start)) return null;
		return new VisibleText(source.slice(first, previousEnd), [{ at: 0, start: first, end: previousEnd, exact: true }]);
	}

	private static built(source: string, row: RawRow): VisibleText {
		const segments: { at: number; start: number; end: number; exact: boolean }[] = [];
		let text = '';
		let previousEnd = -1;
		for (const cell of row.cells) {
			if (cell.text === '') continue;
			if (previousEnd >= 0) {
				// White space written between two cells reads as written; markup, an entity or nothing as one space.
				const plain = cell.span.start > previousEnd && isWhiteSpaceRange(source, previousEnd, cell.span.start);
				segments.push({ at: text.length, start: previousEnd, end: cell.span.start, exact: plain });
				text += plain ? source.slice(previousEnd, cell.span.start) : ' ';
			}
			const exact = cell.span.end - cell.span.start === cell.text.length && source.startsWith(cell.text, cell.span.start);
			segments.push({ at: text.length, start: cell.span.start, end: cell.span.end, exact });
			text += cell.text;
			previousEnd = cell.span.end;
		}
		return new VisibleText(text, segments);
	}

	/** The source offset of the visible offset `i` (0 ≤ i ≤ length); `i` as an end bound maps to an end. */
	toSource(i: number, asEnd = false): number {
		const segs = this.segments;
		if (segs.length === 0) return 0;
		let lo = 0;
		let hi = segs.length - 1;
		// The last segment starting at or before i (for an end bound: strictly before i).
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (asEnd ? segs[mid].at < i : segs[mid].at <= i) lo = mid;
			else hi = mid - 1;
		}
		const s = segs[lo];
		if (s.exact) return Math.min(s.end, s.start + (i - s.at));
		return asEnd ? s.end : s.start;
	}

	/** The source span of the visible range `[from, to)`. */
	span(from: number, to: number): Span {
		const start = this.toSource(from);
		return { start, end: Math.max(start, this.toSource(to, true)) };
	}
}

/** Whether `source[start, end)` is short white space only (markup or an entity between cells is not). */
function isWhiteSpaceRange(source: string, start: number, end: number): boolean {
	if (end - start > 40) return false;
	for (let k = start; k < end; k++) if (!isWhiteSpaceCode(source.charCodeAt(k))) return false;
	return true;
}
