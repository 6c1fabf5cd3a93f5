/**
 * V8's heap tuned for a language server: many small documents held for hours, work in short bursts.
 * V8's defaults favour throughput: the young generation grows to 2 × 16 MB, and the old generation may grow
 * to several times its live size before it is collected. The server with 1000 reports open held about 20 MB
 * of live data in 170 MB of memory. With the young generation kept at its initial size (2 × 1 MB) and the old
 * generation collected once it grows by half, it stays under 100 MB, and a report costs about the same to analyse.
 *
 * A large document is the opposite case: analysing 1 MB builds a model of tens of megabytes, and in a small
 * heap nearly all of it is copied out of the young generation and then marked again and again as the old
 * generation grows by halves: garbage collection took three times as long (2 s instead of 0.6 s over six
 * analyses, measured in the server). So while a large document is open, V8's defaults apply again.
 *
 * The flags are set while the server runs, so every editor gets them however it launches the server (VS
 * Code, `nianbao lsp`, `node dist/server.js`). V8 reads both whenever it collects, so they take effect although
 * the heap already exists. A flag the user gave Node (`node --heap-growing-percent=… server.js`, or
 * NODE_OPTIONS) is left as given.
 */
import * as v8 from 'node:v8';

/** Each flag (V8's spelling, `node --v8-options` describes them) with its value for small documents and V8's default. */
const FLAGS = {
	// The young generation stays at its initial size instead of doubling up to 16 MB per semi-space.
	'--semi-space-growth-factor': { small: 1, standard: 2 },
	// The old generation is collected when it has grown by half since the last collection (0: V8 chooses, up to 4×).
	'--heap-growing-percent': { small: 50, standard: 0 },
} as const;

type Flag = keyof typeof FLAGS;

/** The flag's name in either spelling (`--heap-growing-percent`, `--heap_growing_percent`). */
const nameOf = (flag: string) => flag.replace(/=.*$/, '').replace(/_/g, '-');

/** The flags a process started with (its command line and NODE_OPTIONS). */
function givenFlags(): string[] {
	return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
}

export class HeapTuning {
	/** The flags this process was not given, which the tuning sets. */
	readonly managed: readonly Flag[];
	private mode: 'small' | 'standard' | null = null;

	constructor(given: readonly string[] = givenFlags()) {
		const taken = new Set(given.map(nameOf));
		this.managed = (Object.keys(FLAGS) as Flag[]).filter((flag) => !taken.has(flag));
		this.largeDocuments(false);
	}

	/** Whether a large document is open: V8's defaults while one is, the small heap otherwise. */
	largeDocuments(open: boolean): void {
		const mode = open ? 'standard' : 'small';
		if (mode === this.mode) return;
		this.mode = mode;
		for (const flag of this.managed) v8.setFlagsFromString(`${flag}=${FLAGS[flag][mode]}`);
	}

	/** The flags as last set, for tests and the record (`--heap-growing-percent=50`). */
	get flags(): string[] {
		return this.managed.map((flag) => `${flag}=${FLAGS[flag][this.mode ?? 'small']}`);
	}
}
