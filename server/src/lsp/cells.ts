import type { Cell, Row, Table } from '../engine/index';
import type { Analysis } from './document';

export interface LocatedCell {
	readonly table: Table;
	readonly row: Row;
	readonly cell: Cell;
}

/** Every cell of every table, for finding the one under the cursor. */
export function allCells(a: Analysis): LocatedCell[] {
	const out: LocatedCell[] = [];
	for (const table of [a.report.tables.active, a.report.tables.requests, a.report.tables.appeals]) {
		if (!table) continue;
		for (const row of table.rows) for (const cell of row.cells) if (!cell.missing) out.push({ table, row, cell });
	}
	return out;
}

/** The cell at an offset (an empty cell is hit at its position). */
export function cellAt(a: Analysis, offset: number): LocatedCell | null {
	return allCells(a).find((c) => c.cell.span.start <= offset && offset <= c.cell.span.end) ?? null;
}
