import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCell, REQUEST_ROWS, type AppealGroupKey, type ColumnKey, type RequestColumnKey, type RowKey } from '../format/tables';
import type { Cell, Tables as ReportModelTables } from '../model';

/** The arithmetic of docs/format.md: row totals, the result total, the balance (勾稽关系), table 四's totals. */
export type RelationKind = 'row-total' | 'result-total' | 'balance' | 'appeal-total';

/** A cell as the arithmetic sees it: a small id (for cheap lookups), the cell, its row, and its value. */
export interface CellRef {
	readonly id: number;
	readonly cell: Cell;
	readonly row: RowKey;
	/**
	 * The value the arithmetic uses: the number written; 0 for a blank or a placeholder (-, /, 无) that is
	 * only a term; for a blank total, the value its relation determines (`derived`), or undefined when the
	 * other cells do not determine it. A blank total is unknown, never 0.
	 */
	readonly value: number | undefined;
	/** True when the cell is a blank total whose value was derived from its relation. */
	readonly derived: boolean;
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
	/** Whether it holds as the document stands (with blank totals derived); unchecked when a value is unknown. */
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

interface MutableRef {
	id: number;
	cell: Cell;
	row: RowKey;
	value: number | undefined;
	derived: boolean;
}

interface Draft {
	kind: RelationKind;
	where: Relation['where'];
	left: MutableRef[];
	right: MutableRef[];
	target: MutableRef;
}

/**
 * The relations that can be checked. A relation with a cell the table lacks (a truncated table, a short
 * row) is not built at all, so a missing row never shows up as a false arithmetic error. A blank total is
 * derived from the first relation that determines it (all its other cells known) and is unknown otherwise.
 */
export function relationsOf(tables: ReportModelTables): Relations {
	const drafts: Draft[] = [];
	const cells: MutableRef[] = [];
	const ref = (cell: Cell, row: RowKey): MutableRef => {
		const r: MutableRef = { id: cells.length, cell, row, value: valueIn(cell), derived: false };
		cells.push(r);
		return r;
	};
	const relation = (kind: RelationKind, where: Relation['where'], left: MutableRef[], right: MutableRef[], target: MutableRef) => {
		drafts.push({ kind, where, left, right, target });
	};
	const requests = tables.requests;
	if (requests && requests.status === 'parsed' && requests.rows.length > 0) {
		// Every row of table 三 has the same columns in the same order: index them once.
		const columns = requests.rows[0].cells.map((c) => c.column);
		const grid = new Map<RowKey, (MutableRef | undefined)[]>();
		for (const row of requests.rows) grid.set(row.key, columns.map((column, k) => {
			const c = row.cells[k];
			return c && c.column === column && !c.missing ? ref(c, row.key) : undefined;
		}));
		const none: (MutableRef | undefined)[] = [];
		const all = (list: (MutableRef | undefined)[]): list is MutableRef[] => list.every((t) => t !== undefined);
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
			if (!subtotal || organisations.length !== 5) continue;
			const orgTerms = organisations.map((k) => cells[k]);
			if (all(orgTerms)) relation('row-total', row.key, [subtotal], orgTerms, subtotal);
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
		const byColumn = new Map(appeals.rows[0].cells.filter((c) => !c.missing).map((c) => [c.column, ref(c, appeals.rows[0].key)]));
		for (const { key: group } of APPEAL_GROUPS) {
			const total = byColumn.get(appealCell(group, 'total'));
			const terms = APPEAL_COLUMNS.filter((c) => c.key !== 'total').map((c) => byColumn.get(appealCell(group, c.key)));
			if (total && terms.every((t): t is MutableRef => t !== undefined)) relation('appeal-total', group, [total], terms, total);
		}
	}
	deriveBlankTotals(drafts);
	const relations = drafts.map((d): Relation => ({ kind: d.kind, where: d.where, left: d.left, right: d.right, target: d.target, status: statusOf(d) }));
	return { relations, cells };
}

/** Order in which relations determine a blank total: a row's own parts first, the 勾稽关系 last. */
const DERIVATION_ORDER: readonly RelationKind[] = ['row-total', 'appeal-total', 'result-total', 'balance'];

/**
 * Gives each blank total the value the first relation that determines it asks for (a whole non-negative
 * number); a total derived one way may in turn determine another (a blank （七）总计 from its column, then
 * a blank row total from its row). Linear passes, at most one per derived cell.
 */
function deriveBlankTotals(drafts: readonly Draft[]): void {
	const targets = new Set(drafts.map((d) => d.target));
	const unknown = [...targets].filter((t) => t.cell.kind === 'blank');
	if (unknown.length === 0) return;
	for (const t of unknown) t.value = undefined;
	const ordered = DERIVATION_ORDER.flatMap((k) => drafts.filter((d) => d.kind === k));
	let progress = true;
	while (progress) {
		progress = false;
		for (const d of ordered) {
			if (d.target.value !== undefined || d.target.cell.kind !== 'blank') continue;
			const v = implied(d, d.target);
			if (v === undefined || v < 0 || !Number.isInteger(v)) continue;
			d.target.value = v;
			d.target.derived = true;
			progress = true;
		}
	}
}

/** A cell's value as written: blanks and placeholders (-, /, 无) count as 0; text cannot be checked. */
export function valueIn(cell: Cell): number | undefined {
	if (cell.missing) return undefined;
	if (cell.kind === 'number') return cell.value ?? undefined;
	if (cell.kind === 'blank' || cell.kind === 'placeholder') return 0;
	return undefined;
}

/** A cell's value with the simulated edits applied. */
export function valueOfRef(ref: Pick<CellRef, 'id' | 'value'>, edits?: Edits): number | undefined {
	const edited = edits?.get(ref.id);
	return edited !== undefined ? edited : ref.value;
}

export function sum(refs: readonly Pick<CellRef, 'id' | 'value'>[], edits?: Edits): number | undefined {
	let s = 0;
	for (const r of refs) {
		const v = valueOfRef(r, edits);
		if (v === undefined) return undefined;
		s += v;
	}
	return s;
}

const EPSILON = 1e-9;

type Sides = { readonly left: readonly Pick<CellRef, 'id' | 'value'>[]; readonly right: readonly Pick<CellRef, 'id' | 'value'>[] };

export function statusOf(r: Sides, edits?: Edits): Status {
	const l = sum(r.left, edits);
	const rr = sum(r.right, edits);
	if (l === undefined || rr === undefined) return 'unchecked';
	return Math.abs(l - rr) < EPSILON ? 'holds' : 'fails';
}

/** The value `ref` must have for `r` to hold, the other cells as they are. */
export function implied<R extends Pick<CellRef, 'id' | 'value'>>(r: { readonly left: readonly R[]; readonly right: readonly R[] }, ref: R, edits?: Edits): number | undefined {
	const inLeft = r.left.includes(ref);
	const own = sum((inLeft ? r.left : r.right).filter((c) => c !== ref), edits);
	const other = sum(inLeft ? r.right : r.left, edits);
	if (own === undefined || other === undefined) return undefined;
	return other - own;
}
