/** Timing helpers for the benchmarks: median of repeated runs after a warm-up, in milliseconds. */
export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[s.length >> 1];
}

export function time(fn: () => unknown, minRuns = 5, minMillis = 200): number {
	fn();
	const samples: number[] = [];
	const started = performance.now();
	while (samples.length < minRuns || performance.now() - started < minMillis) {
		const t0 = performance.now();
		fn();
		samples.push(performance.now() - t0);
		if (samples.length > 2000) break;
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
