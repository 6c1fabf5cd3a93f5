/**
 * A government's consolidated report against the reports it consolidates (`nianbao check --sum`): each cell
 * of the parent's tables 三 and 四 must equal the sum of the same cell in the children. Pure: models in,
 * findings on the parent out, with what could not be compared said rather than guessed.
 */
import { formatNumber } from '../edit/edits';
import { cellName } from '../format/names';
import type { ColumnKey, RowKey } from '../format/tables';
import type { Cell, ReportModel, Table } from '../model';
import type { LineIndex } from '../text/lineIndex';
import type { Diagnostic, Message, RelatedLocation } from '../vocabulary';

/** The diagnostic code of a consolidated cell that is not the sum of its children's. */
export const SUM_MISMATCH = 'sum-mismatch';

/** A report the parent consolidates: its name (a path), its model and its lines (for related locations). */
export interface SumPart {
	readonly file: string;
	readonly model: ReportModel;
	readonly lines: LineIndex;
}

export interface SumResult {
	/** One error per parent cell that differs from the children's sum, at the parent's cell. */
	readonly diagnostics: readonly Diagnostic[];
	/** How many cells were compared. */
	readonly compared: number;
	/** What was not compared, and why (tables not read with certainty, blank or absent cells). */
	readonly notChecked: readonly Message[];
}

const SUMMED_TABLES = ['requests', 'appeals'] as const;
const TABLE_NAMES: Readonly<Record<(typeof SUMMED_TABLES)[number], Message>> = {
	requests: { zh: '表三', en: 'table 3' },
	appeals: { zh: '表四', en: 'table 4' },
};

/** The cell of a table read with certainty that holds a number, or null. */
function valueCell(table: Table, row: RowKey, column: ColumnKey): Cell | null {
	const cell = table.rows.find((r) => r.key === row)?.cells.find((c) => c.column === column);
	return cell && !cell.missing && cell.value !== null ? cell : null;
}

const parsed = (t: Table | null): t is Table => t !== null && t.status === 'parsed';

/**
 * Compares the parent's tables 三 and 四, cell by cell, with the sums of the children's. A table is compared
 * only when the parent and every child have it read with certainty; a cell only when the parent's and every
 * child's hold a number (a blank is unknown, never 0).
 */
export function sumCheck(parent: ReportModel, children: readonly SumPart[]): SumResult {
	const diagnostics: Diagnostic[] = [];
	const notChecked: Message[] = [];
	let compared = 0;
	if (children.length === 0) return { diagnostics, compared, notChecked: [{ zh: '没有下级报告，未核对', en: 'no reports to sum, nothing compared' }] };
	// Another year's report summed in would make every cell differ: nothing is compared then.
	const otherYear = children.filter((c) => parent.year !== null && c.model.year !== null && c.model.year !== parent.year);
	if (otherYear.length > 0) {
		const list = otherYear.map((c) => `${c.file}（${c.model.year}）`).join('、');
		return { diagnostics, compared, notChecked: [{ zh: `下级报告的年度与合并报告（${parent.year}）不同：${list}，未核对`, en: `reports of another year than the consolidated report’s (${parent.year}): ${otherYear.map((c) => `${c.file} (${c.model.year})`).join(', ')}; nothing compared` }] };
	}
	for (const key of SUMMED_TABLES) {
		const name = TABLE_NAMES[key];
		const mine = parent.tables[key];
		if (!parsed(mine)) {
			notChecked.push({ zh: `合并报告的${name.zh}${mine ? '未能确定读取' : '不存在'}，${name.zh}未核对`, en: `the consolidated report’s ${name.en} is ${mine ? 'not read with certainty' : 'absent'}; ${name.en} not compared` });
			continue;
		}
		const unread = children.filter((c) => !parsed(c.model.tables[key]));
		if (unread.length > 0) {
			const files = unread.map((c) => c.file).join('、');
			notChecked.push({ zh: `${files} 的${name.zh}不存在或未能确定读取，${name.zh}未核对`, en: `${name.en} of ${unread.map((c) => c.file).join(', ')} is absent or not read with certainty; ${name.en} not compared` });
			continue;
		}
		let skipped = 0;
		const blankIn = new Set<string>();
		for (const row of mine.rows) {
			for (const cell of row.cells) {
				if (cell.missing || cell.value === null || cell.columnKind !== 'count') continue;
				const parts = children.map((c) => ({ part: c, cell: valueCell(c.model.tables[key] as Table, row.key, cell.column) }));
				const absent = parts.filter((p) => p.cell === null);
				if (absent.length > 0) {
					skipped++;
					for (const p of absent) blankIn.add(p.part.file);
					continue;
				}
				compared++;
				const sum = parts.reduce((s, p) => s + (p.cell?.value ?? 0), 0);
				if (sum === cell.value) continue;
				diagnostics.push(mismatch(cell, row.key, sum, parts.map((p) => ({ part: p.part, cell: p.cell as Cell }))));
			}
		}
		if (skipped > 0) {
			const files = [...blankIn];
			notChecked.push({
				zh: `${name.zh}有 ${skipped} 个单元格未核对：${files.join('、')} 中对应的单元格为空白或缺少`,
				en: `${skipped} cells of ${name.en} not compared: blank or absent in ${files.join(', ')}`,
			});
		}
	}
	return { diagnostics, compared, notChecked };
}

function mismatch(cell: Cell, row: RowKey, sum: number, parts: readonly { part: SumPart; cell: Cell }[]): Diagnostic {
	const name = cellName(row, cell.column);
	const n = formatNumber;
	const value = cell.value ?? 0;
	const related: RelatedLocation[] = parts.map(({ part, cell: c }) => ({
		uri: part.file,
		span: c.span,
		range: part.lines.range(c.span),
		message: { zh: `${part.file}：${name.zh} = ${n(c.value ?? 0)}`, en: `${part.file}: ${name.en} = ${n(c.value ?? 0)}` },
	}));
	const terms = parts.length >= 2 && parts.length <= 6 ? parts.map((p) => n(p.cell.value ?? 0)).join(' + ') + ' = ' : '';
	return {
		code: SUM_MISMATCH,
		severity: 'error',
		span: cell.span,
		related,
		fixes: [],
		message: {
			zh: `合并报告的${name.zh}为 ${n(value)}，但 ${parts.length} 份下级报告之和为 ${terms}${n(sum)}（相差 ${n(value - sum)}）`,
			en: `The consolidated ${name.en} is ${n(value)}, but the ${parts.length} reports it consolidates sum to ${terms}${n(sum)} (off by ${n(value - sum)})`,
		},
	};
}
