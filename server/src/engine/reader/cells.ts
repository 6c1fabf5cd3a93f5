import type { ColumnDef, RowKey } from '../format/tables';
import type { Cell, ExtraRow, Heading, Row } from '../model';
import { valueOf, type RawCell, type RawRow } from '../syntax/rows';
import { UNITS } from '../text/value';
import type { Span } from '../text/span';
import { fitValues, isLabelCell, isOverLabel } from './labels';

/** The value cells of a row, one per column, with missing cells placed zero-width at the row's end. */
export function buildCells(columns: readonly ColumnDef[], values: readonly RawCell[], rowEnd: number): { cells: Cell[]; extra: Heading[] } {
	const fit = fitValues(values, columns.length);
	const cells: Cell[] = columns.map((column, k) => {
		const raw = fit.cells[k];
		if (!raw) {
			return { column: column.key, columnKind: column.kind, kind: 'blank', value: null, unit: column.unit ?? null, decimal: false, text: '', span: { start: rowEnd, end: rowEnd }, missing: true };
		}
		const v = valueOf(raw);
		return {
			column: column.key, columnKind: column.kind, kind: v.kind, value: v.value,
			unit: v.unit ?? column.unit ?? null, decimal: v.decimal, text: raw.text, span: raw.span, missing: false,
		};
	});
	return { cells, extra: fit.extra.map((c) => ({ text: c.text, span: c.span })) };
}

export function makeRow(key: RowKey, label: RawCell, cells: Cell[], extra: Heading[], raw: RawRow): Row {
	const last = cells.length > 0 ? cells[cells.length - 1].span.end : label.span.end;
	return { key, label: { text: label.text, span: label.span }, span: { start: label.span.start, end: Math.max(last, label.span.end) }, cells, extraCells: extra, style: raw.style };
}

export function makeExtraRow(label: RawCell, values: readonly RawCell[], duplicateOf?: RowKey): ExtraRow {
	const end = values.length > 0 ? values[values.length - 1].span.end : label.span.end;
	const row = { label: { text: label.text, span: label.span }, span: { start: label.span.start, end }, values: values.filter((v) => v.text !== '').map((v) => ({ text: v.text, span: v.span })) };
	return duplicateOf ? { ...row, duplicateOf } : row;
}

/**
 * A plain line read as a flattened table row: leading words form the label, trailing numbers the values.
 * `规章 0 0 0` → label 规章, values 0 0 0; a unit written apart (`10807.1713 万元`) joins its number.
 */
export function plainRow(raw: RawRow): { label: RawCell | null; values: RawCell[]; clean: boolean } {
	const tokens = raw.cells;
	let k = 0;
	while (k < tokens.length && isLabelCell(tokens[k]) && !(UNITS as readonly string[]).includes(tokens[k].text)) k++;
	const values: RawCell[] = [];
	let clean = true;
	for (let j = k; j < tokens.length; j++) {
		const t = tokens[j];
		const prev = values[values.length - 1];
		if ((UNITS as readonly string[]).includes(t.text) && prev && valueOf(prev).kind === 'number') {
			values[values.length - 1] = { text: `${prev.text} ${t.text}`, span: { start: prev.span.start, end: t.span.end } };
			continue;
		}
		if (valueOf(t).kind === 'text') clean = false;
		values.push(t);
	}
	if (k === 0) return { label: null, values, clean };
	const label: RawCell = { text: tokens.slice(0, k).map((t) => t.text).join(' '), span: { start: tokens[0].span.start, end: tokens[k - 1].span.end } };
	return { label, values, clean };
}

/** True for a row made of numbers only (numbers a PDF extractor separated from their labels). */
export function isNumbersOnly(raw: RawRow): boolean {
	return raw.cells.length > 0 && raw.cells.every((c) => c.text === '' || valueOf(c).kind === 'number');
}

/** The rows that start inside `region`. */
export function rowsIn(rows: readonly RawRow[], region: Span): RawRow[] {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (rows[mid].span.start < region.start) lo = mid + 1;
		else hi = mid;
	}
	const out: RawRow[] = [];
	for (let k = lo; k < rows.length && rows[k].span.start < region.end; k++) out.push(rows[k]);
	return out;
}

/** True for styles in which cells are delimited, so positions in the row are reliable. */
export function isGrid(raw: RawRow): boolean {
	return raw.style !== 'plain';
}

/** Where a row ends: after its last cell, or its label when it has none; missing cells go there. */
export function rowEnd(values: readonly RawCell[], label: RawCell): number {
	return values.length > 0 ? values[values.length - 1].span.end : label.span.end;
}

/** The smallest span covering all of `spans` (which must not be empty). */
export function envelope(spans: readonly Span[]): Span {
	let start = Infinity;
	let end = -Infinity;
	for (const s of spans) {
		if (s.start < start) start = s.start;
		if (s.end > end) end = s.end;
	}
	return { start, end };
}

/**
 * A plain line that is prose: its first word is longer than any label (a note in brackets after a label
 * aside), so it can be neither a table row nor a fragment of one; readers skip it without tokenising.
 */
export function isProse(raw: RawRow): boolean {
	return raw.style === 'plain' && raw.cells.length > 0 && isOverLabel(raw.cells[0].text);
}

/** Values after dropping padding: trailing empty cells beyond the width (pipe rows, `| 9 |  |`), then leading ones (merged-cell gaps). */
export function trimmed(values: readonly RawCell[], width: number): readonly RawCell[] {
	let to = values.length;
	while (to > width && values[to - 1].text === '') to--;
	let from = 0;
	while (to - from > width && values[from].text === '') from++;
	return from === 0 && to === values.length ? values : values.slice(from, to);
}
