import { REQUEST_ROWS } from '../format/tables';
import type { Cell, Row, Tables as ReportModelTables } from '../model';

/** The arithmetic of SPEC §2.5: 2 row total, 3 result total, 1 balance (勾稽关系), 4 table 四 totals. */
export type RelationKind = 'row-total' | 'result-total' | 'balance' | 'appeal-total';

/** `sum(left) = sum(right)`, and the cell a repair sets. */
export interface Relation {
	readonly kind: RelationKind;
	/** The row (row-total), column (result-total, balance) or group (appeal-total) it is about. */
	readonly where: string;
	readonly left: readonly Cell[];
	readonly right: readonly Cell[];
	/** The total a repair sets: the row's 总计, （七）总计, 四、结转… (a choice), the group's 总计. */
	readonly target: Cell;
}

/** Cells and the row each belongs to, for naming cells in messages. */
export interface Relations {
	readonly relations: readonly Relation[];
	readonly rowOf: ReadonlyMap<Cell, string>;
}

const RESULT_KEYS = new Set(REQUEST_ROWS.filter((r) => r.role === 'result').map((r) => r.key));

/**
 * The relations that can be checked. A relation with a cell the table lacks (a truncated table, a short
 * row) is not built at all, so a missing row never shows up as a false arithmetic error.
 */
export function relationsOf(tables: ReportModelTables): Relations {
	const relations: Relation[] = [];
	const rowOf = new Map<Cell, string>();
	const requests = tables.requests;
	if (requests && requests.status === 'parsed') {
		const rows = new Map<string, Row>(requests.rows.map((r) => [r.key, r]));
		for (const r of requests.rows) for (const c of r.cells) rowOf.set(c, r.key);
		const cell = (row: Row | undefined, column: string): Cell | undefined => row?.cells.find((c) => c.column === column && !c.missing);
		const columns = requests.rows[0]?.cells.map((c) => c.column) ?? [];
		const parts = columns.filter((c) => c !== 'total' && c !== 'organisations');
		const organisations = ['commercial', 'research', 'publicInterest', 'legal', 'other'];
		for (const row of requests.rows) {
			const total = cell(row, 'total');
			const terms = parts.map((p) => cell(row, p));
			if (total && terms.every((t) => t !== undefined)) relations.push({ kind: 'row-total', where: row.key, left: [total], right: terms as Cell[], target: total });
			const subtotal = cell(row, 'organisations');
			const orgTerms = organisations.map((p) => cell(row, p));
			if (subtotal && orgTerms.every((t) => t !== undefined)) relations.push({ kind: 'row-total', where: row.key, left: [subtotal], right: orgTerms as Cell[], target: subtotal });
		}
		const resultRows = requests.rows.filter((r) => RESULT_KEYS.has(r.key));
		const resultsComplete = !requests.missingRows.some((k) => RESULT_KEYS.has(k));
		const resultTotal = rows.get('resultTotal');
		for (const column of columns) {
			const total = cell(resultTotal, column);
			const terms = resultRows.map((r) => cell(r, column));
			if (total && resultsComplete && terms.every((t) => t !== undefined)) {
				relations.push({ kind: 'result-total', where: column, left: [total], right: terms as Cell[], target: total });
			}
			const inputs = [cell(rows.get('newRequests'), column), cell(rows.get('carriedOver'), column)];
			const outputs = [total, cell(rows.get('carriedForward'), column)];
			if ([...inputs, ...outputs].every((t) => t !== undefined)) {
				relations.push({ kind: 'balance', where: column, left: inputs as Cell[], right: outputs as Cell[], target: outputs[1] as Cell });
			}
		}
	}
	const appeals = tables.appeals;
	if (appeals && appeals.status === 'parsed' && appeals.rows[0]) {
		const row = appeals.rows[0];
		for (const c of row.cells) rowOf.set(c, 'appeals');
		for (const group of ['review', 'suitDirect', 'suitAfterReview']) {
			const get = (col: string) => row.cells.find((c) => c.column === `${group}.${col}` && !c.missing);
			const total = get('total');
			const terms = ['upheld', 'corrected', 'other', 'pending'].map(get);
			if (total && terms.every((t) => t !== undefined)) relations.push({ kind: 'appeal-total', where: group, left: [total], right: terms as Cell[], target: total });
		}
	}
	return { relations, rowOf };
}

/** A cell's value in the arithmetic: blanks and placeholders (-, /, 无) count as 0; text cannot be checked. */
export function valueIn(cell: Cell, edits?: ReadonlyMap<Cell, number>): number | undefined {
	const edited = edits?.get(cell);
	if (edited !== undefined) return edited;
	if (cell.missing) return undefined;
	if (cell.kind === 'number') return cell.value ?? undefined;
	if (cell.kind === 'blank' || cell.kind === 'placeholder') return 0;
	return undefined;
}

export function sum(cells: readonly Cell[], edits?: ReadonlyMap<Cell, number>): number | undefined {
	let s = 0;
	for (const c of cells) {
		const v = valueIn(c, edits);
		if (v === undefined) return undefined;
		s += v;
	}
	return s;
}

const EPSILON = 1e-9;

export type Status = 'holds' | 'fails' | 'unchecked';

export function statusOf(r: Relation, edits?: ReadonlyMap<Cell, number>): Status {
	const l = sum(r.left, edits);
	const rr = sum(r.right, edits);
	if (l === undefined || rr === undefined) return 'unchecked';
	return Math.abs(l - rr) < EPSILON ? 'holds' : 'fails';
}

/** The value `cell` must have for `r` to hold, the other cells as they are. */
export function implied(r: Relation, cell: Cell, edits?: ReadonlyMap<Cell, number>): number | undefined {
	const others = (side: readonly Cell[]) => sum(side.filter((c) => c !== cell), edits);
	const inLeft = r.left.includes(cell);
	const own = others(inLeft ? r.left : r.right);
	const other = sum(inLeft ? r.right : r.left, edits);
	if (own === undefined || other === undefined) return undefined;
	return other - own;
}
