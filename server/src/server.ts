/**
 * The nianbao language server: the only module that talks LSP. It keeps documents in sync, analyses each
 * version once, debounces diagnostics, and answers requests from the shared analysis. Domain logic lives
 * in the engine; the LSP shapes of each feature live in ./lsp.
 * Start with `node dist/server.js --stdio` (or `--node-ipc` from VS Code).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, DiagnosticSeverity, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig, RULE_IDS, type Config, type RuleSetting } from './engine/index';
import { isReport } from './engine/features/recognise';
import { ConfigFinder } from './node/config';
import { TABLE_TEXT_METHOD, type TableTextParams, EXPORT_METHOD, RECOGNISED_NOTIFICATION, SKELETON_METHOD, TABLES_METHOD, type ClientCommands, type ExportParams, type RecognisedParams, type SkeletonParams, type TablesParams, type TablesResult } from './protocol';
import { reportSkeleton, tableSkeleton } from './engine/format/skeleton';
import { exportCsv, exportReport } from './engine/features/export';
import { codeActions, CONVERT_KIND, FIX_ALL_KIND, INSERT_SECTIONS_KIND, REFORMAT_KIND } from './lsp/actions';
import { completions } from './lsp/completion';
import { toLspDiagnostic } from './lsp/convert';
import { analyseDocument, type Analysis, type Lang } from './lsp/document';
import { hoverAt } from './lsp/hover';
import { codeLenses, inlayHints } from './lsp/lenses';
import { tablesResult, tableText } from './lsp/preview';
import { documentSymbols, foldingRanges } from './lsp/symbols';

interface Settings {
	readonly rules: Readonly<Record<string, RuleSetting>>;
	/** Milliseconds of quiet typing before diagnostics are computed. */
	readonly diagnosticsDelay: number;
}

const DEFAULT_DELAY = 250;
const MAX_PUBLISHED = 1000;
const REPORT_LANGUAGE = 'nianbao';
const DETECTED_LANGUAGES = new Set(['plaintext', 'markdown']);

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const analyses = new Map<string, Analysis>();
const timers = new Map<string, NodeJS.Timeout>();
const settingsCache = new Map<string, Promise<Settings>>();
const configFinder = new ConfigFinder();
const warnedConfigs = new Set<string>();

let lang: Lang = 'zh';
let relatedInformation = false;
let configurationSupport = false;
let defaultDelay = DEFAULT_DELAY;
let clientCommands: ClientCommands = {};
const announced = new Set<string>();
const docsFile = path.resolve(__dirname, '../docs/rules.md');
const docs = fs.existsSync(docsFile) ? pathToFileURL(docsFile).href : null;

/** Runs a handler; a failure is logged to the client and answered with `fallback`: no document kills the server. */
function guard<T>(name: string, fallback: T, fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		connection.console.error(`nianbao: ${name} failed: ${(e as Error).stack ?? String(e)}`);
		return fallback;
	}
}

connection.onInitialize((params): InitializeResult => {
	const options = (params.initializationOptions ?? {}) as { locale?: string; diagnosticsDelay?: number; commands?: ClientCommands };
	clientCommands = options.commands ?? {};
	const locale = params.locale ?? options.locale ?? 'zh-cn';
	lang = /^zh/i.test(locale) ? 'zh' : 'en';
	if (typeof options.diagnosticsDelay === 'number' && options.diagnosticsDelay >= 0) defaultDelay = options.diagnosticsDelay;
	relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
	configurationSupport = params.capabilities.workspace?.configuration === true;
	return {
		capabilities: {
			textDocumentSync: TextDocumentSyncKind.Incremental,
			documentSymbolProvider: true,
			foldingRangeProvider: true,
			hoverProvider: true,
			completionProvider: { triggerCharacters: ['、', '（', '('] },
			codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CONVERT_KIND, REFORMAT_KIND, INSERT_SECTIONS_KIND] },
			codeLensProvider: { resolveProvider: false },
			inlayHintProvider: true,
		},
		serverInfo: { name: 'nianbao', version: '0.1.0' },
	};
});

