/**
 * The language server's browser entry: the same server (`startServer`) in a Web Worker, for VS Code for the
 * Web (vscode.dev, github.dev). It talks to the client by the worker's messages. A browser has no file system,
 * so there is no `.nianbao.json` (settings come from the editor) and no import of PDF or Word files.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './startServer';

/** The worker's global scope (typed by what the reader accepts, so this entry needs no DOM or WebWorker lib). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & ConstructorParameters<typeof BrowserMessageWriter>[0];

// No documentation link: the bundle has no docs/rules.md beside it, and the package names no repository yet.
startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)), { docs: null });
