import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { COMMANDS, isFromWebview } from '../../server/src/protocol';
import { ROOT } from '../support/fixtures';

describe('The protocol module', () => {
	test('Should declare exactly the commands the manifest contributes', () => {
		const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
		assert.deepEqual(Object.values(COMMANDS).sort(), manifest.contributes.commands.map((c) => c.command).sort());
	});

	test('Should accept the webview\'s declared messages and nothing else', () => {
		const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
		assert.ok(isFromWebview({ type: 'ready' }));
		assert.ok(isFromWebview({ type: 'reveal', range }));
		assert.ok(isFromWebview({ type: 'copy', table: 'requests', format: 'csv' }));
		for (const bad of [null, 'ready', 42, {}, { type: 'eval' }, { type: 'reveal' }, { type: 'reveal', range: { start: { line: -1, character: 0 }, end: range.end } },
			{ type: 'reveal', range: { start: { line: '1', character: 0 }, end: range.end } }, { type: 'copy', table: '__proto__', format: 'csv' }, { type: 'copy', table: 'requests', format: 'html' }]) {
			assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
		}
	});
});
