import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli';
import { EXAMPLES_DIR, ROOT } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('Should contribute a problem matcher that reads every line `nianbao check` prints for a finding', async () => {
	const matcher = (manifest.contributes.problemMatchers as { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[]).find((m) => m.name === 'nianbao');
	assert.ok(matcher);
	const { pattern } = matcher;
	const re = new RegExp(pattern.regexp);
	const { stdout } = await cli(['check', EXAMPLES_DIR]);
	const findings = stdout.split('\n').filter((l) => /:\d+:\d+: /.test(l));
	assert.ok(findings.length > 0);
	for (const line of findings) {
		const m = re.exec(line);
		assert.ok(m, line);
		assert.ok(fs.existsSync(m[pattern.file]), m[pattern.file]);
		assert.ok(Number(m[pattern.line]) >= 1 && Number(m[pattern.column]) >= 1);
		assert.match(m[pattern.severity], /^(error|warning|info|hint)$/);
		assert.match(m[pattern.code], /^[a-z-]+$/);
		assert.ok(m[pattern.message].length > 0);
	}
});
