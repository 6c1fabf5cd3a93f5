import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './support/fixtures';

/**
 * The import boundaries of ARCHITECTURE.md, checked on the source: the engine is pure and self-contained,
 * only the server entry files (the shared server and the entries that create its connection) talk LSP, only the client talks to VS Code.
 */

interface Import {
	readonly file: string;
	readonly specifier: string;
	readonly typeOnly: boolean;
}

function sources(dir: string): string[] {
	const out: string[] = [];
	for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
		const rel = path.posix.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...sources(rel));
		else if (entry.name.endsWith('.ts')) out.push(rel);
	}
	return out;
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
	const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
	const out: Import[] = [];
	for (const m of text.matchAll(IMPORT)) out.push({ file, specifier: m[3] ?? m[4], typeOnly: m[2] !== undefined });
	return out;
}

const server = sources('server/src').flatMap(importsOf);
const client = sources('client').flatMap(importsOf);
const all = [...server, ...client];
const isRelative = (s: string) => s.startsWith('.');
const resolved = (i: Import) => path.posix.normalize(path.posix.join(path.posix.dirname(i.file), i.specifier));
const list = (imports: readonly Import[]) => imports.map((i) => `${i.file} → ${i.specifier}`);

/** The language server whatever the connection; the entries (`server/src/*.ts` creating a connection) wrap it. */
const SHARED_SERVER = 'server/src/startServer.ts';
const isLanguageServer = (s: string) => /^vscode-languageserver(\/|$)|^vscode-languageserver-textdocument$/.test(s);
/** A server entry: the shared server, or a top-level module that creates a connection for its platform. */
const isServerEntry = (file: string) => file === SHARED_SERVER || (/^server\/src\/[^/]+\.ts$/.test(file) && server.some((i) => i.file === file && /^vscode-languageserver\/(node|browser)$/.test(i.specifier)));
/** Specifiers a browser cannot load: Node's own modules, a package's Node build, pdf.js's Node use. */
const isNodeOnly = (s: string) => s.startsWith('node:') || builtinModules.includes(s) || /\/node$/.test(s) || s.startsWith('pdfjs-dist');

/** Packages the engine may use: pure code that is bundled, without I/O or timers. */
const PURE_PACKAGES: ReadonlySet<string> = new Set(['htmlparser2']);

describe('Import boundaries', () => {
	test('Should find the imports it checks', () => {
		assert.ok(server.length > 100 && server.some((i) => i.specifier === 'vscode-languageserver/node'), 'the scan sees the server entry');
		assert.ok(client.some((i) => i.specifier === 'vscode'), 'the scan sees the client');
	});

	test('Should keep the engine self-contained: nothing outside server/src/engine, no Node module, no editor API', () => {
		const engine = server.filter((i) => i.file.startsWith('server/src/engine/'));
		const outside = engine.filter((i) => (isRelative(i.specifier) ? !resolved(i).startsWith('server/src/engine/') : !PURE_PACKAGES.has(i.specifier)));
		assert.deepEqual(list(outside), []);
	});

	test('Should let only the server entry files import vscode-languageserver; lsp/ converters import LSP types only', () => {
		const connection = all.filter((i) => isLanguageServer(i.specifier) && !isServerEntry(i.file));
		assert.deepEqual(list(connection), []);
		// An entry creates its platform's connection; the server itself is the shared, platform-free module.
		const platform = server.filter((i) => i.file === SHARED_SERVER && /^vscode-languageserver\/(node|browser)$/.test(i.specifier));
		assert.deepEqual(list(platform), []);
		const lsp = server.filter((i) => i.file.startsWith('server/src/lsp/') && !isRelative(i.specifier) && i.specifier !== 'vscode-languageserver-types');
		assert.deepEqual(list(lsp), []);
	});

	test('Should keep the shared server free of Node: a browser entry bundles it and all it imports', () => {
		assert.ok(server.some((i) => i.file === SHARED_SERVER), 'the scan sees the shared server');
		const reached = new Set<string>();
		const pending = [SHARED_SERVER];
		const offending: Import[] = [];
		while (pending.length > 0) {
			const file = pending.pop()!;
			if (reached.has(file)) continue;
			reached.add(file);
			for (const i of server.filter((j) => j.file === file && !j.typeOnly)) {
				if (!isRelative(i.specifier)) {
					if (isNodeOnly(i.specifier)) offending.push(i);
					continue;
				}
				const target = `${resolved(i)}.ts`;
				if (target.startsWith('server/src/node/') || target.startsWith('server/src/cli/')) offending.push(i);
				else pending.push(fs.existsSync(path.join(ROOT, target)) ? target : `${resolved(i)}/index.ts`);
			}
		}
		assert.ok(reached.has('server/src/engine/index.ts'), 'the walk follows relative imports');
		assert.deepEqual(list(offending), []);
	});

	test('Should let only client/ import vscode and the language client', () => {
		const editor = server.filter((i) => i.specifier === 'vscode' || i.specifier.startsWith('vscode-languageclient'));
		assert.deepEqual(list(editor), []);
	});

});
