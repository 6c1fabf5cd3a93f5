import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { ROOT } from './fixtures';

export interface Published {
	readonly version?: number;
	readonly diagnostics: Diagnostic[];
}

/** Drives the real server process over stdio, as an editor does. */
export class LspClient {
	private readonly published = new Map<string, Published[]>();
	private readonly listeners: (() => void)[] = [];
	readonly logs: string[] = [];
	readonly recognised: string[] = [];
	/** `window/showMessage` notifications, in order. */
	readonly messages: string[] = [];
	/** Requests the server sent to the client (`workspace/applyEdit`, `client/registerCapability`, refreshes), in order. */
	readonly serverRequests: { method: string; params: unknown }[] = [];
	/** What `workspace/configuration` answers for the section `nianbao` (changed by a test to mimic a settings edit). */
	settings: unknown = { diagnosticsDelay: 0 };

	private constructor(readonly process: ChildProcess, readonly connection: MessageConnection) {
		connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string } & Published) => {
			const list = this.published.get(p.uri) ?? [];
			list.push({ version: p.version, diagnostics: p.diagnostics });
			this.published.set(p.uri, list);
			for (const l of [...this.listeners]) l();
		});
		connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
		connection.onNotification('window/showMessage', (p: { message: string }) => {
			this.logs.push(p.message);
			this.messages.push(p.message);
		});
		connection.onNotification('nianbao/recognised', (p: { uri: string }) => void this.recognised.push(p.uri));
		connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
		for (const method of ['client/registerCapability', 'workspace/diagnostic/refresh', 'workspace/codeLens/refresh']) {
			connection.onRequest(method, (params: unknown) => void this.serverRequests.push({ method, params }));
		}
		connection.onRequest('workspace/applyEdit', (params: unknown) => {
			this.serverRequests.push({ method: 'workspace/applyEdit', params });
			return { applied: true };
		});
	}

	/** `delay`: the diagnostics delay sent in the initialization options (0 unless told; `'default'` sends none). */
	/**
	 * `args`: how the server is started (`dist/server.js --stdio` unless told); `pull`: the client pulls diagnostics;
	 * `watch`: it registers file watchers dynamically; `applyEdit`: it applies edits the server sends.
	 */
	static async start(options: { locale?: string; configuration?: boolean; delay?: number | 'default'; commands?: Record<string, string>; resolve?: boolean; rootUri?: string; args?: string[]; pull?: boolean; watch?: boolean; applyEdit?: boolean } = {}): Promise<LspClient> {
		const proc = spawn(process.execPath, options.args ?? [path.join(ROOT, 'dist/server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
		const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
		const client = new LspClient(proc, connection);
		connection.listen();
		await connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: options.rootUri ?? null,
			locale: options.locale ?? 'zh-cn',
			initializationOptions: { ...(options.delay === 'default' ? {} : { diagnosticsDelay: options.delay ?? 0 }), commands: options.commands },
			capabilities: {
				workspace: {
					configuration: options.configuration ?? false,
					applyEdit: options.applyEdit ?? false,
					didChangeWatchedFiles: { dynamicRegistration: options.watch ?? false },
					...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
				},
				textDocument: {
					publishDiagnostics: { relatedInformation: true },
					...(options.resolve === false ? {} : { codeAction: { resolveSupport: { properties: ['edit'] } } }),
					...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
				},
			},
		});
		await connection.sendNotification('initialized', {});
		return client;
	}

	open(uri: string, text: string, languageId = 'nianbao', version = 1): void {
		void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
	}

	close(uri: string): void {
		void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	change(uri: string, version: number, changes: ({ range: Range; text: string } | { text: string })[]): void {
		void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
	}

	/** Waits for a publish for `uri` (at `version`, when given) and returns its diagnostics. */
	diagnostics(uri: string, version?: number, timeout = 10_000): Promise<Diagnostic[]> {
		return new Promise((resolve, reject) => {
			const check = () => {
				const found = (this.published.get(uri) ?? []).find((p) => version === undefined || p.version === version);
				if (!found) return false;
				this.listeners.splice(this.listeners.indexOf(listener), 1);
				clearTimeout(timer);
				resolve(found.diagnostics);
				return true;
			};
			const listener = () => void check();
			this.listeners.push(listener);
			const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeout);
			check();
		});
	}

	/** Waits for a publish for `uri`, from now on, whose diagnostics satisfy `accept`, and returns them. */
	until(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeout = 10_000): Promise<Diagnostic[]> {
		return new Promise((resolve, reject) => {
			let seen = this.published.get(uri)?.length ?? 0;
			const check = () => {
				const list = this.published.get(uri) ?? [];
				for (; seen < list.length; seen++) {
					if (!accept(list[seen].diagnostics)) continue;
					this.listeners.splice(this.listeners.indexOf(check), 1);
					clearTimeout(timer);
					resolve(list[seen].diagnostics);
					return;
				}
			};
			this.listeners.push(check);
			const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}`)), timeout);
			check();
		});
	}

	/** The versions diagnostics were published for, in order. */
	publishedVersions(uri: string): (number | undefined)[] {
		return (this.published.get(uri) ?? []).map((p) => p.version);
	}

	notify(method: string, params: unknown): void {
		void this.connection.sendNotification(method, params);
	}

	/** Waits until `condition` holds (checked every 20 ms). */
	async waitFor(condition: () => boolean, what: string, timeout = 10_000): Promise<void> {
		const deadline = Date.now() + timeout;
		while (!condition()) {
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}

	/** The number of publishes for `uri` so far. */
	publishCount(uri: string): number {
		return (this.published.get(uri) ?? []).length;
	}

	/** The latest diagnostics published for `uri`. */
	latest(uri: string): Diagnostic[] | undefined {
		return this.published.get(uri)?.at(-1)?.diagnostics;
	}

	request<T>(method: string, params: unknown): Promise<T> {
		return this.connection.sendRequest(method, params) as Promise<T>;
	}

	/** `shutdown` then `exit`; resolves with the process's exit status. */
	async stop(): Promise<number | null> {
		const exited = new Promise<number | null>((resolve) => this.process.on('exit', (code) => resolve(code)));
		await this.connection.sendRequest('shutdown');
		await this.connection.sendNotification('exit');
		const code = await exited;
		this.connection.dispose();
		return code;
	}
}

/** Applies LSP text edits to a text (edits do not overlap). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	const offset = (p: Position) => {
		const lines = text.split(/(?<=\n)/);
		let o = 0;
		for (let k = 0; k < p.line; k++) o += lines[k]?.length ?? 0;
		return o + p.character;
	};
	const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
	let out = text;
	for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
	return out;
}
