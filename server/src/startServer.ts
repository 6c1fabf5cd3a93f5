/**
 * The nianbao language server, whatever the connection: it keeps documents in sync, analyses each version
 * once (an engine `Analysis` shared by every request), publishes diagnostics shortly after typing stops, and
 * answers requests from the shared analysis. Domain logic lives in the engine; the LSP shapes of each feature
 * live in ./lsp. What differs between Node and a browser's Web Worker (files, `.nianbao.json`, converting PDFs)
 * comes from the `ServerHost`; this module imports no Node module, so a browser entry can bundle it.
 * The entries create the connection: `server.ts` (Node: `--stdio`, `--node-ipc`) and the browser entry.
 */
import { CodeActionKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, FileChangeType, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic as LspDiagnostic, type DocumentDiagnosticReport, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RequestType } from 'vscode-jsonrpc';
import { Analysis, defaultReportYear, exportCsv, exportReport, parseConfig, reportSkeleton, RULE_IDS, tableProblems, tableSkeleton, tableText, type CompanionReport, type Config, type Lang, type Message, type ReportModel, type RuleSetting } from './engine/index';
import { ACTION_KINDS, CONVERT_SOURCE_REQUEST, EXPORT_REQUEST, isTableKey, RECOGNISED_NOTIFICATION, SERVER_COMMANDS, SKELETON_REQUEST, TABLE_TEXT_REQUEST, TABLES_REQUEST, type ClientCommands, type ConvertSourceResult } from './protocol';
import { codeActions, isActionData, resolveAction } from './lsp/actions';
import { completions } from './lsp/completion';
import { toLspDiagnostic } from './lsp/convert';
import type { OpenDocument } from './lsp/document';
import { hover } from './lsp/hover';
import { codeLenses, inlayHints } from './lsp/lenses';
import { tablesResult } from './lsp/preview';
import { documentSymbols, foldingRanges } from './lsp/symbols';

/** A configuration file as the host read it: the validated rules, where it is, and what was wrong in it. */
export interface ConfigFile {
	readonly config: Config;
	/** The file's path, or null when none applies. */
	readonly file: string | null;
	readonly problems: readonly Message[];
}

/** The `.nianbao.json` files, where the host can read files. */
export interface HostConfigs {
	/**
	 * The configuration that applies to a document (the nearest `.nianbao.json` above it), or null where none
	 * can be found; `workspace` is the first workspace folder's URI, for a document that is not a file.
	 */
	forDocument(uri: string, workspace: string | null): ConfigFile | null;
	/** Forgets every file read, so the next question reads them again (a configuration file changed). */
	clear(): void;
}

/** The reports of the workspace by body and year, where the host can read them (node/workspace.ts). */
export interface HostReports {
	/** Last year's report of an open document (which becomes a candidate for others), and a key naming that choice. */
	lastYearFor(uri: string, version: number, analysis: Analysis): { readonly companion: CompanionReport | null; readonly key: string };
	/** The key `lastYearFor` would give now: an analysis made with another key is stale. */
	keyFor(uri: string, model: ReportModel): string;
	close(uri: string): void;
	fileChanged(uri: string, deleted: boolean): void;
}

/** What the server needs from where it runs; a member a host cannot provide is left out (the browser). */
export interface ServerHost {
	/**
	 * The workspace's reports, so a report is compared with last year's (carryover-mismatch, similar-to-last-year);
	 * `changed` is told the open documents whose last year's report changed.
	 */
	readonly reports?: (folders: readonly string[], changed: (uris: readonly string[]) => void) => HostReports;
	/** The rule documentation diagnostics link to, or null. */
	readonly docs: string | null;
	readonly configs?: HostConfigs;
	/** Reads a published file (PDF, Word, web page) as report text for the import command. */
	readonly convertSource?: (uri: string, lang: Lang) => Promise<ConvertSourceResult>;
	/**
	 * Told whether a document of more than `LARGE_DOCUMENT` characters is open, when that changes: the Node host
	 * sizes V8's heap for throughput while one is, and for many small documents otherwise (node/heap.ts).
	 */
	readonly largeDocuments?: (open: boolean) => void;
}

interface Settings {
	readonly rules: Readonly<Record<string, RuleSetting>>;
	/** Milliseconds of quiet typing before diagnostics are computed. */
	readonly diagnosticsDelay: number;
}

