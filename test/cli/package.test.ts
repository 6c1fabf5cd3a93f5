import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { VERSION } from '../../server/src/cli/main';
import { ROOT } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string>; bin: Record<string, string> };
const cliJs = path.join(ROOT, 'dist/cli.js');

describe('The installed package', () => {
	test('Should print the package version with --version', () => {
		assert.equal(VERSION, manifest.version);
		assert.equal(execFileSync(process.execPath, [cliJs, '--version'], { encoding: 'utf8' }).trim(), manifest.version);
	});

	test('Should build dist/ when packed, and pack the commands it installs but no sources or tests', () => {
		assert.match(manifest.scripts.prepack, /esbuild\.mjs/);
		// --ignore-scripts: `npm test` has just built dist/; a production rebuild here would pull it from under other tests.
		const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
		for (const bin of Object.values(manifest.bin)) assert.ok(files.includes(bin.replace(/^\.\//, '')), bin);
		assert.ok(files.includes('dist/server.js'));
		assert.ok(!files.some((f) => /^(test|server|client|out|node_modules)\//.test(f)), files.join(' '));
	});

	test('Should start the language server with `nianbao lsp --stdio`', async () => {
		const proc = spawn(process.execPath, [cliJs, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
		connection.listen();
		try {
			const result = await connection.sendRequest<{ serverInfo?: { name: string }; capabilities: object }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
			assert.equal(result.serverInfo?.name, 'nianbao');
			await connection.sendRequest('shutdown');
			const exited = new Promise((resolve) => proc.once('exit', resolve));
			await connection.sendNotification('exit');
			await exited;
		} finally {
			connection.dispose();
			proc.kill();
		}
	});
});
