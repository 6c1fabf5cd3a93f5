/**
 * The package's `main`: the engine's API for Node programs (`analyze`, `read`…) and, for VS Code, the
 * extension's `activate`/`deactivate`, which load the client (and `vscode`) only when VS Code calls them.
 */
import type * as vscode from 'vscode';
import type { NianbaoApi } from './extension';

export * from '../../server/src/engine/index';

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
	// Loaded lazily: requiring this module outside VS Code (as a library) must not require 'vscode'.
	return (require('./client.js') as typeof import('./extension')).activate(context);
}

export function deactivate(): Thenable<void> | undefined {
	return (require('./client.js') as typeof import('./extension')).deactivate();
}
