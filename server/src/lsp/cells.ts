import { cellsOf, type TableCell } from '../engine/query';
import type { Analysis } from './document';

/** The cell at an offset (an empty cell is hit at its position). */
export function cellAt(a: Analysis, offset: number): TableCell | null {
	return cellsOf(a.report.tables).find((c) => c.cell.span.start <= offset && offset <= c.cell.span.end) ?? null;
}
