/**
 * Two to four Chinese characters (U+4E00–U+9FFF) written twice in a row (资金资金), scanned left to right
 * as the regular expression `/([\u4e00-\u9fff]{2,4})\1/g` finds them: at each position the longest word
 * first, the next search after the match. A scan of character codes: a copy starts with the same character,
 * so most positions are passed after comparing their character with the three that could start a copy, read
 * through a window that loads each character once.
 */
export function doubledWords(norm: string): { index: number; length: number }[] {
	const out: { index: number; length: number }[] = [];
	const n = norm.length;
	if (n < 4) return out;
	// A window over the characters at i … i + 4, moved one load per position.
	let a = norm.charCodeAt(0);
	let b = norm.charCodeAt(1);
	let c = norm.charCodeAt(2);
	let d = norm.charCodeAt(3);
	for (let i = 0; i + 4 <= n; ) {
		const e = i + 4 < n ? norm.charCodeAt(i + 4) : -1;
		if (a >= 0x4e00 && a <= 0x9fff && (c === a || d === a || e === a)) {
			const length = doubledAt(norm, i, n, a);
			if (length > 0) {
				out.push({ index: i, length });
				i += 2 * length;
				if (i + 4 > n) break;
				a = norm.charCodeAt(i);
				b = norm.charCodeAt(i + 1);
				c = norm.charCodeAt(i + 2);
				d = norm.charCodeAt(i + 3);
				continue;
			}
		}
		a = b;
		b = c;
		c = d;
		d = e;
		i++;
	}
	return out;
}

function isHan(c: number): boolean {
	return c >= 0x4e00 && c <= 0x9fff;
}

/** The longest length (4, 3, 2) of a Chinese word at `i` (starting with `first`) written twice, or 0. */
function doubledAt(norm: string, i: number, n: number, first: number): number {
	for (let length = 4; length >= 2; length--) {
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
