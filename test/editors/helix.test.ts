import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { recipe, sandbox } from './recipes';

const helix = spawnSync('hx', ['--version'], { encoding: 'utf8' }).status === 0;

describe('Helix, set up by README', () => {
	// Helix has no headless mode to drive a session; `hx --health` reads the configuration and finds the server.
	test('Should accept README\'s languages.toml and find the nianbao server for text files', { skip: helix ? false : 'Helix (hx) is not installed; Debian 12 does not package it' }, () => {
		const { dir, env } = sandbox('nianbao-helix-');
		fs.mkdirSync(path.join(dir, 'helix'));
		fs.writeFileSync(path.join(dir, 'helix', 'languages.toml'), recipe('helix'));
		const health = spawnSync('hx', ['--health', 'text'], { env, encoding: 'utf8', timeout: 30_000 });
		assert.equal(health.status, 0, health.stderr);
		assert.match(health.stdout, /nianbao/);
		assert.doesNotMatch(health.stdout, /not found in \$PATH|✘ nianbao/);
	});
});
