import { RULE_SETTINGS, RULE_SETTING_SYNONYMS, type Message, type RuleSetting } from './vocabulary';

/** Rule severities chosen by the user (`.nianbao.json` or the editor's `nianbao.rules`). */
export interface Config {
	readonly rules: Readonly<Record<string, RuleSetting>>;
}

export const EMPTY_CONFIG: Config = { rules: {} };

/**
 * Validates configuration read from JSON. Unknown rule ids and bad values are reported, never silently
 * ignored; what is valid is kept. A synonym (`"warn"`) means its setting.
 */
export function parseConfig(value: unknown, knownRules: readonly string[]): { config: Config; problems: Message[] } {
	const problems: Message[] = [];
	const rules: Record<string, RuleSetting> = {};
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		problems.push({ zh: '配置必须是一个 JSON 对象，例如 { "rules": { "blank-cell": "off" } }', en: 'the configuration must be a JSON object, e.g. { "rules": { "blank-cell": "off" } }' });
		return { config: { rules }, problems };
	}
	for (const key of Object.keys(value)) {
		if (key !== 'rules' && key !== '$schema') problems.push({ zh: `未知的配置项“${key}”（只支持 "rules"）`, en: `unknown setting "${key}" (only "rules" is supported)` });
	}
	const r = (value as { rules?: unknown }).rules;
	if (r === undefined) return { config: { rules }, problems };
	if (r === null || typeof r !== 'object' || Array.isArray(r)) {
		problems.push({ zh: '"rules" 必须是对象：规则编号 → "off" | "hint" | "info" | "warning" | "error"', en: '"rules" must be an object: rule id → "off" | "hint" | "info" | "warning" | "error"' });
		return { config: { rules }, problems };
	}
	for (const [id, setting] of Object.entries(r)) {
		if (!knownRules.includes(id)) {
			problems.push({ zh: `未知的规则“${id}”；可用的规则：${knownRules.join('、')}`, en: `unknown rule "${id}"; known rules: ${knownRules.join(', ')}` });
		} else if (typeof setting === 'string' && Object.hasOwn(RULE_SETTING_SYNONYMS, setting)) {
			rules[id] = RULE_SETTING_SYNONYMS[setting];
		} else if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
			problems.push({ zh: `规则“${id}”的取值 ${JSON.stringify(setting)} 无效，应为 ${RULE_SETTINGS.join('、')} 之一`, en: `rule "${id}": ${JSON.stringify(setting)} is not one of ${RULE_SETTINGS.join(', ')}` });
		} else {
			rules[id] = setting as RuleSetting;
		}
	}
	return { config: { rules }, problems };
}
