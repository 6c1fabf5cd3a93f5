/**
 * The desktop extension: the language server runs in a Node process over IPC (dist/server.js). Everything
 * else is shared with the web extension (common.ts).
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient, type NianbaoApi } from './common';

export type { NianbaoApi } from './common';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
	};
	client = new LanguageClient('nianbao', 'Nianbao 年报', serverOptions, clientOptions(['file', 'untitled']));
	return startClient(context, client, { canImport: true });
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}
