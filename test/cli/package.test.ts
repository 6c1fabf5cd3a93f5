import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { VERSION } from '../../server/src/cli/main';
import { HOMEPAGE_URL, REPOSITORY_URL } from '../../server/src/cli/project';
import { ROOT } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	version: string; scripts: Record<string, string>; bin: Record<string, string>;
	repository: { type: string; url: string }; bugs: { url: string }; homepage: string; icon: string;
};
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

	test('Should name its repository, issues, home page and icon, as vsce needs to package without flags', () => {
		assert.equal(manifest.repository.type, 'git');
		assert.equal(manifest.repository.url, `${REPOSITORY_URL}.git`);
		assert.equal(manifest.bugs.url, `${REPOSITORY_URL}/issues`);
		assert.equal(manifest.homepage, HOMEPAGE_URL);
		assert.doesNotMatch(manifest.scripts.package, /--allow-missing-repository|--no-rewrite-relative-links/);
		assert.match(manifest.scripts['vscode:prepublish'], /esbuild\.mjs --production/);
		// The icon: a 128×128 PNG (its IHDR chunk), which the extension package re-includes.
		const png = fs.readFileSync(path.join(ROOT, manifest.icon));
		assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
		assert.equal(png.toString('ascii', 12, 16), 'IHDR');
		assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
		assert.ok(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes(`!${manifest.icon}`));
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
