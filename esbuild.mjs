// Bundles the entry points into dist/ (esbuild does not type-check: `npm run typecheck` does).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node18',
	sourcemap: !production,
	minify: production,
	logLevel: 'info',
	// jsonc-parser's main build (UMD) requires its modules dynamically, which a bundle cannot follow; its ES build bundles.
	alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const entries = [
	// The package's main: the engine's API, and the extension's activate (which loads dist/client.js lazily).
	{ entryPoints: ['client/src/main.ts'], outfile: 'dist/main.js', external: ['vscode', './client.js'] },
	{ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	// pdf.js (3 MB) is one bundle of its own that the command line and the server require when they first read a PDF.
	{ entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', external: ['./server.js', './pdfjs.js'] },
	{ entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', external: ['./pdfjs.js'] },
	{ entryPoints: ['server/src/node/sources/pdfjs.ts'], outfile: 'dist/pdfjs.js' },
	// The web extension (package.json `browser`): the client in VS Code for the Web's extension host, the server
	// in a Web Worker. Platform browser: a Node module anywhere in their imports fails the build.
	{ entryPoints: ['client/src/browser.ts'], outfile: 'dist/browser/client.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
	{ entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browser/server.js', platform: 'browser', format: 'iife', target: 'es2022' },
	// The preview's own code runs in the webview (a browser page), built from its own folder.
	{ entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife' },
];

if (!watch) fs.rmSync('dist', { recursive: true, force: true });

// Snippets are generated from the engine's table definitions (test/client/snippets.test.ts keeps them in step).
await esbuild.build({ ...common, sourcemap: false, minify: false, logLevel: 'warning', entryPoints: ['server/src/tools/snippets.ts'], outfile: 'out/tools/snippets.js' });
const { snippetsFile } = createRequire(import.meta.url)('./out/tools/snippets.js');
fs.mkdirSync('snippets', { recursive: true });
fs.writeFileSync('snippets/nianbao.json', snippetsFile());

fs.mkdirSync('dist/webview', { recursive: true });
fs.copyFileSync('client/webview/style.css', 'dist/webview/preview.css');

for (const entry of entries) {
	const ctx = await esbuild.context({ ...common, ...entry });
	if (watch) await ctx.watch();
	else {
		await ctx.rebuild();
		await ctx.dispose();
	}
}
