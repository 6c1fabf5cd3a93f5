/**
 * Command-line options through Node's own `util.parseArgs` (strict: an unknown option or a missing value is a
 * usage error), with the failures turned into messages in the user's language.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import type { Lang } from './messages';

/** One option: a value (`--format json`, `--format=json`, `-f json`), a flag (`--fix`), or a repeatable value. */
export interface OptionSpec {
	readonly type: 'string' | 'boolean';
	readonly short?: string;
	readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What every command accepts. */
export const COMMON_OPTIONS: OptionSpecs = {
	help: { type: 'boolean', short: 'h' },
	lang: { type: 'string' },
};

export interface ParsedArgs {
	readonly positionals: readonly string[];
	readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

/** A mistake on the command line: the message says what is wrong, in the user's language (exit status 2). */
export class UsageError extends Error {
	constructor(readonly text: { readonly zh: string; readonly en: string }) {
		super(text.en);
	}
}

export function usageError(zh: string, en: string): UsageError {
	return new UsageError({ zh, en });
}

/** Parses a command's arguments; `--` ends the options, and `-` alone is a positional (standard input). */
export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
	try {
		const { values, positionals } = nodeParseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...specs }, strict: true, allowPositionals: true });
		return { values, positionals };
	} catch (e) {
		throw explain(e as NodeJS.ErrnoException);
	}
}

/** parseArgs's errors name the option in quotes; the message around it is ours. */
function explain(e: NodeJS.ErrnoException): UsageError {
	const option = /'([^']+)'/.exec(e.message)?.[1]?.replace(/ <value>$/, '') ?? '';
	switch (e.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return usageError(`未知的选项 ${option}`, `unknown option ${option}`);
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			if (/does not take an argument/.test(e.message)) return usageError(`选项 ${option} 不带取值`, `option ${option} takes no value`);
			if (/ambiguous/.test(e.message)) return usageError(`选项 ${option} 缺少取值（以 - 开头的取值请写成 ${option}=取值）`, `option ${option} needs a value (write ${option}=VALUE for a value starting with -)`);
			return usageError(`选项 ${option} 缺少取值`, `option ${option} needs a value`);
		default:
			return usageError(`无法解析命令行：${e.message}`, `cannot parse the command line: ${e.message}`);
	}
}

/** A string option's value, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
	const v = args.values[name];
	return typeof v === 'string' ? v : undefined;
}

/** A repeatable option's values, in order. */
export function listOption(args: ParsedArgs, name: string): readonly string[] {
	const v = args.values[name];
	return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

export function flag(args: ParsedArgs, name: string): boolean {
	return args.values[name] === true;
}

/** The value of `--name`, which must be one of `allowed`. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
	const v = stringOption(args, name);
	if (v === undefined) return fallback;
	if (!(allowed as readonly string[]).includes(v)) throw usageError(`--${name} 的取值 “${v}” 无效，可选：${allowed.join('、')}`, `invalid value "${v}" for --${name}; expected one of ${allowed.join(', ')}`);
	return v as T;
}

/** A whole number ≥ 0 given to `--name`, or undefined when the option is absent. */
export function countOption(args: ParsedArgs, name: string): number | undefined {
	const v = stringOption(args, name);
	if (v === undefined) return undefined;
	if (!/^\d+$/.test(v)) throw usageError(`--${name} 需要一个非负整数，而不是 “${v}”`, `--${name} needs a whole number ≥ 0, not "${v}"`);
	return Number(v);
}

/** The language asked for with `--lang` anywhere in argv, read before parsing so that parse errors speak it too. */
export function langInArgv(argv: readonly string[]): Lang | undefined {
	for (let k = 0; k < argv.length; k++) {
		if (argv[k] === '--') break;
		const v = argv[k] === '--lang' ? argv[k + 1] : argv[k].startsWith('--lang=') ? argv[k].slice(7) : undefined;
		if (v === 'zh' || v === 'en') return v;
	}
	return undefined;
}
