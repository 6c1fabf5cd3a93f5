/**
 * Two to four Chinese characters (U+4E00–U+9FFF) written twice in a row (资金资金), scanned left to right
 * as the regular expression `/([\u4e00-\u9fff]{2,4})\1/g` finds them: at each position the longest word
 * first, the next search after the match. A scan of character codes, with no regex backtracking at every
 * position of every sentence.
 */
export function doubledWords(norm: string): { index: number; length: number }[] {
	const out: { index: number; length: number }[] = [];
	const n = norm.length;
	let i = 0;
	while (i + 4 <= n) {
		const length = doubledAt(norm, i, n);
		if (length > 0) {
			out.push({ index: i, length });
			i += 2 * length;
		} else i++;
	}
	return out;
}

function isHan(c: number): boolean {
	return c >= 0x4e00 && c <= 0x9fff;
}

/** The longest length (4, 3, 2) of a Chinese word at `i` written twice, or 0. */
function doubledAt(norm: string, i: number, n: number): number {
	const first = norm.charCodeAt(i);
	if (!isHan(first)) return 0;
	for (let length = 4; length >= 2; length--) {
		// The copy starts with the same character: most positions fail this one comparison for each length.
		if (i + 2 * length > n || norm.charCodeAt(i + length) !== first) continue;
		let same = true;
		for (let k = 1; k < length && same; k++) {
			const c = norm.charCodeAt(i + k);
			same = isHan(c) && c === norm.charCodeAt(i + length + k);
		}
		if (same) return length;
	}
	return 0;
}
