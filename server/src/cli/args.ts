/** A minimal argument parser: `--name value`, `--name=value`, boolean `--flag`, and positionals. */
export interface ParsedArgs {
	readonly positionals: string[];
	readonly options: Map<string, string>;
	readonly flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
	const positionals: string[] = [];
	const options = new Map<string, string>();
	const flags = new Set<string>();
	for (let k = 0; k < argv.length; k++) {
		const a = argv[k];
		if (a === '--') {
			positionals.push(...argv.slice(k + 1));
			break;
		}
		if (!a.startsWith('--') || a === '-') {
			positionals.push(a);
			continue;
		}
		const eq = a.indexOf('=');
		const name = a.slice(2, eq >= 0 ? eq : undefined);
		if (booleans.includes(name)) {
			if (eq >= 0) throw new UsageError(`--${name}`);
			flags.add(name);
		} else if (valued.includes(name)) {
			const value = eq >= 0 ? a.slice(eq + 1) : argv[++k];
			if (value === undefined) throw new UsageError(`--${name}`);
			options.set(name, value);
		} else {
			throw new UsageError(a);
		}
	}
	return { positionals, options, flags };
}

/** The value of `--name`, which must be one of `allowed`. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
	const v = args.options.get(name);
	if (v === undefined) return fallback;
	if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} ${v}`);
	return v as T;
}
