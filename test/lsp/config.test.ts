import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseConfig, RULE_IDS } from '../../server/src/engine/index';
import { ConfigFinder, readConfigFile } from '../../server/src/node/config';
import { ROOT } from '../support/fixtures';

const write = (text: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-config-'));
	const file = path.join(dir, '.nianbao.json');
	fs.writeFileSync(file, text);
	return file;
};

describe('.nianbao.json', () => {
	test('Should accept comments, trailing commas and a byte order mark (JSONC, as VS Code writes settings)', () => {
		const file = write('\uFEFF{\n  // 表格已核对\n  "rules": {\n    "blank-cell": "off", /* 空白单元格 */\n    "heading-wording": "info",\n  },\n}\n');
		const loaded = readConfigFile(file);
		assert.deepEqual(loaded.problems, []);
		assert.deepEqual(loaded.config.rules, { 'blank-cell': 'off', 'heading-wording': 'info' });
	});

	test('Should take "warn" as "warning", in the file and in the editor setting', () => {
		assert.deepEqual(readConfigFile(write('{ "rules": { "missing-title": "warn" } }')).config.rules, { 'missing-title': 'warning' });
		const { config, problems } = parseConfig({ rules: { 'missing-title': 'warn', 'blank-cell': 'loud' } }, RULE_IDS);
		assert.deepEqual(config.rules, { 'missing-title': 'warning' });
		assert.equal(problems.length, 1, 'a value that is no synonym is still a problem');
	});

	test('Should let the schema accept "warn" for every rule', () => {
		const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/nianbao.schema.json'), 'utf8')) as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
		const rules = Object.entries(schema.properties.rules.properties);
		assert.equal(rules.length, RULE_IDS.length);
		for (const [id, setting] of rules) assert.ok(setting.enum.includes('warn') && setting.enum.includes('warning'), id);
	});

	test('Should name the line of a syntax error, not crash', () => {
		const loaded = readConfigFile(write('{\n  "rules": {\n    "blank-cell" "off"\n  }\n}\n'));
		assert.deepEqual(loaded.config.rules, {});
		assert.match(loaded.problems[0].zh, /不是有效的 JSON（第 3 行/);
		assert.match(loaded.problems[0].en, /line 3: /);
	});

	test('Should read a changed file again once cleared, and not before', () => {
		const file = write('{ "rules": { "blank-cell": "off" } }');
		const report = path.join(path.dirname(file), 'sub', '2024.txt');
		const finder = new ConfigFinder();
		assert.deepEqual(finder.forFile(report).config.rules, { 'blank-cell': 'off' });
		fs.writeFileSync(file, '{ "rules": { "blank-cell": "error" } }');
		assert.deepEqual(finder.forFile(report).config.rules, { 'blank-cell': 'off' }, 'cached per folder');
		finder.clear();
		assert.deepEqual(finder.forFile(report).config.rules, { 'blank-cell': 'error' });
	});
});
