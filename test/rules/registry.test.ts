import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/engine/index';
import { configSchema, ruleSettings } from '../../server/src/tools/settings';
import { ROOT } from '../support/fixtures';

const RULE_DIR = path.join(ROOT, 'server/src/engine/rules');
const NOT_RULES = new Set(['rule.ts', 'index.ts']);
const files = fs.readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f)).map((f) => f.slice(0, -3)).sort();

describe('The rule registry', () => {
	test('Should register every rule file, under the file name as its id', () => {
		assert.deepEqual([...RULES.map((r) => r.id)].sort(), files);
	});

	test('Should use unique kebab-case ids', () => {
		const ids = RULES.map((r) => r.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
	});

	test('Should give every rule a Chinese and an English description', () => {
		for (const r of RULES) assert.ok(r.description.zh && r.description.en && /[\u4e00-\u9fff]/.test(r.description.zh), r.id);
	});

	test('Should have a test file per rule', () => {
		for (const id of files) assert.ok(fs.existsSync(path.join(ROOT, 'test/rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`);
	});

	test('Should document every rule in docs/rules.md, with its default severity', () => {
		const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
		for (const r of RULES) {
			const section = doc.split(/^## /m).find((s) => s.startsWith(`${r.id}\n`));
			assert.ok(section, `docs/rules.md has “## ${r.id}”`);
			assert.ok(section.includes(`默认级别：${r.defaultSeverity}`), `${r.id} documents its severity`);
		}
	});

	test('Should generate the nianbao.rules setting of package.json from the registry', () => {
		const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		const message = 'package.json drifted from the registry: run node out/server/src/tools/settings.js --write';
		assert.deepEqual(manifest.contributes.configuration.properties['nianbao.rules'].properties, ruleSettings(), message);
	});

	test('Should generate the .nianbao.json schema from the registry, and contribute it for validation', () => {
		const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/nianbao.schema.json'), 'utf8'));
		assert.deepEqual(schema, JSON.parse(JSON.stringify(configSchema())), 'schemas/nianbao.schema.json drifted: run node out/server/src/tools/settings.js --write');
		const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		assert.ok(manifest.contributes.jsonValidation.some((v: { fileMatch: string; url: string }) => v.fileMatch === '.nianbao.json' && v.url === './schemas/nianbao.schema.json'));
	});
});
