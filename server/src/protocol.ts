/**
 * The protocol between the nianbao server and its clients beyond standard LSP: one custom request, the
 * table model the preview renders, and the messages between the preview's host and its webview.
 * Imported by the server and (types and method names only) by the client and the webview.
 */
import type { Range } from 'vscode-languageserver-types';

export const TABLES_METHOD = 'nianbao/tables';

export interface TablesParams {
	readonly textDocument: { readonly uri: string };
}

export interface PreviewProblem {
	readonly code: string;
	readonly severity: 'error' | 'warning' | 'info' | 'hint';
	readonly message: string;
}

export interface PreviewCell {
	readonly column: string;
	/** The column's name in the requested language. */
	readonly name: string;
	readonly text: string;
	readonly value: number | null;
	readonly unit: string | null;
	readonly kind: 'number' | 'blank' | 'placeholder' | 'text';
	readonly missing: boolean;
	readonly range: Range;
	/** Diagnostics on this cell (a failing total, a blank…). */
	readonly problems: readonly PreviewProblem[];
}

export interface PreviewRow {
	readonly key: string;
	/** The merged label cells above this row's own label in the official layout (三、本年度办理结果, （三）不予公开). */
	readonly groups: readonly string[];
	/** A standard row the document lacks: shown in its place, with no values. */
	readonly absent: boolean;
	/** The row's standard label (what the official form prints). */
	readonly label: string;
	/** The label as written in the document, and where. */
	readonly written: string;
	readonly range: Range;
	readonly cells: readonly PreviewCell[];
}

export interface PreviewExtraRow {
	readonly label: string;
	readonly range: Range;
	readonly values: readonly string[];
}

export interface PreviewBlock {
	readonly key: string;
	readonly title: string;
	readonly status: 'parsed' | 'unparsed';
	readonly range: Range;
	readonly columns: readonly { readonly key: string; readonly name: string }[];
	/** Every standard row in order; rows the document lacks are marked `absent`. */
	readonly rows: readonly PreviewRow[];
}

export interface PreviewTable {
	readonly key: 'active' | 'requests' | 'appeals';
	readonly title: string;
	readonly status: 'parsed' | 'unparsed';
	readonly version: '2019' | '2021' | null;
	readonly range: Range;
	/** Table 二: its blocks; tables 三 and 四: one block holding all rows. */
	readonly blocks: readonly PreviewBlock[];
	readonly extraRows: readonly PreviewExtraRow[];
	readonly missingRows: readonly string[];
}

/** The 勾稽关系 of one column of table 三. */
export interface PreviewBalance {
	readonly column: string;
	readonly name: string;
	readonly holds: boolean | null;
	readonly left: number | null;
	readonly right: number | null;
}

export interface TablesResult {
	readonly uri: string;
	readonly version: number;
	readonly formatVersion: string;
	readonly year: number | null;
	readonly body: string | null;
	readonly language: 'zh' | 'en';
	readonly tables: {
		readonly active: PreviewTable | null;
		readonly requests: PreviewTable | null;
		readonly appeals: PreviewTable | null;
	};
	readonly balance: readonly PreviewBalance[];
	readonly errorCount: number;
	readonly warningCount: number;
}

/** The `data` a published diagnostic carries, so code actions need no server-side state. */
export interface DiagnosticData {
	readonly fixes: readonly { readonly title: string; readonly safe: boolean; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }[];
}

/** A blank report or table, written from the engine's definitions (the client holds no domain logic). */
export const SKELETON_METHOD = 'nianbao/skeleton';
export interface SkeletonParams {
	readonly kind: 'report' | 'active' | 'requests' | 'appeals';
	readonly version: '2019' | '2021';
	readonly style: 'tsv' | 'markdown';
	/** The document the text goes into (for its year and line ends), if any. */
	readonly uri?: string;
}

/** The structured content of a report as JSON or CSV text, as `nianbao export` prints it. */
export const EXPORT_METHOD = 'nianbao/export';
export interface ExportParams {
	readonly textDocument: { readonly uri: string };
	readonly format: 'json' | 'csv';
}

/** Sent by the server when a plain-text document reads as an annual report. */
export const RECOGNISED_NOTIFICATION = 'nianbao/recognised';
export interface RecognisedParams {
	readonly uri: string;
}

/** Client commands the server may put in code lenses, declared in `initializationOptions.commands`. */
export interface ClientCommands {
	readonly showPreview?: string;
	readonly showProblems?: string;
}

/** A table's text in a chosen style, for the preview's copy buttons (written by the engine). */
export const TABLE_TEXT_METHOD = 'nianbao/tableText';
export interface TableTextParams {
	readonly textDocument: { readonly uri: string };
	readonly table: 'active' | 'requests' | 'appeals';
	readonly format: 'tsv' | 'markdown' | 'csv';
}

/** The preview's interface strings, in the UI language. */
export interface PreviewLabels {
	readonly [key: string]: string;
}

/** Messages from the extension host to the preview webview. */
export type ToWebview =
	| { readonly type: 'model'; readonly model: TablesResult; readonly labels: PreviewLabels }
	| { readonly type: 'empty'; readonly message: string; readonly labels: PreviewLabels }
	| { readonly type: 'cursor'; readonly position: { readonly line: number; readonly character: number } | null };

/** Messages from the preview webview to the extension host. */
export type FromWebview =
	| { readonly type: 'ready' }
	| { readonly type: 'reveal'; readonly range: Range }
	| { readonly type: 'copy'; readonly table: 'active' | 'requests' | 'appeals'; readonly format: 'tsv' | 'markdown' | 'csv' };
