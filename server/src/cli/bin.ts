#!/usr/bin/env node
import { run } from './main';

/** Standard input, whole (a report is at most a few megabytes). */
async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

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
	void run(process.argv.slice(2), {
		out: (s) => process.stdout.write(s),
		err: (s) => process.stderr.write(s),
		env: process.env,
		now: () => new Date(),
		stdin: readStdin,
		stderrIsTTY: process.stderr.isTTY === true,
	}).then((code) => {
		process.exitCode = code;
	});
}
