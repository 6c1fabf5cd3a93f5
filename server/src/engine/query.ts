import type { Cell, Row, Table, Tables } from './model';

/** The tables that are present, in the order 二, 三, 四. */
export function tablesOf(tables: Tables): Table[] {
	return [tables.active, tables.requests, tables.appeals].filter((t): t is Table => t !== null);
}

export interface TableCell {
	readonly table: Table;
	readonly row: Row;
	readonly cell: Cell;
}

/** Every cell the rows of the tables hold (cells a short row lacks are left out). */
export function cellsOf(tables: Tables): TableCell[] {
	const out: TableCell[] = [];
	for (const table of tablesOf(tables)) for (const row of table.rows) for (const cell of row.cells) if (!cell.missing) out.push({ table, row, cell });
	return out;
}
