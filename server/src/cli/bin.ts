#!/usr/bin/env node
import { runAsync } from './main';

if (process.argv[2] === 'lsp') {
	// `nianbao lsp --stdio`: the language server bundle beside this one (kept external by esbuild.mjs), so an
	// editor can start the server from the installed command. It reads its transport (--stdio, --node-ipc) from argv.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require('./server.js');
} else {
	// EPIPE when the output is piped into `head` is not an error of ours.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(0);
		throw e;
	});
	void runAsync(process.argv.slice(2), {
		out: (s) => process.stdout.write(s),
		err: (s) => process.stderr.write(s),
		env: process.env,
		now: () => new Date(),
	}).then((code) => {
		process.exitCode = code;
	});
}
