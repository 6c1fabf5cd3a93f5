/** Timing helpers for the benchmarks: median of repeated runs after a warm-up, in milliseconds. */
export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[s.length >> 1];
}

/**
 * Milliseconds per call: warmed up, then timed in batches (so timer resolution and a stray GC pause do
 * not dominate short calls), reporting the median batch average of seven.
 */
export function time(fn: () => unknown, warmMillis = 150, batchMillis = 60): number {
	let calls = 0;
	const warm = performance.now();
	while (performance.now() - warm < warmMillis || calls < 3) {
		fn();
		calls++;
	}
	const perBatch = Math.max(1, Math.round((calls * batchMillis) / Math.max(1, performance.now() - warm)));
	const samples: number[] = [];
	for (let b = 0; b < 7; b++) {
		const t0 = performance.now();
		for (let k = 0; k < perBatch; k++) fn();
		samples.push((performance.now() - t0) / perBatch);
	}
	return median(samples);
}

export function gc(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

export function mib(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function fmt(ms: number): string {
	return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}
