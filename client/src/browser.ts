/**
 * The web extension (package.json `browser`), for VS Code for the Web (vscode.dev, github.dev): the same
 * server, bundled for the browser, runs in a Web Worker (dist/browser/server.js); documents of any scheme
 * are served, since files there live in virtual file systems. Everything else is shared (common.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, type NianbaoApi } from './common';

/** The browser's Worker (the client's tsconfig has no DOM lib: typed by what the client accepts). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
	const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js').toString(true));
	client = new LanguageClient('nianbao', 'Nianbao 年报', clientOptions(null), worker);
	return startClient(context, client, { canImport: false });
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}
