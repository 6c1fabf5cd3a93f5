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

	private constructor(readonly process: ChildProcess, readonly connection: MessageConnection) {
		connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string } & Published) => {
			const list = this.published.get(p.uri) ?? [];
			list.push({ version: p.version, diagnostics: p.diagnostics });
			this.published.set(p.uri, list);
			for (const l of [...this.listeners]) l();
		});
		connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
		connection.onNotification('window/showMessage', (p: { message: string }) => void this.logs.push(p.message));
		connection.onNotification('nianbao/recognised', (p: { uri: string }) => void this.recognised.push(p.uri));
		connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ diagnosticsDelay: 0 })));
		connection.onRequest('client/registerCapability', () => null);
	}

	/** `delay`: the diagnostics delay sent in the initialization options (0 unless told; `'default'` sends none). */
	static async start(options: { locale?: string; configuration?: boolean; delay?: number | 'default'; commands?: Record<string, string>; resolve?: boolean; rootUri?: string } = {}): Promise<LspClient> {
		const proc = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
		const client = new LspClient(proc, connection);
		connection.listen();
		await connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: options.rootUri ?? null,
			locale: options.locale ?? 'zh-cn',
			initializationOptions: { ...(options.delay === 'default' ? {} : { diagnosticsDelay: options.delay ?? 0 }), commands: options.commands },
			capabilities: {
				workspace: { configuration: options.configuration ?? false },
				textDocument: { publishDiagnostics: { relatedInformation: true }, ...(options.resolve === false ? {} : { codeAction: { resolveSupport: { properties: ['edit'] } } }) },
			},
		});
		await connection.sendNotification('initialized', {});
		return client;
	}

	open(uri: string, text: string, languageId = 'nianbao', version = 1): void {
		void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
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
