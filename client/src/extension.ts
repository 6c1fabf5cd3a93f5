/**
 * The nianbao VS Code extension: starts the language server, switches plain-text reports to the
 * `nianbao` language, registers the commands and the status bar item. No domain logic lives here.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS, RECOGNISED_NOTIFICATION, type ClientCommands } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { registerPreview } from './preview';
import { ReportStatus } from './status';

let client: LanguageClient | undefined;

/** What the extension returns from `activate`, for its integration tests. */
export interface NianbaoApi {
	readonly client: LanguageClient;
}

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
	};
	const commands: ClientCommands = { showProblems: 'workbench.actions.view.problems', showPreview: COMMANDS.showPreview };
	const clientOptions: LanguageClientOptions = {
		documentSelector: ['nianbao', 'plaintext', 'markdown'].flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
		synchronize: { configurationSection: 'nianbao', fileEvents: vscode.workspace.createFileSystemWatcher('**/.nianbao.json') },
		initializationOptions: { locale: vscode.env.language, commands },
		diagnosticCollectionName: 'nianbao',
	};
	client = new LanguageClient('nianbao', 'Nianbao 年报', serverOptions, clientOptions);
	context.subscriptions.push(
		client.onNotification(RECOGNISED_NOTIFICATION, (p) => void switchLanguage(p.uri)),
	);
	await client.start();
	registerCommands(context, client);
	registerPreview(context, client);
	context.subscriptions.push(new ReportStatus(client));
	return { client };
}

/** A plain-text document the server reads as a report becomes a `nianbao` document (unless turned off). */
async function switchLanguage(uri: string): Promise<void> {
	if (!vscode.workspace.getConfiguration('nianbao').get<boolean>('detection.switchLanguage', true)) return;
	const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
	if (doc && doc.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, 'nianbao');
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}
