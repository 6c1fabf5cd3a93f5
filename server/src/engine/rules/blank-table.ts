import { hasOwnPlace, setCell } from '../edit/edits';
import { nameOf } from '../format/names';
import { sharedCells, type TableCell } from '../query';
import type { Table } from '../model';
import { defineRule, type Finding, type RuleContext } from './rule';

/** The tables in which no value cell is filled yet (a fresh skeleton or template), with their cells. */
export function blankTables(cells: readonly TableCell[]): ReadonlyMap<Table, readonly TableCell[]> {
	const filled = new Set<Table>();
	for (const c of cells) if (c.cell.kind !== 'blank') filled.add(c.table);
	// Only the cells of unfilled tables are listed (usually none), in the order of their tables' first cells.
	const byTable = new Map<Table, TableCell[]>();
	for (const c of cells) {
		if (filled.has(c.table)) continue;
		let list = byTable.get(c.table);
		if (!list) byTable.set(c.table, (list = []));
		list.push(c);
	}
	return byTable;
}

/** The unfilled tables of a document, found once (blank-table reports them, blank-cell stays silent on them). */
export function unfilledTables(ctx: RuleContext): ReadonlyMap<Table, readonly TableCell[]> {
	return ctx.shared('unfilledTables', () => blankTables(sharedCells(ctx)));
}

/**
 * A table with no value filled in yet (a skeleton just inserted, a blank template): one hint for the
 * table, where `blank-cell` would raise a warning for each of its up to 175 cells. The fill is a choice,
 * never applied by fix-all: a blank table is work still to do, not a slip to correct.
 */
export default defineRule({
	id: 'blank-table',
	defaultSeverity: 'hint',
	description: { zh: '统计表尚未填写（所有单元格为空）', en: 'A table has not been filled in yet (every cell is empty)' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const [table, cells] of unfilledTables(ctx)) {
			const name = nameOf(table.key);
			const first = cells[0].cell.span;
			findings.push({
				span: first.end > first.start ? first : (table.rows[0]?.label.span ?? table.span),
				message: { zh: `${name.zh}尚未填写：${cells.length} 个单元格均为空`, en: `${name.en} has not been filled in: all ${cells.length} cells are empty` },
				// Only where every cell has a place of its own: zeros written at one place would run together into one number.
				fixes: cells.every((c) => hasOwnPlace(c.row, c.cell)) ? [{ title: { zh: '全部填 0', en: 'Fill every cell with 0' }, edits: cells.map((c) => setCell(ctx.text, c.cell, 0)), safe: false }] : [],
			});
		}
		return findings;
	},
});