/** Short enough not to be felt, long enough that a burst of keystrokes is analysed once. */
export const DEFAULT_DELAY = 50;
const MAX_PUBLISHED = 1000;
/**
 * Analyses kept for the documents used most recently (an analysis holds about 20 times its text); the others
 * are recomputed when next asked for, so memory stays flat however many documents are open. A few cover the
 * editors in view; the character budget keeps one 1 MB report from holding several others' worth.
 */
const KEPT_ANALYSES = 8;
const KEPT_CHARACTERS = 2_000_000;
/** Characters beyond which a document is large (a report is a few thousand; its analysis then holds tens of megabytes). */
export const LARGE_DOCUMENT = 200_000;
const REPORT_LANGUAGE = 'nianbao';
/** Plain text as clients name it: `plaintext` (VS Code), `text` (Neovim, Emacs' text-mode, Helix), Markdown. */
const PLAIN_LANGUAGES = new Set(['plaintext', 'text', 'txt', 'markdown', '']);
/** Files read as plain text whatever language id the client sends for them (editors name `.txt` files differently). */
const PLAIN_FILE = /\.(txt|text|md|markdown)$/i;
const REPORT_FILE = /\.nianbao$/i;
/** The configuration files the server watches (the client reports their changes). */
const CONFIG_GLOB = '**/.nianbao.json';
const REPORT_GLOB = '**/*.{txt,md,nianbao}';
const CONFIG_FILE = /(^|[/\\])\.nianbao\.json$/;
const EMPTY: Config = { rules: {} };

/**
 * One turn of the event loop as the connection counts them: vscode-jsonrpc handles one queued message per
 * `setImmediate` in Node and per `setTimeout(0)` in a browser.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** Whether a document is always checked (a report by its language or extension), checked if it reads as a report (plain text), or never. */
