import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseConfig, RULE_IDS, type Config, type Message } from '../engine/index';

export const CONFIG_FILE = '.nianbao.json';

export interface LoadedConfig {
	readonly config: Config;
	readonly file: string | null;
	readonly problems: readonly Message[];
}

/**
 * Reads and validates a configuration file: JSON with comments and trailing commas, as VS Code's own settings
 * files. A file that cannot be read or parsed is a problem, never a crash.
 */
export function readConfigFile(file: string): LoadedConfig {
	let text: string;
	try {
		// Windows editors may write a byte order mark.
		text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	} catch (e) {
		const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? { zh: '文件不存在', en: 'no such file' } : { zh: `无法读取：${(e as Error).message}`, en: `cannot be read: ${(e as Error).message}` };
		return { config: { rules: {} }, file, problems: [reason] };
	}
	const errors: ParseError[] = [];
	const json: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
	if (errors.length > 0) {
		const { error, offset } = errors[0];
		const line = text.slice(0, offset).split(/\r\n|\r|\n/).length;
		const what = printParseErrorCode(error);
		return { config: { rules: {} }, file, problems: [{ zh: `不是有效的 JSON（第 ${line} 行：${what}）`, en: `not valid JSON (line ${line}: ${what})` }] };
	}
	const { config, problems } = parseConfig(json, RULE_IDS);
	return { config, file, problems };
}

/** Finds `.nianbao.json` by walking up from a report's folder (the nearest wins), caching per folder. */
export class ConfigFinder {
	private readonly cache = new Map<string, LoadedConfig>();

	/** Forgets every folder's answer: a configuration file was created, changed or deleted. */
	clear(): void {
		this.cache.clear();
	}

	forFile(file: string): LoadedConfig {
		return this.forDir(path.dirname(path.resolve(file)));
	}

	private forDir(dir: string): LoadedConfig {
		const cached = this.cache.get(dir);
		if (cached) return cached;
		const candidate = path.join(dir, CONFIG_FILE);
		let found: LoadedConfig;
		if (fs.existsSync(candidate)) found = readConfigFile(candidate);
		else {
			const parent = path.dirname(dir);
			found = parent === dir ? { config: { rules: {} }, file: null, problems: [] } : this.forDir(parent);
		}
		this.cache.set(dir, found);
		return found;
	}
}
