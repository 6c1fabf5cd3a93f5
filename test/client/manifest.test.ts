import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/engine/index';
import { snippets, snippetsFile } from '../../server/src/tools/snippets';
import { analyze, ROOT } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, lang ? `package.nls.${lang}.json` : 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('The extension manifest', () => {
	test('Should ship snippets that match the engine\'s table definitions', () => {
		assert.equal(fs.readFileSync(path.join(ROOT, 'snippets/nianbao.json'), 'utf8'), snippetsFile(), 'run `npm run build` to regenerate snippets/nianbao.json');
	});

	test('Should offer a snippet per table, version and style, each reading back as its table', () => {
		const all = snippets();
		assert.equal(Object.keys(all).length, 16);
		for (const s of Object.values(all)) {
			const text = s.body.join('\n').replace(/\\([\\$}])/g, '$1');
			const r = analyze(text);
			assert.ok(Object.values(r.tables).some((t) => t !== null && t.status === 'parsed' && t.missingRows.length === 0), s.prefix[0]);
		}
	});

	test('Should list every rule, with its default, in the nianbao.rules setting', () => {
		const rules = manifest.contributes.configuration.properties['nianbao.rules'].properties as Record<string, { default: string }>;
		assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.id).sort());
		for (const r of RULES) assert.equal(rules[r.id].default, r.defaultSeverity);
	});

	test('Should put every command under one category and translate every manifest string', () => {
		const en = nls('');
		const zh = nls('zh-cn');
		assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
		assert.equal(zh.category, '年报');
		assert.equal(en.category, 'Nianbao');
		for (const c of manifest.contributes.commands) {
			assert.equal(c.category, '%category%');
			assert.ok(en[c.title.slice(1, -1)] && zh[c.title.slice(1, -1)], c.command);
		}
		const placeholders = JSON.stringify(manifest).match(/%[\w.]+%/g) ?? [];
		for (const p of placeholders) assert.ok(p.slice(1, -1) in en, p);
	});

	test('Should translate every runtime string of the client', () => {
		const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
		const sources = fs.readdirSync(path.join(ROOT, 'client/src')).map((f) => fs.readFileSync(path.join(ROOT, 'client/src', f), 'utf8')).join('\n');
		const used = [...sources.matchAll(/vscode\.l10n\.t\('([^']+)'/g)].map((m) => m[1]);
		assert.ok(used.length > 10);
		for (const key of used) assert.ok(bundle[key], key);
	});

	test('Should declare activation explicitly and an engine range vscode-languageclient supports', () => {
		assert.ok(manifest.activationEvents.includes('onLanguage:nianbao'));
		assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
		assert.equal(manifest.engines.vscode, '^1.91.0');
		assert.equal(manifest.main, './dist/main.js');
	});
});
