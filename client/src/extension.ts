/**
 * The nianbao VS Code extension: starts the language server, switches plain-text reports to the
 * `nianbao` language, registers the commands and the status bar item. No domain logic lives here.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS, RECOGNISED_NOTIFICATION, type ClientCommands } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { LanguageChoices } from './languageChoice';
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
	const choices = languageChoices(context);
	context.subscriptions.push(
		client.onNotification(RECOGNISED_NOTIFICATION, (p) => void switchLanguage(p.uri, choices)),
	);
	await client.start();
	registerCommands(context, client);
	registerPreview(context, client);
	context.subscriptions.push(new ReportStatus(client));
	return { client };
}

const CHOICES_KEY = 'nianbao.languageChoices';

/** The documents the user moved out of 年报, remembered for the workspace. */
function languageChoices(context: vscode.ExtensionContext): LanguageChoices {
	const choices = new LanguageChoices(context.workspaceState.get<string[]>(CHOICES_KEY, []), (uris) => void context.workspaceState.update(CHOICES_KEY, uris));
	let settling: ReturnType<typeof setTimeout> | undefined;
	context.subscriptions.push(
		vscode.workspace.onDidCloseTextDocument((d) => {
			choices.closed(d.uri.toString(), d.languageId);
			// A language change closes and reopens the document in one turn; anything still closed after it was closed.
			clearTimeout(settling);
			settling = setTimeout(() => choices.settle(), 0);
		}),
		vscode.workspace.onDidOpenTextDocument((d) => choices.opened(d.uri.toString(), d.languageId)),
	);
	return choices;
}

/**
 * A plain-text document the server reads as a report becomes a `nianbao` document (unless turned off, or
 * the user chose another language for it).
 */
async function switchLanguage(uri: string, choices: LanguageChoices): Promise<void> {
	if (!vscode.workspace.getConfiguration('nianbao').get<boolean>('detection.switchLanguage', true)) return;
	if (!choices.maySwitch(uri)) return;
	const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
	if (doc && doc.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, 'nianbao');
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}
