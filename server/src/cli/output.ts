/** Where a command's report goes: standard output, or `--output-file` written whole or not at all. */
import * as path from 'node:path';
import { OutputFile } from '../node/files';
import type { Context } from './command';
import { message } from './messages';

export interface Output {
	write(s: string): void;
	/** Completes the output (puts the file in place); false when that failed, after saying so on stderr. */
	close(): boolean;
	/** Drops an unfinished output file. */
	abort(): void;
}

/** Opens the output (a relative name is in the command's working folder); null, after saying why on stderr, when the file cannot be created. */
export function openOutput(file: string | undefined, ctx: Context): Output | null {
	const { io, lang } = ctx;
	if (file === undefined) return { write: (s) => io.out(s), close: () => true, abort: () => undefined };
	let target: OutputFile;
	try {
		target = new OutputFile(path.resolve(io.cwd ?? process.cwd(), file));
	} catch (e) {
		io.err(`${file}: ${message('cannotWrite', lang)}${(e as Error).message}\n`);
		return null;
	}
	return {
		write: (s) => target.write(s),
		close: () => {
			try {
				target.commit();
				return true;
			} catch (e) {
				io.err(`${file}: ${message('cannotWrite', lang)}${(e as Error).message}\n`);
				return false;
			}
		},
		abort: () => target.abort(),
	};
}

/** A JSON array written one element at a time, laid out as `JSON.stringify(array, null, 2)` would. */
export class JsonArrayWriter {
	private count = 0;

	constructor(private readonly out: (s: string) => void) {}

	push(value: unknown): void {
		const text = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
		this.out(`${this.count === 0 ? '[\n' : ',\n'}  ${text}`);
		this.count++;
	}

	end(): void {
		this.out(this.count === 0 ? '[]\n' : '\n]\n');
	}
}
