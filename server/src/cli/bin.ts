#!/usr/bin/env node
import { run } from './main';

// EPIPE when the output is piped into `head` is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(0);
	throw e;
});
process.exitCode = run(process.argv.slice(2), {
	out: (s) => process.stdout.write(s),
	err: (s) => process.stderr.write(s),
	env: process.env,
	now: () => new Date(),
});
