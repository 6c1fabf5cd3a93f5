/**
 * The `nianbao` command line: the engine over files, for bulk checks and data export (SPEC §5).
 * Each subcommand is a `Command` (command.ts) in the table below; exit status as command.ts says.
 */
import { langInArgv, parseArgs, stringOption, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Command, type Io } from './command';
import { detectLang, message, type Lang } from './messages';
import { checkCommand } from './check';
import { convertCommand } from './convert';
import { exportCommand } from './export';
import { skeletonCommand } from './skeleton';
import { summaryCommand } from './summary';
import { VERSION } from './version';

export type { Io } from './command';

export { VERSION } from './version';

/** The subcommands, by name. */
const COMMANDS: Readonly<Record<string, Command>> = {
	check: checkCommand,
	export: exportCommand,
	skeleton: skeletonCommand,
	convert: convertCommand,
	summary: summaryCommand,
};

/** The overall usage: every command's synopsis, then what all share. */
export function usage(lang: Lang): string {
	const lines = Object.values(COMMANDS).map((c) => `  ${c.synopsis[lang]}`);
	return [message('usageHead', lang), ...lines, message('usageTail', lang)].join('\n') + '\n';
}

/** Runs the command line; resolves to the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
	const [name, ...rest] = argv;
	let lang: Lang = detectLang(langInArgv(argv), io.env);
	try {
		if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
			(name === undefined ? io.err : io.out)(usage(lang));
			return name === undefined ? EXIT_USAGE : EXIT_OK;
		}
		if (name === '--version' || name === '-v' || name === '-V') {
			io.out(`${VERSION}\n`);
			return EXIT_OK;
		}
		const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
		if (!command) throw new UsageError({ zh: message('unknownCommand', 'zh') + name, en: message('unknownCommand', 'en') + name });
		const args = parseArgs(rest, command.options);
		lang = detectLang(stringOption(args, 'lang'), io.env);
		if (args.values.help === true) {
			io.out(command.usage[lang] + '\n');
			return EXIT_OK;
		}
		return await command.run(args, { io, lang });
	} catch (e) {
		if (e instanceof UsageError) {
			const help = name !== undefined && Object.hasOwn(COMMANDS, name) ? `nianbao ${name} --help` : 'nianbao --help';
			io.err(`nianbao: ${message('badUsage', lang)}${e.text[lang]}\n${lang === 'zh' ? `用法见 ${help}` : `See ${help}`}\n`);
			return EXIT_USAGE;
		}
		throw e;
	}
}

/** The same as `run`; the name earlier callers used when PDFs needed an asynchronous entry. */
export const runAsync = run;