connection.onDidChangeConfiguration(() => {
	settingsCache.clear();
	for (const doc of documents.all()) schedule(doc, 0);
});

/** The user's settings for a document: `nianbao.*` from the client, then `.nianbao.json` (which wins). */
function settingsFor(uri: string): Promise<Settings> {
	let cached = settingsCache.get(uri);
	if (!cached) {
		cached = (async () => {
			let rules: Record<string, RuleSetting> = {};
			let delay = defaultDelay;
			if (configurationSupport) {
				const value = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' }).catch(() => null)) as { rules?: unknown; diagnosticsDelay?: unknown } | null;
				if (value?.rules !== undefined) rules = { ...parseConfig({ rules: value.rules }, RULE_IDS).config.rules };
				if (typeof value?.diagnosticsDelay === 'number' && value.diagnosticsDelay >= 0) delay = value.diagnosticsDelay;
			}
			if (uri.startsWith('file:')) {
				const loaded = configFinder.forFile(fileURLToPath(uri));
				if (loaded.file && loaded.problems.length > 0 && !warnedConfigs.has(loaded.file)) {
					warnedConfigs.add(loaded.file);
					void connection.window.showWarningMessage(`${loaded.file}: ${loaded.problems.map((p) => p[lang]).join('; ')}`);
				}
				rules = { ...rules, ...loaded.config.rules };
			}
			return { rules, diagnosticsDelay: delay };
		})();
		settingsCache.set(uri, cached);
	}
	return cached;
}

const configs = new Map<string, Config>();

/** The analysis of the document's current version, computed once and reused by every request. */
function analysisOf(doc: TextDocument): Analysis {
	const cached = analyses.get(doc.uri);
	if (cached && cached.version === doc.version) return cached;
	const a = analyseDocument(doc.uri, doc.version, doc.getText(), configs.get(doc.uri) ?? { rules: {} });
	analyses.set(doc.uri, a);
	return a;
}

/** Reports are always analysed; plain text and Markdown only when they read as a report. */
function isAnalysed(doc: TextDocument): boolean {
	if (doc.languageId === REPORT_LANGUAGE) return true;
	if (!DETECTED_LANGUAGES.has(doc.languageId)) return false;
	const a = analysisOf(doc);
	return isReport(a.text, a.report);
}

function document(uri: string): TextDocument | null {
	const doc = documents.get(uri);
	return doc && isAnalysed(doc) ? doc : null;
}

function schedule(doc: TextDocument, delay?: number): void {
	clearTimeout(timers.get(doc.uri));
	const version = doc.version;
	void settingsFor(doc.uri).then((settings) => {
		clearTimeout(timers.get(doc.uri));
		timers.set(doc.uri, setTimeout(() => validate(doc.uri, version), delay ?? settings.diagnosticsDelay));
		const previous = configs.get(doc.uri);
		if (!previous || JSON.stringify(previous.rules) !== JSON.stringify(settings.rules)) {
			configs.set(doc.uri, { rules: settings.rules });
			analyses.delete(doc.uri);
		}
	});
}

/** Publishes diagnostics for a version, unless the document moved on meanwhile (the work is then cancelled). */
function validate(uri: string, version: number): void {
	timers.delete(uri);
	const doc = documents.get(uri);
	if (!doc || doc.version !== version) return;
	guard('diagnostics', undefined, () => {
		if (!isAnalysed(doc)) {
			void connection.sendDiagnostics({ uri, version, diagnostics: [] });
			return;
		}
		const a = analysisOf(doc);
		// An editor chokes on hundreds of thousands of diagnostics; the first ones and a count keep it usable.
		const shown = a.report.diagnostics.slice(0, MAX_PUBLISHED);
		const diagnostics = shown.map((d) => toLspDiagnostic(d, a.lines, { uri, lang, relatedInformation, docs }));
		const hidden = a.report.diagnostics.length - shown.length;
		if (hidden > 0) {
			diagnostics.push({
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				severity: DiagnosticSeverity.Information,
				source: 'nianbao',
				message: lang === 'zh' ? `另有 ${hidden} 个问题未显示（最多显示 ${MAX_PUBLISHED} 个）；命令行 nianbao check 会列出全部` : `${hidden} more problems are not shown (at most ${MAX_PUBLISHED}); nianbao check on the command line lists them all`,
			});
		}
		if (doc.languageId === 'plaintext' && !announced.has(uri)) {
			announced.add(uri);
			void connection.sendNotification(RECOGNISED_NOTIFICATION, { uri } satisfies RecognisedParams);
		}
		void connection.sendDiagnostics({ uri, version, diagnostics });
	});
}

documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
	clearTimeout(timers.get(e.document.uri));
	timers.delete(e.document.uri);
	analyses.delete(e.document.uri);
	announced.delete(e.document.uri);
	settingsCache.delete(e.document.uri);
	configs.delete(e.document.uri);
	void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol((p) => guard('documentSymbol', [], () => {
	const doc = document(p.textDocument.uri);
	return doc ? documentSymbols(analysisOf(doc), lang) : [];
}));

connection.onFoldingRanges((p) => guard('foldingRange', [], () => {
	const doc = document(p.textDocument.uri);
	return doc ? foldingRanges(analysisOf(doc)) : [];
}));

connection.onHover((p) => guard('hover', null, () => {
	const doc = document(p.textDocument.uri);
	return doc ? hoverAt(analysisOf(doc), doc.offsetAt(p.position), lang) : null;
}));

connection.onCompletion((p) => guard('completion', [], () => {
	const doc = document(p.textDocument.uri);
	return doc ? completions(analysisOf(doc), doc.offsetAt(p.position), lang) : [];
}));

connection.onCodeAction((p) => guard('codeAction', [], () => {
	const doc = document(p.textDocument.uri);
	if (!doc) return [];
	return codeActions(analysisOf(doc), p.range, p.context.diagnostics, p.context.only, lang, configs.get(doc.uri) ?? { rules: {} });
}));

connection.onCodeLens((p) => guard('codeLens', [], () => {
	const doc = document(p.textDocument.uri);
	return doc ? codeLenses(analysisOf(doc), lang, clientCommands) : [];
}));

connection.languages.inlayHint.on((p) => guard('inlayHint', [], () => {
	const doc = document(p.textDocument.uri);
	return doc ? inlayHints(analysisOf(doc), lang) : [];
}));

connection.onRequest(TABLES_METHOD, (p: TablesParams): TablesResult | null => guard('tables', null, () => {
	const doc = document(p?.textDocument?.uri);
	return doc ? tablesResult(analysisOf(doc), lang) : null;
}));

connection.onRequest(SKELETON_METHOD, (p: SkeletonParams): string | null => guard('skeleton', null, () => {
	const doc = p.uri ? documents.get(p.uri) : undefined;
	const year = doc ? analysisOf(doc).report.year : null;
	const eol = doc ? analysisOf(doc).lines.eol() : '\n';
	if (p.kind === 'report') return reportSkeleton({ version: p.version, style: p.style, eol, year: year ?? undefined }) + eol;
	return tableSkeleton(p.kind, { version: p.version, style: p.style, eol }) + eol;
}));

connection.onRequest(EXPORT_METHOD, (p: ExportParams): string | null => guard('export', null, () => {
	const doc = documents.get(p.textDocument.uri);
	if (!doc) return null;
	const record = exportReport(p.textDocument.uri, doc.getText(), analysisOf(doc).report);
	return p.format === 'csv' ? exportCsv([record]) : JSON.stringify(record, null, 2) + '\n';
}));

connection.onRequest(TABLE_TEXT_METHOD, (p: TableTextParams): string | null => guard('tableText', null, () => {
	const doc = document(p.textDocument.uri);
	return doc ? tableText(analysisOf(doc), p.table, p.format) : null;
}));

documents.listen(connection);
connection.listen();
