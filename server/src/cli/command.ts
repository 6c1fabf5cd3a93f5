/**
 * What a subcommand is: its options, its usage text, and what it does. main.ts dispatches on a table of these,
 * so a new command is one file and one line in that table.
 */
import type { OptionSpecs, ParsedArgs } from './args';
import type { Lang } from './messages';

/** Exit status (README and `--help` say the same): 0 clean, 1 findings that fail the run, 2 usage or I/O errors. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The outside world the command line talks to; tests pass their own. */
export interface Io {
	readonly out: (s: string) => void;
	readonly err: (s: string) => void;
	readonly env: NodeJS.ProcessEnv;
	readonly now: () => Date;
	/** The working folder (globs, `.nianbaoignore`); `process.cwd()` when absent. */
	readonly cwd?: string;
	/** Standard input, read whole when a path is `-`. */
	readonly stdin?: () => Promise<Buffer>;
	/** Whether stderr is a terminal (progress is shown only there). */
	readonly stderrIsTTY?: boolean;
}

export interface Context {
	readonly io: Io;
	readonly lang: Lang;
}

export interface Command {
	/** One line of the overall usage, in each language. */
	readonly synopsis: { readonly zh: string; readonly en: string };
	/** The command's own usage (`nianbao CMD --help`). */
	readonly usage: { readonly zh: string; readonly en: string };
	/** Its options, besides `--help` and `--lang`, which every command takes. */
	readonly options: OptionSpecs;
	run(args: ParsedArgs, ctx: Context): Promise<number>;
}
