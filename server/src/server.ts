/**
 * The language server's Node entry: a connection over stdio or Node IPC (`node dist/server.js --stdio`, or
 * `--node-ipc` from VS Code), and the host that reads files: `.nianbao.json`, published PDF and Word files.
 * It sizes V8's heap for a server first (node/heap.ts).
 * The server itself is `startServer` (./startServer), shared with the browser entry.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConfigFinder } from './node/config';
import { filePath } from './node/files';
import { HeapTuning } from './node/heap';
import { WorkspaceReports } from './node/workspace';
import { convertForEditor } from './node/sources/index';
import { startServer } from './startServer';

// Before any document arrives: the heap is sized for many small documents (node/heap.ts).
const heap = new HeapTuning();

const docsFile = path.resolve(__dirname, '../docs/rules.md');
const finder = new ConfigFinder();

startServer(createConnection(ProposedFeatures.all), {
	docs: fs.existsSync(docsFile) ? pathToFileURL(docsFile).href : null,
	configs: {
		forDocument(uri, workspace) {
			// A document that is not a file takes the configuration of the workspace folder.
			const dir = workspace ? filePath(workspace) : null;
			const file = filePath(uri) ?? (dir && path.join(dir, '.nianbao'));
			return file ? finder.forFile(file) : null;
		},
		clear: () => finder.clear(),
	},
	convertSource: (uri, lang) => convertForEditor(filePath(uri), lang),
	reports: (folders, changed) => new WorkspaceReports(folders.flatMap((f) => filePath(f) ?? []), changed),
	largeDocuments: (open) => heap.largeDocuments(open),
});
