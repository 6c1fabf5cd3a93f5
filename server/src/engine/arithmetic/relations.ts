import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCell, REQUEST_ROWS, type AppealGroupKey, type ColumnKey, type RequestColumnKey, type RowKey } from '../format/tables';
import type { Cell, Tables as ReportModelTables } from '../model';

/** The arithmetic of SPEC §2.5: 2 row total, 3 result total, 1 balance (勾稽关系), 4 table 四 totals. */
export type RelationKind = 'row-total' | 'result-total' | 'balance' | 'appeal-total';

/** A cell as the arithmetic sees it: a small id (for cheap lookups), the cell, and its row. */
export interface CellRef {
	readonly id: number;
	readonly cell: Cell;
	readonly row: RowKey;
}

/** Values given to cells by a repair being simulated, by cell id. */
export type Edits = ReadonlyMap<number, number>;

export type Status = 'holds' | 'fails' | 'unchecked';

/** `sum(left) = sum(right)`, and the cell a repair sets. */
export interface Relation {
	readonly kind: RelationKind;
	/** The row (row-total), column (result-total, balance) or group (appeal-total) it is about. */
	readonly where: RowKey | ColumnKey | AppealGroupKey;
	readonly left: readonly CellRef[];
	readonly right: readonly CellRef[];
	/** The total a repair sets: the row's 总计, （七）总计, 四、结转… (a choice), the group's 总计. */
	readonly target: CellRef;
	/** Whether it holds as the document stands. */
	readonly status: Status;
}

export interface Relations {
	readonly relations: readonly Relation[];
	/** Every cell that takes part in a relation, indexed by its id. */
	readonly cells: readonly CellRef[];
}

const RESULT_KEYS: ReadonlySet<RowKey> = new Set(REQUEST_ROWS.filter((r) => r.role === 'result').map((r) => r.key));

/** The five 法人或其他组织 columns a written subtotal sums. */
const ORGANISATION_COLUMNS: readonly RequestColumnKey[] = ['commercial', 'research', 'publicInterest', 'legal', 'other'];

/**
 * The relations that can be checked. A relation with a cell the table lacks (a truncated table, a short
 * row) is not built at all, so a missing row never shows up as a false arithmetic error.
 */
export function relationsOf(tables: ReportModelTables): Relations {
	const relations: Relation[] = [];
	const cells: CellRef[] = [];
	const ref = (cell: Cell, row: RowKey): CellRef => {
		const r = { id: cells.length, cell, row };
		cells.push(r);
		return r;
	};
	const relation = (kind: RelationKind, where: Relation['where'], left: CellRef[], right: CellRef[], target: CellRef) => {
		relations.push({ kind, where, left, right, target, status: statusOf({ left, right }) });
	};
	const requests = tables.requests;
	if (requests && requests.status === 'parsed' && requests.rows.length > 0) {
		// Every row of table 三 has the same columns in the same order: index them once.
		const columns = requests.rows[0].cells.map((c) => c.column);
		const grid = new Map<RowKey, (CellRef | undefined)[]>();
		for (const row of requests.rows) grid.set(row.key, columns.map((column, k) => {
			const c = row.cells[k];
			return c && c.column === column && !c.missing ? ref(c, row.key) : undefined;
		}));
		const none: (CellRef | undefined)[] = [];
		const all = (list: (CellRef | undefined)[]): list is CellRef[] => list.every((t) => t !== undefined);
		const index = (names: readonly ColumnKey[]) => names.map((n) => columns.indexOf(n)).filter((k) => k >= 0);
		const parts = index(columns.filter((c) => c !== 'total' && c !== 'organisations'));
		const organisations = index(ORGANISATION_COLUMNS);
		const totalAt = columns.indexOf('total');
		const subtotalAt = columns.indexOf('organisations');
		for (const row of requests.rows) {
			const cells = grid.get(row.key) ?? none;
			const total = cells[totalAt];
			const terms = parts.map((k) => cells[k]);
			if (total && all(terms)) relation('row-total', row.key, [total], terms, total);
			const subtotal = cells[subtotalAt];
			const orgTerms = organisations.map((k) => cells[k]);
			if (subtotal && organisations.length === 5 && all(orgTerms)) relation('row-total', row.key, [subtotal], orgTerms, subtotal);
		}
		const results = requests.rows.filter((r) => RESULT_KEYS.has(r.key)).map((r) => grid.get(r.key) ?? none);
		// Rows that are there but could not be placed may be result rows: their sum is unknown.
		const resultsComplete = !requests.missingRows.some((k) => RESULT_KEYS.has(k)) && !requests.unplaced.some((u) => u.keys.length === 0 || u.keys.some((k) => RESULT_KEYS.has(k)));
		const [resultTotal, newRequests, carriedOver, carriedForward] = (['resultTotal', 'newRequests', 'carriedOver', 'carriedForward'] as const).map((k) => grid.get(k) ?? none);
		columns.forEach((column, k) => {
			const total = resultTotal[k];
			const terms = results.map((cells) => cells[k]);
			if (total && resultsComplete && all(terms)) relation('result-total', column, [total], terms, total);
			const inputs = [newRequests[k], carriedOver[k]];
			const outputs = [total, carriedForward[k]];
			if (all(inputs) && all(outputs)) relation('balance', column, inputs, outputs, outputs[1]);
		});
	}
	const appeals = tables.appeals;
	if (appeals && appeals.status === 'parsed' && appeals.rows[0]) {
		const byColumn = new Map(appeals.rows[0].cells.filter((c) => !c.missing).map((c) => [c.column, ref(c, 'appeals')]));
		for (const { key: group } of APPEAL_GROUPS) {
			const total = byColumn.get(appealCell(group, 'total'));
			const terms = APPEAL_COLUMNS.filter((c) => c.key !== 'total').map((c) => byColumn.get(appealCell(group, c.key)));
			if (total && terms.every((t): t is CellRef => t !== undefined)) relation('appeal-total', group, [total], terms, total);
		}
	}
	return { relations, cells };
}

/** A cell's value in the arithmetic: blanks and placeholders (-, /, 无) count as 0; text cannot be checked. */
export function valueIn(cell: Cell): number | undefined {
	if (cell.missing) return undefined;
	if (cell.kind === 'number') return cell.value ?? undefined;
	if (cell.kind === 'blank' || cell.kind === 'placeholder') return 0;
	return undefined;
}

/** A cell's value with the simulated edits applied. */
export function valueOfRef(ref: CellRef, edits?: Edits): number | undefined {
	const edited = edits?.get(ref.id);
	return edited !== undefined ? edited : valueIn(ref.cell);
}

export function sum(refs: readonly CellRef[], edits?: Edits): number | undefined {
	let s = 0;
	for (const r of refs) {
		const v = valueOfRef(r, edits);
		if (v === undefined) return undefined;
		s += v;
	}
	return s;
}

const EPSILON = 1e-9;

export function statusOf(r: Pick<Relation, 'left' | 'right'>, edits?: Edits): Status {
	const l = sum(r.left, edits);
	const rr = sum(r.right, edits);
	if (l === undefined || rr === undefined) return 'unchecked';
	return Math.abs(l - rr) < EPSILON ? 'holds' : 'fails';
}

/** The value `ref` must have for `r` to hold, the other cells as they are. */
export function implied(r: Relation, ref: CellRef, edits?: Edits): number | undefined {
	const inLeft = r.left.includes(ref);
	const own = sum((inLeft ? r.left : r.right).filter((c) => c !== ref), edits);
	const other = sum(inLeft ? r.right : r.left, edits);
	if (own === undefined || other === undefined) return undefined;
	return other - own;
}
