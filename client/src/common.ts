/**
 * What the extension does once its language client exists, the same on the desktop (server over Node IPC,
 * extension.ts) and on the web (server in a Web Worker, browser.ts): switches plain-text reports to the
 * `nianbao` language when the server says they are reports (unless the user chose another language),
 * registers the commands, the preview and the status bar item. No domain logic lives here.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { COMMANDS, RECOGNISED_NOTIFICATION, type ClientCommands } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { LanguageChoices } from './languageChoice';
import { registerPreview } from './preview';
import { ReportStatus } from './status';

/** What the extension returns from `activate`, for its integration tests. */
export interface NianbaoApi {
	readonly client: BaseLanguageClient;
}

const LANGUAGES = ['nianbao', 'plaintext', 'markdown'];

/** The client's options; `schemes` limits the documents served (files on the desktop, any scheme on the web). */
export function clientOptions(schemes: readonly string[] | null): LanguageClientOptions {
	const documentSelector: DocumentSelector = schemes ? LANGUAGES.flatMap((language) => schemes.map((scheme) => ({ scheme, language }))) : LANGUAGES.map((language) => ({ language }));
	const commands: ClientCommands = { showProblems: 'workbench.actions.view.problems', showPreview: COMMANDS.showPreview };
	return {
		documentSelector,
		synchronize: { configurationSection: 'nianbao', fileEvents: vscode.workspace.createFileSystemWatcher('**/.nianbao.json') },
		initializationOptions: { locale: vscode.env.language, commands },
		diagnosticCollectionName: 'nianbao',
	};
}

/** Starts the client and everything around it. `canImport`: the server can read PDF and Word files (not in a browser). */
export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient, options: { readonly canImport: boolean }): Promise<NianbaoApi> {
	const choices = languageChoices(context);
	context.subscriptions.push(client.onNotification(RECOGNISED_NOTIFICATION, (p) => void switchLanguage(p.uri, choices)));
	await client.start();
	registerCommands(context, client, options);
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
