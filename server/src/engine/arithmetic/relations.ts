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

interface MutableRelation {
	kind: RelationKind;
	where: Relation['where'];
	left: MutableRef[];
	right: MutableRef[];
	target: MutableRef;
	status: Status;
}

/** Table 四's groups with their cell keys, spelled once: the total and the terms that sum to it. */
const APPEAL_SUMS = APPEAL_GROUPS.map(({ key }) => ({
	group: key,
	total: appealCell(key, 'total'),
	terms: APPEAL_COLUMNS.filter((c) => c.key !== 'total').map((c) => appealCell(key, c.key)),
}));

/**
 * The element at `k`, or undefined outside the list: reading past an array's end (or at -1, a column not
 * found) makes V8 search the prototype chain, many times slower than a bounds check.
 */
function at<T>(list: readonly T[], k: number): T | undefined {
	return k >= 0 && k < list.length ? list[k] : undefined;
}

/** The cells at `indexes` of a row's refs, or null when one is absent (the relation is then not built). */
function pick(refs: readonly (MutableRef | undefined)[], indexes: readonly number[]): MutableRef[] | null {
	const out: MutableRef[] = new Array(indexes.length);
	for (let k = 0; k < indexes.length; k++) {
		const r = at(refs, indexes[k]);
		if (r === undefined) return null;
		out[k] = r;
	}
	return out;
}

/**
 * The relations that can be checked. A relation with a cell the table lacks (a truncated table, a short
 * row) is not built at all, so a missing row never shows up as a false arithmetic error. A blank total is
 * derived from the first relation that determines it (all its other cells known) and is unknown otherwise.
 * Plain loops: built once per analysis, on every keystroke.
 */
export function relationsOf(tables: ReportModelTables): Relations {
	const relations: MutableRelation[] = [];
	const cells: MutableRef[] = [];
	const ref = (cell: Cell, row: RowKey): MutableRef => {
		const r: MutableRef = { id: cells.length, cell, row, value: valueIn(cell), derived: false };
		cells.push(r);
		return r;
	};
	const relation = (kind: RelationKind, where: Relation['where'], left: MutableRef[], right: MutableRef[], target: MutableRef): void => {
		relations.push({ kind, where, left, right, target, status: 'unchecked' });
	};
	const requests = tables.requests;
	if (requests && requests.status === 'parsed' && requests.rows.length > 0) {
		// Every row of table 三 has the same columns in the same order: index them once.
		const first = requests.rows[0].cells;
		const columns: ColumnKey[] = first.map((c) => c.column);
		// A row key read twice keeps its last row's cells, for each of its rows.
		const grid = new Map<RowKey, (MutableRef | undefined)[]>();
		for (const row of requests.rows) {
			const refs: (MutableRef | undefined)[] = new Array(columns.length);
			for (let k = 0; k < columns.length; k++) {
				const c = at(row.cells, k);
				refs[k] = c && c.column === columns[k] && !c.missing ? ref(c, row.key) : undefined;
			}
			grid.set(row.key, refs);
		}
		const none: (MutableRef | undefined)[] = [];
		const parts: number[] = [];
		for (const c of columns) if (c !== 'total' && c !== 'organisations') parts.push(columns.indexOf(c));
		const organisations: number[] = [];
		for (const c of ORGANISATION_COLUMNS) {
			const k = columns.indexOf(c);
			if (k >= 0) organisations.push(k);
		}
		const totalAt = columns.indexOf('total');
		const subtotalAt = columns.indexOf('organisations');
		for (const row of requests.rows) {
			const refs = grid.get(row.key) ?? none;
			const total = at(refs, totalAt);
			const terms = total ? pick(refs, parts) : null;
			if (total && terms) relation('row-total', row.key, [total], terms, total);
			const subtotal = at(refs, subtotalAt);
			if (!subtotal || organisations.length !== 5) continue;
			const orgTerms = pick(refs, organisations);
			if (orgTerms) relation('row-total', row.key, [subtotal], orgTerms, subtotal);
		}
		const results: (MutableRef | undefined)[][] = [];
		for (const r of requests.rows) if (RESULT_KEYS.has(r.key)) results.push(grid.get(r.key) ?? none);
		// Rows that are there but could not be placed may be result rows: their sum is unknown.
		const resultsComplete = !requests.missingRows.some((k) => RESULT_KEYS.has(k)) && !requests.unplaced.some((u) => u.keys.length === 0 || u.keys.some((k) => RESULT_KEYS.has(k)));
		const resultTotal = grid.get('resultTotal') ?? none;
		const newRequests = grid.get('newRequests') ?? none;
		const carriedOver = grid.get('carriedOver') ?? none;
		const carriedForward = grid.get('carriedForward') ?? none;
		for (let k = 0; k < columns.length; k++) {
			const total = at(resultTotal, k);
			if (total && resultsComplete) {
				const terms: MutableRef[] = [];
				for (const refs of results) {
					const t = at(refs, k);
					if (t === undefined) break;
					terms.push(t);
				}
				if (terms.length === results.length) relation('result-total', columns[k], [total], terms, total);
			}
			const n = at(newRequests, k);
			const c = at(carriedOver, k);
			const f = at(carriedForward, k);
			if (n && c && total && f) relation('balance', columns[k], [n, c], [total, f], f);
		}
	}
	const appeals = tables.appeals;
	if (appeals && appeals.status === 'parsed' && appeals.rows[0]) {
		const row = appeals.rows[0];
		const byColumn = new Map<ColumnKey, MutableRef>();
		for (const c of row.cells) if (!c.missing) byColumn.set(c.column, ref(c, row.key));
		for (const { group, total: totalKey, terms: termKeys } of APPEAL_SUMS) {
			const total = byColumn.get(totalKey);
			if (!total) continue;
			const terms: MutableRef[] = [];
			for (const key of termKeys) {
				const t = byColumn.get(key);
				if (t === undefined) break;
				terms.push(t);
			}
			if (terms.length === termKeys.length) relation('appeal-total', group, [total], terms, total);
		}
	}
	deriveBlankTotals(relations);
	for (const r of relations) r.status = statusOf(r);
	return { relations, cells };
}

/** Order in which relations determine a blank total: a row's own parts first, the 勾稽关系 last. */
const DERIVATION_ORDER: readonly RelationKind[] = ['row-total', 'appeal-total', 'result-total', 'balance'];

/**
 * Gives each blank total the value the first relation that determines it asks for (a whole non-negative
 * number); a total derived one way may in turn determine another (a blank （七）总计 from its column, then
 * a blank row total from its row). Linear passes, at most one per derived cell.
 */
function deriveBlankTotals(relations: readonly MutableRelation[]): void {
	let blank = false;
	for (const r of relations) {
		if (r.target.cell.kind !== 'blank') continue;
		r.target.value = undefined;
		blank = true;
	}
	if (!blank) return;
	const ordered: MutableRelation[] = [];
	for (const kind of DERIVATION_ORDER) for (const r of relations) if (r.kind === kind) ordered.push(r);
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
	let own = 0;
	for (const c of inLeft ? r.left : r.right) {
		if (c === ref) continue;
		const v = valueOfRef(c, edits);
		if (v === undefined) return undefined;
		own += v;
	}
	const other = sum(inLeft ? r.right : r.left, edits);
	if (other === undefined) return undefined;
	return other - own;
}
