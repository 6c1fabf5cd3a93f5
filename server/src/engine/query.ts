import type { TableVersion } from './format/tables';
import type { Cell, Row, Table, Tables } from './model';
import type { ReportModel } from './model';

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
export function cellsOf(tables: Tables): readonly TableCell[] {
	const out: TableCell[] = [];
	for (const table of tablesOf(tables)) for (const row of table.rows) for (const cell of row.cells) if (!cell.missing) out.push({ table, row, cell });
	return out;
}

/**
 * The cells of a document's tables, listed once per document (several rules list them): kept with the
 * document's other shared facts, not in a weak map, whose entries young-generation GC keeps alive.
 */
export function sharedCells(doc: { readonly report: ReportModel; shared<T>(key: string, compute: () => T): T }): readonly TableCell[] {
	return doc.shared('cells', () => cellsOf(doc.report.tables));
}

/**
 * The version tables of this report are written in (skeletons, inserted rows, conversions): its own, else
 * the one its year requires, else the current one.
 */
export function versionOf(report: Pick<ReportModel, 'version' | 'year'>): TableVersion {
	const { version, year } = report;
	if (version === '2019' || version === '2021') return version;
	return year !== null && year <= 2020 ? '2019' : '2021';
}

/** The version of one table: what its labels say, else the report's. */
export function tableVersionOf(table: Table, report: Pick<ReportModel, 'version' | 'year'>): TableVersion {
	return table.version ?? versionOf(report);
}
