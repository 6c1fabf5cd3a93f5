/**
 * What the rule registry generates: the `nianbao.rules` setting of package.json and the JSON schema of
 * `.nianbao.json`. test/rules/registry.test.ts fails when package.json or schemas/nianbao.schema.json
 * drift from it; `node out/server/src/tools/settings.js --write` (after `npm run pretest`) rewrites both.
 */
import * as fs from 'node:fs';
import { RULES, RULE_SETTINGS, RULE_SETTING_SYNONYMS, type Severity } from '../engine/index';

export interface RuleSettingSchema {
	readonly type: 'string';
	readonly enum: readonly string[];
	readonly default: Severity;
	readonly description: string;
}

/** The values a rule setting accepts: the settings, then their synonyms (`"warn"`). */
const SETTING_VALUES: readonly string[] = [...RULE_SETTINGS, ...Object.keys(RULE_SETTING_SYNONYMS)];

/** One property per rule, in registry order: its settings, its default, its description in both languages. */
export function ruleSettings(): Record<string, RuleSettingSchema> {
	return Object.fromEntries(RULES.map((r) => [r.id, { type: 'string', enum: SETTING_VALUES, default: r.defaultSeverity, description: `${r.description.zh} / ${r.description.en}` }]));
}

/** The JSON schema of `.nianbao.json`, for editors' validation and completion. */
export function configSchema(): object {
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		title: 'nianbao configuration (.nianbao.json)',
		description: '年报检查规则的级别 / Rule severities for nianbao',
		type: 'object',
		properties: {
			$schema: { type: 'string' },
			rules: { type: 'object', description: '规则编号 → 级别 / rule id → severity', properties: ruleSettings(), additionalProperties: false },
		},
		additionalProperties: false,
	};
}

/** `--write`: rewrites package.json's `nianbao.rules` and the schema file from the registry (run from the repository root). */
if (require.main === module && process.argv.includes('--write')) {
	const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
	manifest.contributes.configuration.properties['nianbao.rules'].properties = ruleSettings();
	fs.writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');
	fs.mkdirSync('schemas', { recursive: true });
	fs.writeFileSync('schemas/nianbao.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
}
