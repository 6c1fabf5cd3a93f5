import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../support/fixtures';
import { editorRun, OUTLINE_003, REPORT_002, versionOf } from './recipes';

const version = versionOf('emacs', ['--version'], /GNU Emacs (\d+)\.(\d+)/);
const eglot = fs.existsSync('/usr/share/emacs/site-lisp/elpa') && fs.readdirSync('/usr/share/emacs/site-lisp/elpa').some((d) => d.startsWith('eglot-'));
const missing = version === null ? 'emacs is not installed' : !eglot ? 'eglot is not installed (Debian: elpa-eglot)' : false;

interface Result {
	readonly mode: string;
	readonly waited: boolean;
	readonly servers: number;
	readonly diagnostics: readonly { line: number; col: number; text: string }[];
	readonly symbols: readonly string[];
}

describe('Emacs with eglot as an LSP client, set up by README', () => {
	// CI installs Debian's emacs-nox and elpa-eglot (.ci/run); elsewhere the test is skipped only if they are absent.
	test('Should check reports in the default text-mode with the eglot recipe', { skip: missing && !process.env.CI ? missing : false }, () => {
		assert.equal(missing, false, 'emacs and eglot must be installed on CI');
		const { reports, out, env } = editorRun('nianbao-emacs-', 'emacs-eglot', 'el');
		const emacs = spawnSync('emacs', ['--batch', '-Q', '-l', path.join(ROOT, 'test/editors/emacs.el')], { cwd: reports, env, encoding: 'utf8', timeout: 60_000 });
		assert.ok(fs.existsSync(out), `emacs wrote no result: ${emacs.stderr} ${emacs.stdout}`);
		const result = JSON.parse(fs.readFileSync(out, 'utf8')) as Result;
		assert.equal(result.mode, 'text-mode', 'Emacs\' own mode for .txt');
		assert.equal(result.waited, true);
		// eglot writes a diagnostic as `nianbao [code]: message`.
		assert.deepEqual(result.diagnostics.map((d) => `${/\[([a-z-]+)\]/.exec(d.text)?.[1]}@${d.line}:${d.col}`).sort(), REPORT_002);
		assert.ok(result.diagnostics.some((d) => /（七）总计·自然人 为 0/.test(d.text)));
		assert.equal(result.servers, 1, 'one server for the folder\'s reports');
		assert.deepEqual(result.symbols, OUTLINE_003);
	});
});
