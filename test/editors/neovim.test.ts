import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../support/fixtures';
import { editorRun, OUTLINE_003, REPORT_002, versionOf } from './recipes';

const version = versionOf('nvim', ['--version'], /NVIM v(\d+)\.(\d+)/);
const atLeast = (major: number, minor: number) => version !== null && (version[0] > major || (version[0] === major && version[1] >= minor));

interface Result {
	readonly filetype: string;
	readonly waited: boolean;
	readonly diagnostics: readonly { code: string; line: number; col: number }[];
	readonly clients: number;
	readonly symbols: readonly string[];
}

/** Runs headless Neovim with README's recipe `name` on 002 and 003, copied as plain .txt files into a fresh folder. */
function run(name: string): Result {
	const { reports, out, env } = editorRun('nianbao-nvim-', name, 'lua');
	const nvim = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'test/editors/neovim.lua')}`], { cwd: reports, env, encoding: 'utf8', timeout: 60_000 });
	assert.ok(fs.existsSync(out), `neovim wrote no result: ${nvim.stderr} ${nvim.stdout}`);
	return JSON.parse(fs.readFileSync(out, 'utf8')) as Result;
}

function assertChecked(result: Result): void {
	assert.equal(result.filetype, 'text', 'Neovim\'s own filetype for .txt');
	assert.equal(result.waited, true);
	assert.deepEqual(result.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`).sort(), REPORT_002);
	assert.equal(result.clients, 1, 'one server for every report');
	assert.deepEqual(result.symbols, OUTLINE_003);
}

describe('Neovim as an LSP client, set up by README', () => {
	// CI installs Debian's neovim 0.7 (.ci/run); elsewhere the test is skipped only if Neovim is absent.
	test('Should check reports in their default filetype with the Neovim 0.7 recipe', { skip: version === null && !process.env.CI ? 'nvim is not installed' : false }, () => {
		assert.ok(version, 'nvim must be installed on CI');
		assertChecked(run('neovim-0.7'));
	});

	const newer = atLeast(0, 10) ? false : `Neovim 0.10 or later is not installed (found ${version ? version.join('.') : 'none'}; Debian 12 packages 0.7)`;
	test('Should check reports in their default filetype with the Neovim 0.10 recipe (vim.lsp.start)', { skip: newer }, () => {
		assertChecked(run('neovim-0.10'));
	});

	test('Should check reports in their default filetype with the Neovim 0.11 recipe (vim.lsp.config, vim.lsp.enable)', { skip: atLeast(0, 11) ? false : `Neovim 0.11 or later is not installed (found ${version ? version.join('.') : 'none'})` }, () => {
		assertChecked(run('neovim-0.11'));
	});
});
