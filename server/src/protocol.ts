/**
 * The protocol between the nianbao server and its clients beyond standard LSP, declared once for both
 * sides: custom requests bound to their parameter and result types, the notification, the command ids and
 * code-action kinds, the `data` diagnostics and code actions carry, and the messages between the preview's
 * host and its webview (with a guard for what the webview sends). The table model itself is the engine's.
 * Imported by the server, the client, and (types only) the webview.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { Range } from 'vscode-languageserver-types';
import type { TablesModel } from './engine/index';

export type { PreviewBalance, PreviewBlock, PreviewCheck, PreviewCell, PreviewExtraRow, PreviewProblem, PreviewRow, PreviewTable } from './engine/index';

export type TableKey = 'active' | 'requests' | 'appeals';
export type TableTextFormat = 'tsv' | 'markdown' | 'csv';

/** The commands the extension contributes (package.json lists the same ids; a test keeps them in step). */
export const COMMANDS = {
	insertReportSkeleton: 'nianbao.insertReportSkeleton',
	insertTableSkeleton: 'nianbao.insertTableSkeleton',
	fixAll: 'nianbao.fixAll',
	convertTable: 'nianbao.convertTable',
	exportTables: 'nianbao.exportTables',
	checkWorkspace: 'nianbao.checkWorkspace',
	showPreview: 'nianbao.showPreview',
	importReport: 'nianbao.importReport',
} as const;

/**
 * Commands the server itself executes (`workspace/executeCommand`), for code lenses and code actions in
 * editors that have no nianbao commands of their own. Distinct from `COMMANDS`, which the VS Code client owns.
 */
export const SERVER_COMMANDS = {
	/** Arguments: an `ActionData` (fix-all or a refactor); the edits are computed now and applied with `workspace/applyEdit`. */
	applyAction: 'nianbao.server.applyAction',
	/** Arguments: the document URI and a table key; the table's problems are shown as a message. */
	showProblems: 'nianbao.server.showProblems',
} as const;

/** The code-action kinds the server offers (LSP kinds with a `nianbao` suffix). */
export const ACTION_KINDS = {
	fixAll: 'source.fixAll.nianbao',
	convert: 'refactor.rewrite.nianbao.convert',
	reformat: 'refactor.rewrite.nianbao.reformat',
	insertSections: 'refactor.nianbao.insertSections',
	/** Text for the drafter to fill in (a clean table, blank rows, the standard skeleton): never a quick fix, never written by `check --fix`. */
	scaffold: 'refactor.nianbao.scaffold',
} as const;

export interface TablesParams {
	readonly textDocument: { readonly uri: string };
}

/** The preview model of one document version. */
export interface TablesResult extends TablesModel {
	readonly uri: string;
	readonly version: number;
}

/** The table model the preview renders; null when the document is not checked as a report. */
export const TABLES_REQUEST = new RequestType<TablesParams, TablesResult | null, void>('nianbao/tables');

/**
 * The `data` a published diagnostic carries: which version it was computed for and its place in that
 * version's list, not its fixes. A code action recomputes the edits from the current analysis.
 */
export interface DiagnosticData {
	readonly version: number;
	readonly index: number;
}

/** The `data` of a code action whose edits are computed on `codeAction/resolve`. */
export interface ActionData {
	readonly uri: string;
	readonly version: number;
	/** `fixAll`, or a refactor's id. */
	readonly id: string;
}

/** A blank report or table, written from the engine's definitions (the client holds no domain logic). */
export interface SkeletonParams {
	readonly kind: 'report' | 'active' | 'requests' | 'appeals';
	readonly version: '2019' | '2021';
	readonly style: 'tsv' | 'markdown';
	/** The document the text goes into (for its year and line ends), if any. */
	readonly uri?: string;
}
export const SKELETON_REQUEST = new RequestType<SkeletonParams, string | null, void>('nianbao/skeleton');

/** The structured content of a report as JSON or CSV text, as `nianbao export` prints it. */
export interface ExportParams {
	readonly textDocument: { readonly uri: string };
	readonly format: 'json' | 'csv';
}
export const EXPORT_REQUEST = new RequestType<ExportParams, string | null, void>('nianbao/export');

/** Sent by the server when a plain-text document reads as an annual report. */
export interface RecognisedParams {
	readonly uri: string;
}
export const RECOGNISED_NOTIFICATION = new NotificationType<RecognisedParams>('nianbao/recognised');

/** Client commands the server may put in code lenses, declared in `initializationOptions.commands`. */
export interface ClientCommands {
	readonly showPreview?: string;
	readonly showProblems?: string;
}

/** A table's text in a chosen style, for the preview's copy buttons (written by the engine). */
export interface TableTextParams {
	readonly textDocument: { readonly uri: string };
	readonly table: TableKey;
	readonly format: TableTextFormat;
}
export const TABLE_TEXT_REQUEST = new RequestType<TableTextParams, string | null, void>('nianbao/tableText');

/** A published report file (PDF, Word, web page) to open as report text; the server reads and converts it. */
export interface ConvertSourceParams {
	readonly uri: string;
}
/** The report text, or why the file could not be read (in the UI language). */
export type ConvertSourceResult = { readonly text: string } | { readonly error: string };
export const CONVERT_SOURCE_REQUEST = new RequestType<ConvertSourceParams, ConvertSourceResult, void>('nianbao/convertSource');

/** The preview's interface strings, in the UI language. */
export interface PreviewLabels {
	readonly [key: string]: string;
}

/** Messages from the extension host to the preview webview. */
export type ToWebview =
	| { readonly type: 'model'; readonly model: TablesResult; readonly labels: PreviewLabels }
	| { readonly type: 'empty'; readonly message: string; readonly labels: PreviewLabels }
	| { readonly type: 'cursor'; readonly position: { readonly line: number; readonly character: number } | null }
	| { readonly type: 'scroll'; readonly table: TableKey };

/** Messages from the preview webview to the extension host. */
export type FromWebview =
	| { readonly type: 'ready' }
	| { readonly type: 'reveal'; readonly range: Range }
	| { readonly type: 'copy'; readonly table: TableKey; readonly format: TableTextFormat };

const TABLE_KEYS: readonly unknown[] = ['active', 'requests', 'appeals'] satisfies TableKey[];
const TABLE_TEXT_FORMATS: readonly unknown[] = ['tsv', 'markdown', 'csv'] satisfies TableTextFormat[];

/** Whether a value is a table key (a command argument or a webview message may hold anything). */
export function isTableKey(value: unknown): value is TableKey {
	return TABLE_KEYS.includes(value);
}

const isPosition = (p: unknown): boolean => {
	const q = p as { line?: unknown; character?: unknown } | null;
	return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
};

/** Whether a message from the webview is one of `FromWebview` (the webview is not trusted: anything may arrive). */
export function isFromWebview(message: unknown): message is FromWebview {
	const m = message as { type?: unknown; range?: { start?: unknown; end?: unknown } | null; table?: unknown; format?: unknown } | null;
	if (typeof m !== 'object' || m === null) return false;
	switch (m.type) {
		case 'ready':
			return true;
		case 'reveal':
			return typeof m.range === 'object' && m.range !== null && isPosition(m.range.start) && isPosition(m.range.end);
		case 'copy':
			return TABLE_KEYS.includes(m.table) && TABLE_TEXT_FORMATS.includes(m.format);
		default:
			return false;
	}
}
