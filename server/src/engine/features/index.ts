/** The editor features as pure functions of an `Analysis`: plain data with spans and messages, no editor types. */
export { outline, foldingRegions, type OutlineItem, type FoldingRegion } from './outline';
export { hoverAt, type HoverInfo } from './hover';
export { tableChecks, tableSummaries, totalHints, type TableCheck, type TableSummary, type ValueHint } from './lenses';
export { tableProblems } from './tableProblems';
export { completionsAt, type Completion } from './completion';
export { previewModel, tableText } from './preview';
export type { TablesModel, PreviewBalance, PreviewBlock, PreviewCheck, PreviewCell, PreviewExtraRow, PreviewProblem, PreviewRow, PreviewTable } from './preview';
export { refactorsAt, refactorEdits, fixAllAvailable, fixAllEdits, FIX_ALL_TITLE, minimalEdit, matchDiagnostic, type Refactor, type RefactorKind, type PublishedDiagnostic } from './actions';
export { exportReport, exportCsv, type ExportRecord, type ExportTable, type ExportValue } from './export';
export { fixAll, applyEdits } from './fixAll';
export { isReport } from './recognise';
export { defaultReportYear, reportSkeleton, tableSkeleton, type SkeletonStyle, type TableKey } from '../format/skeleton';
export { nameOf } from '../format/names';
export { TABLE_VERSIONS } from '../format/tables';
export { summarize, lastYearOf, withLastYear, compareCarryover, FIGURES, type Summary, type SummaryRow, type SummaryInput, type Figure, type FigureKey, type Carryover, type CarryStatus, type CarryDifference } from './summary';
export { summaryCsv, summaryHtml, summaryColumns, escapeHtml, type SummaryColumn, type SummaryCell, type HtmlOptions } from './summaryWriters';
export { sumCheck, SUM_MISMATCH, type SumPart, type SumResult } from './sum';
