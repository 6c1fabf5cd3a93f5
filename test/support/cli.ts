import { run, runAsync } from '../../server/src/cli/main';

export interface CliResult {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs the command line in-process, as a user would from a shell with the given locale. */
export function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }): CliResult {
	let stdout = '';
	let stderr = '';
	const status = run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), env, now: () => new Date('2026-01-10T00:00:00Z') });
	return { status, stdout, stderr };
}

/** The same through `runAsync`, as the installed command runs: PDFs among the paths are read too. */
export async function cliAsync(args: string[], env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const status = await runAsync(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), env, now: () => new Date('2026-01-10T00:00:00Z') });
	return { status, stdout, stderr };
}