function checkedWhen(languageId: string, uri: string): 'always' | 'ifReport' | 'never' {
	const file = uri.replace(/[?#].*$/, '');
	if (languageId === REPORT_LANGUAGE || REPORT_FILE.test(file)) return 'always';
	return PLAIN_LANGUAGES.has(languageId) || PLAIN_FILE.test(file) ? 'ifReport' : 'never';
}

/** Serves the nianbao language server on `connection` (created by the entry for its platform) and starts listening. */
export function startServer(connection: Connection, host: ServerHost): void {
	const documents = new TextDocuments(TextDocument);
	const analyses = new Map<string, OpenDocument>();
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	const settingsCache = new Map<string, Promise<Settings>>();
	const configs = new Map<string, Config>();
	const warnedConfigs = new Set<string>();
	const announced = new Set<string>();
	/** Documents just opened: their first diagnostics are not delayed. */
	const justOpened = new Set<string>();

	let lang: Lang = 'zh';
	let relatedInformation = false;
	let configurationSupport = false;
	let resolveSupport = false;
	let defaultDelay = DEFAULT_DELAY;
	let clientCommands: ClientCommands = {};
	let applyEditSupport = false;
	/** The client pulls diagnostics (`textDocument/diagnostic`): then none are pushed. */
	let pullDiagnostics = false;
	let refreshSupport = false;
	/** Settings the client pushed with `workspace/didChangeConfiguration`, for a client that cannot be asked. */
	let pushedSettings: unknown = null;
	/** Bumped when anything but the document changes its diagnostics (settings, last year's report): part of every pulled result id. */
	let resultGeneration = 0;
	/** The first workspace folder: where the configuration of a document that is not a file comes from. */
	let workspace: string | null = null;
	let reports: HostReports | null = null;
	/** The key of the last year's report each kept analysis was made with. */
	const lastYearKeys = new Map<string, string>();
	let watchSupport = false;

	/** Runs a handler; a failure is logged to the client and answered with `fallback`: no document kills the server. */
	function guard<T>(name: string, fallback: T, fn: () => T): T {
		try {
			return fn();
		} catch (e) {
			connection.console.error(`nianbao: ${name} failed: ${(e as Error).stack ?? String(e)}`);
			return fallback;
		}
	}

	/**
	 * Shows a message to the user. A notification, not `window/showMessageRequest`: nothing is asked, and some
	 * editors (Neovim) turn a request into a prompt that waits for an answer.
	 */
	function show(type: MessageType, message: string): void {
		void connection.sendNotification(ShowMessageNotification.type, { type, message });
	}

	/** Binds a custom request to its handler with the types protocol.ts declares for it. */
	function onRequest<P, R>(type: RequestType<P, R, void>, fallback: R, handler: (params: P) => R): void {
		connection.onRequest(type.method, (params: P): unknown => guard(type.method, fallback, () => handler(params)));
	}

	// The import command's conversion: asynchronous (pdf.js), so bound directly; the host's conversion never rejects.
	const convertSource = host.convertSource;
	if (convertSource) connection.onRequest(CONVERT_SOURCE_REQUEST.method, (p: { uri: string }) => convertSource(p.uri, lang));

	connection.onInitialize((params): InitializeResult => {
		const options = (params.initializationOptions ?? {}) as { locale?: string; diagnosticsDelay?: number; commands?: ClientCommands };
		clientCommands = options.commands ?? {};
		const locale = params.locale ?? options.locale ?? 'zh-cn';
		lang = /^zh/i.test(locale) ? 'zh' : 'en';
		if (typeof options.diagnosticsDelay === 'number' && options.diagnosticsDelay >= 0) defaultDelay = options.diagnosticsDelay;
		relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
		configurationSupport = params.capabilities.workspace?.configuration === true;
		resolveSupport = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
		workspace = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
		const caps = params.capabilities;
		applyEditSupport = caps.workspace?.applyEdit === true;
		watchSupport = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
		refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
		const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
		reports = host.reports?.(folders, (uris) => recheck(uris)) ?? null;
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: true,
				foldingRangeProvider: true,
				hoverProvider: true,
				completionProvider: { triggerCharacters: ['、', '（', '('] },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ...Object.values(ACTION_KINDS)], resolveProvider: true },
				codeLensProvider: { resolveProvider: false },
				inlayHintProvider: true,
				executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
				...(pullDiagnostics ? { diagnosticProvider: { identifier: 'nianbao', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
			},
			serverInfo: { name: 'nianbao', version: '0.1.0' },
		};
	});

	// Configuration files, and the workspace's reports (last year's report may change on disk), are watched where the client can register watchers.
	connection.onInitialized(() => {
		const globs = [...(host.configs ? [CONFIG_GLOB] : []), ...(reports ? [REPORT_GLOB] : [])];
		if (watchSupport && globs.length > 0) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
	});

	/**
	 * Open documents are checked again (something they depend on changed: settings, last year's report): their
	 * diagnostics are pushed at once, or, to a client that pulls them, the result ids change and it is asked to pull again.
	 */
	function recheck(uris: readonly string[]): void {
		resultGeneration++;
		if (pullDiagnostics) {
			if (refreshSupport) void connection.languages.diagnostics.refresh();
			return;
		}
		for (const uri of uris) {
			const doc = documents.get(uri);
			if (doc) schedule(doc, 0);
		}
	}

	/** Settings or configuration files changed: every open document is checked again with what now applies. */
	function settingsChanged(): void {
		settingsCache.clear();
		recheck(documents.all().map((d) => d.uri));
	}

	// Pulled (`workspace/configuration`) or pushed (`settings.nianbao`) settings: both apply at once.
	connection.onDidChangeConfiguration((p) => {
		const settings = (p?.settings ?? null) as { nianbao?: unknown } | null;
		if (typeof settings?.nianbao === 'object' && settings.nianbao !== null) pushedSettings = settings.nianbao;
		settingsChanged();
	});

	connection.onDidChangeWatchedFiles((p) => guard('didChangeWatchedFiles', undefined, () => {
		for (const change of p.changes) if (!CONFIG_FILE.test(change.uri)) reports?.fileChanged(change.uri, change.type === FileChangeType.Deleted);
		if (!p.changes.some((c) => CONFIG_FILE.test(c.uri))) return;
		host.configs?.clear();
		// A file still wrong after the change is worth another warning.
		warnedConfigs.clear();
		settingsChanged();
	}));

	/**
	 * The user's settings for a document: `nianbao.*` from the client (asked with `workspace/configuration`, else
	 * as last pushed), then `.nianbao.json` (which wins), found from the document's folder, or from the
	 * workspace's for a document that is not a file.
	 */
	function settingsFor(uri: string): Promise<Settings> {
		let cached = settingsCache.get(uri);
		if (!cached) {
			cached = (async () => {
				const pulled: unknown = configurationSupport ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' }).catch(() => null) : null;
				const value = (typeof pulled === 'object' && pulled !== null ? pulled : pushedSettings) as { rules?: unknown; diagnosticsDelay?: unknown } | null;
				let rules: Record<string, RuleSetting> = value?.rules !== undefined ? { ...parseConfig({ rules: value.rules }, RULE_IDS).config.rules } : {};
				const delay = typeof value?.diagnosticsDelay === 'number' && value.diagnosticsDelay >= 0 ? value.diagnosticsDelay : defaultDelay;
				const loaded = host.configs?.forDocument(uri, workspace);
				if (loaded) {
					if (loaded.file && loaded.problems.length > 0 && !warnedConfigs.has(loaded.file)) {
						warnedConfigs.add(loaded.file);
						show(MessageType.Warning, `${loaded.file}: ${loaded.problems.map((p) => p[lang]).join('; ')}`);
					}
					rules = { ...rules, ...loaded.config.rules };
				}
				return { rules, diagnosticsDelay: delay };
			})().catch((e: unknown) => {
				connection.console.error(`nianbao: settings for ${uri} failed: ${(e as Error).stack ?? String(e)}`);
				return { rules: {}, diagnosticsDelay: defaultDelay };
			});
			settingsCache.set(uri, cached);
		}
		return cached;
	}

	/** The analysis of the document's current version, computed once and reused by every request. */
	function analysisOf(doc: TextDocument): OpenDocument {
		let current = analyses.get(doc.uri);
		analyses.delete(doc.uri);
		if (current && current.version !== doc.version) current = undefined;
		if (!current || (reports && lastYearKeys.get(doc.uri) !== reports.keyFor(doc.uri, current.analysis.model))) {
			// An earlier version's analysis is dropped before the new one is computed, not held alongside it.
			const analysis = current?.analysis ?? new Analysis(doc.getText(), configs.get(doc.uri) ?? EMPTY);
			current = withLastYear({ uri: doc.uri, version: doc.version, analysis });
		}
		keep(current);
		return current;
	}

	/** Marks an analysis as the most recently used, and forgets the least recently used beyond the budgets. */
	function keep(open: OpenDocument): void {
		// A Map iterates in insertion order: re-inserting marks the most recent use, and the first key is the least recent.
		analyses.set(open.uri, open);
		let characters = 0;
		for (const kept of analyses.values()) characters += kept.analysis.text.length;
		for (const [uri, kept] of analyses) {
			if (analyses.size === 1 || (analyses.size <= KEPT_ANALYSES && characters <= KEPT_CHARACTERS)) break;
			analyses.delete(uri);
			characters -= kept.analysis.text.length;
		}
	}

	/** The analysis compared with last year's report in the workspace, when the host knows one. */
	function withLastYear(open: OpenDocument): OpenDocument {
		if (!reports) return open;
		const found = reports.lastYearFor(open.uri, open.version, open.analysis);
		lastYearKeys.set(open.uri, found.key);
		if (!found.companion && !open.analysis.companions.lastYear) return open;
		return { ...open, analysis: open.analysis.withCompanions({ lastYear: found.companion }) };
	}

	/** Reports are always analysed; plain text and Markdown only when they read as a report. */
	function isAnalysed(doc: TextDocument): boolean {
		const when = checkedWhen(doc.languageId, doc.uri);
		return when === 'always' || (when === 'ifReport' && analysisOf(doc).analysis.isReport);
	}

	/** The analysed document at `uri`, or null (unknown, not a report, or a malformed request). */
	function analysed(uri: unknown): OpenDocument | null {
		const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
		return doc && isAnalysed(doc) ? analysisOf(doc) : null;
	}

	/** Makes `settings` the rules a document is analysed with (its analysis is dropped when they changed). */
	function applySettings(uri: string, settings: Settings): void {
		const previous = configs.get(uri);
		if (!previous || JSON.stringify(previous.rules) !== JSON.stringify(settings.rules)) {
			configs.set(uri, { rules: settings.rules });
			analyses.delete(uri);
		}
	}

	function schedule(doc: TextDocument, delay?: number): void {
		if (pullDiagnostics) return;
		clearTimeout(timers.get(doc.uri));
		const version = doc.version;
		void settingsFor(doc.uri).then((settings) => {
			applySettings(doc.uri, settings);
			// A newer change scheduled its own run meanwhile.
			if (documents.get(doc.uri)?.version !== version) return;
			clearTimeout(timers.get(doc.uri));
			timers.set(doc.uri, setTimeout(() => void validate(doc.uri, version), delay ?? settings.diagnosticsDelay));
		});
	}

	/**
	 * Whether `version` is still the document's version once the messages already received are processed:
	 * the connection handles one queued message per turn of the event loop, so a didChange that arrived while
	 * the server was busy is applied before the version is trusted, and a stale version is never analysed.
	 */
	async function stillCurrent(uri: string, version: number): Promise<boolean> {
		for (let turn = 0; turn < 3; turn++) {
			await nextTurn();
			if (documents.get(uri)?.version !== version) return false;
		}
		return true;
	}

	/** The diagnostics of a document's current version as LSP sends them; none for a document that is not checked. */
	function diagnosticsOf(doc: TextDocument): LspDiagnostic[] {
		if (!isAnalysed(doc)) return [];
		const { analysis: a } = analysisOf(doc);
		const { uri, version } = doc;
		// An editor chokes on hundreds of thousands of diagnostics; the first ones and a count keep it usable.
		const all = a.diagnostics;
		const shown = all.slice(0, MAX_PUBLISHED);
		const diagnostics = shown.map((d, index) => toLspDiagnostic(d, index, a.lines, { uri, version, lang, relatedInformation, docs: host.docs }));
		const hidden = all.length - shown.length;
		if (hidden > 0) {
			diagnostics.push({
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				severity: DiagnosticSeverity.Information,
				source: 'nianbao',
				message: lang === 'zh' ? `另有 ${hidden} 个问题未显示（最多显示 ${MAX_PUBLISHED} 个）；命令行 nianbao check 会列出全部` : `${hidden} more problems are not shown (at most ${MAX_PUBLISHED}); nianbao check on the command line lists them all`,
			});
		}
		// VS Code's client switches a plain-text document that reads as a report to the report language.
		if (doc.languageId === 'plaintext' && !announced.has(uri)) {
			announced.add(uri);
			void connection.sendNotification(RECOGNISED_NOTIFICATION.method, { uri });
		}
		return diagnostics;
	}

	/**
	 * Reads the document's current version (its model, and last year's report it is compared with): the first
	 * of the two steps of checking it. False when there is nothing to check.
	 */
	function readCurrent(uri: string): boolean {
		const doc = documents.get(uri);
		if (!doc) return false;
		if (isAnalysed(doc)) void analysisOf(doc).analysis.model;
		return true;
	}

	/**
	 * Publishes diagnostics for a version, unless the document moved on meanwhile (its own run follows). The
	 * document is read, then its rules run, in two turns: an edit that arrives while a large document is read
	 * stops this run before its rules, so a stale version delays the latest one by one step at most.
	 */
	async function validate(uri: string, version: number): Promise<void> {
		timers.delete(uri);
		if (!(await stillCurrent(uri, version))) return;
		if (!guard('diagnostics', false, () => readCurrent(uri))) return;
		if (!(await stillCurrent(uri, version))) return;
		const doc = documents.get(uri);
		if (!doc) return;
		guard('diagnostics', undefined, () => void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(doc) }));
	}

	/**
	 * Pulled diagnostics: the client asks when it wants them (after its own debounce). The result id names the
	 * version and the settings, so an unchanged document under unchanged settings is answered `unchanged`.
	 */
	connection.languages.diagnostics.on(async (p, token): Promise<DocumentDiagnosticReport> => {
		const uri = p.textDocument.uri;
		try {
			const asked = documents.get(uri);
			if (!asked) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
			applySettings(uri, await settingsFor(uri));
			// An edit typed meanwhile is applied (and this request possibly cancelled) before anything is analysed.
			await stillCurrent(uri, asked.version);
			if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded', { retriggerRequest: true });
			const doc = documents.get(uri);
			if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
			const resultId = `${doc.version}:${resultGeneration}`;
			if (p.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
			return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(doc) };
		} catch (e) {
			if (e instanceof ResponseError) throw e;
			connection.console.error(`nianbao: textDocument/diagnostic failed: ${(e as Error).stack ?? String(e)}`);
			return { kind: DocumentDiagnosticReportKind.Full, items: [] };
		}
	});

	/** The open documents of more than `LARGE_DOCUMENT` characters. */
	const large = new Set<string>();
	function sized(uri: string, characters: number): void {
		const before = large.size;
		if (characters > LARGE_DOCUMENT) large.add(uri);
		else large.delete(uri);
		if ((before === 0) !== (large.size === 0)) host.largeDocuments?.(large.size > 0);
	}

	documents.onDidOpen((e) => void justOpened.add(e.document.uri));
	documents.onDidChangeContent((e) => guard('didChange', undefined, () => {
		sized(e.document.uri, e.document.getText().length);
		schedule(e.document, justOpened.delete(e.document.uri) ? 0 : undefined);
	}));
	documents.onDidClose((e) => {
		const uri = e.document.uri;
		sized(uri, 0);
		clearTimeout(timers.get(uri));
		for (const state of [timers, analyses, settingsCache, configs, lastYearKeys]) state.delete(uri);
		reports?.close(uri);
		announced.delete(uri);
		justOpened.delete(uri);
		if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
	});

	connection.onDocumentSymbol((p) => guard('documentSymbol', [], () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? documentSymbols(doc.analysis, lang) : [];
	}));

	connection.onFoldingRanges((p) => guard('foldingRange', [], () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? foldingRanges(doc.analysis) : [];
	}));

	connection.onHover((p) => guard('hover', null, () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? hover(doc.analysis, doc.analysis.lines.offsetAt(p.position), lang) : null;
	}));

	connection.onCompletion((p) => guard('completion', [], () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? completions(doc.analysis, doc.analysis.lines.offsetAt(p.position), lang) : [];
	}));

	connection.onCodeAction((p) => guard('codeAction', [], () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? codeActions(doc, p.range, p.context.diagnostics, p.context.only, { lang, resolve: resolveSupport, applyEdit: applyEditSupport }) : [];
	}));

	connection.onCodeActionResolve((action) => guard('codeAction/resolve', action, () => {
		const doc = isActionData(action.data) ? analysed(action.data.uri) : null;
		return doc ? resolveAction(doc, action) : action;
	}));

	connection.onCodeLens((p) => guard('codeLens', [], () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? codeLenses(doc, { lang, commands: clientCommands, applyEdit: applyEditSupport }) : [];
	}));

	connection.languages.inlayHint.on((p) => guard('inlayHint', [], () => {
		const doc = analysed(p.textDocument?.uri);
		return doc ? inlayHints(doc, lang) : [];
	}));

	// The server's own commands, for lenses and actions in editors without nianbao commands (protocol.ts).
	connection.onExecuteCommand(async (p) => {
		const [first, second] = p.arguments ?? [];
		try {
			if (p.command === SERVER_COMMANDS.applyAction && isActionData(first)) {
				const doc = analysed(first.uri);
				const resolved = doc ? resolveAction(doc, { title: p.command, data: first }) : null;
				if (!resolved?.edit) return null;
				const applied = await connection.workspace.applyEdit({ label: 'nianbao', edit: resolved.edit });
				return applied.applied;
			}
			if (p.command === SERVER_COMMANDS.showProblems && typeof first === 'string' && isTableKey(second)) {
				const doc = analysed(first);
				const message = doc ? tableProblems(doc.analysis, second) : null;
				if (message) show(MessageType.Info, message[lang]);
				return null;
			}
		} catch (e) {
			connection.console.error(`nianbao: ${p.command} failed: ${(e as Error).stack ?? String(e)}`);
		}
		return null;
	});

	onRequest(TABLES_REQUEST, null, (p) => {
		const doc = analysed(p?.textDocument?.uri);
		return doc ? tablesResult(doc, lang) : null;
	});

	onRequest(SKELETON_REQUEST, null, (p) => {
		const doc = p.uri ? documents.get(p.uri) : undefined;
		const a = doc ? analysisOf(doc).analysis : null;
		const eol = a?.eol ?? '\n';
		if (p.kind === 'report') return reportSkeleton({ version: p.version, style: p.style, eol, year: a?.model.year ?? defaultReportYear(p.version, new Date().getFullYear()) }) + eol;
		return tableSkeleton(p.kind, { version: p.version, style: p.style, eol }) + eol;
	});

	onRequest(EXPORT_REQUEST, null, (p) => {
		const doc = documents.get(p.textDocument.uri);
		if (!doc) return null;
		const a = analysisOf(doc).analysis;
		const record = exportReport(p.textDocument.uri, a.text, a.model);
		// A file for a spreadsheet: a BOM (Excel and WPS read UTF-8 Chinese by it) and headers in the UI language.
		return p.format === 'csv' ? exportCsv([record], { lang, bom: true }) : JSON.stringify(record, null, 2) + '\n';
	});

	onRequest(TABLE_TEXT_REQUEST, null, (p) => {
		const doc = analysed(p.textDocument.uri);
		return doc ? tableText(doc.analysis, p.table, p.format) : null;
	});

	documents.listen(connection);
	connection.listen();
}
