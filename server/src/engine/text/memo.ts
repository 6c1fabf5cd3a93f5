/**
 * A bounded cache for pure functions of short strings (labels, cell texts), which repeat row after row and
 * report after report. Results must be treated as immutable. Cleared whole when full: simple and bounded.
 */
export function memoize<T>(fn: (text: string) => T, maxLength = 64, maxEntries = 20_000): (text: string) => T {
	const cache = new Map<string, T>();
	return (text: string): T => {
		if (text.length > maxLength) return fn(text);
		let v = cache.get(text);
		if (v === undefined && !cache.has(text)) {
			if (cache.size >= maxEntries) cache.clear();
			v = fn(text);
			cache.set(text, v);
		}
		return v as T;
	};
}
