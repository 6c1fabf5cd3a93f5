/**
 * A progress line on stderr for long runs (`[120/2000] reports/x.txt`), shown only when stderr is a terminal
 * and there are many files, redrawn at most every 100 ms, and cleared before anything else is printed to the
 * terminal so it never mixes with findings.
 */
import type { Io } from './command';

/** Fewer files than this finish before a progress line would help. */
export const PROGRESS_MIN_FILES = 20;
const REDRAW_MS = 100;

export class Progress {
	private shown = false;
	private last = -Infinity;

	constructor(private readonly io: Io, private readonly total: number, private readonly enabled = io.stderrIsTTY === true && total >= PROGRESS_MIN_FILES) {}

	/** File `k` (0-based) is about to be read. */
	step(k: number, name: string): void {
		if (!this.enabled) return;
		const now = this.io.now().getTime();
		if (now - this.last < REDRAW_MS) return;
		this.last = now;
		const columns = Math.max(20, Number(this.io.env.COLUMNS) || 80);
		const line = `[${k + 1}/${this.total}] ${name}`;
		this.io.err(`\r\x1b[K${line.length >= columns ? line.slice(0, columns - 2) + '…' : line}`);
		this.shown = true;
	}

	/** Removes the line, before other output and at the end. */
	clear(): void {
		if (!this.shown) return;
		this.io.err('\r\x1b[K');
		this.shown = false;
	}
}
