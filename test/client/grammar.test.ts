import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../support/fixtures';

describe('The TextMate grammar', () => {
	test('Should give headings, labels, numbers, dates, laws and document numbers their scopes (vscode-tmgrammar-test)', () => {
		const bin = path.join(ROOT, 'node_modules/.bin/vscode-tmgrammar-test');
		const run = spawnSync(bin, ['-g', 'syntaxes/nianbao.tmLanguage.json', 'test/grammar/*.test.nianbao'], { cwd: ROOT, encoding: 'utf8' });
		assert.equal(run.status, 0, run.stdout + run.stderr);
	});
});
