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
			cache.set(ownCopy(text), v);
		}
		return v as T;
	};
}

/**
 * The string as a copy of its own. A substring V8 cut from a document may share the document's characters,
 * so keeping it as a key would keep the whole document (every report a command line run reads, every version
 * an editor sends) alive until the cache is cleared. Concatenating makes V8 write a new string, which the slice
 * then refers to instead.
 */
function ownCopy(text: string): string {
	return (' ' + text).slice(1);
}
