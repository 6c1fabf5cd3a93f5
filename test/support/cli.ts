import { run } from '../../server/src/cli/main';
import type { Io } from '../../server/src/cli/command';

export interface CliResult {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs the command line in-process, as a user would from a shell with the given locale (and `io` overrides). */
export async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }, io: Partial<Io> = {}): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const status = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), env, now: () => new Date('2026-01-10T00:00:00Z'), ...io });
	return { status, stdout, stderr };
}

/** The same; kept for tests written when only this entry read PDFs. */
export const cliAsync = cli;
