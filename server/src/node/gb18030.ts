/**
 * GB18030 as one codec for reading and writing, so a report goes back to disk byte for byte outside the
 * cells a fix names. Node's decoder (WHATWG) reads 19 sequences as characters that other sequences also
 * encode (A3A0 and A1A1 are both U+3000; FE59 and 82359037 both U+9FB4 …), so no encoder can restore
 * them. Here the table is the decoder's, with those 19 sequences given the code points GB18030 maps them
 * to (U+E5E5, U+E78D…U+E796, U+E81E…U+E864, as GB18030-2022 does), and the encoder is its
 * exact inverse. The single byte 0x80 (€ in Windows code page 936, not GB18030) is read as € but
 * written as A2E3: files holding it are read, and the writer refuses to change them (see `files.ts`).
 */

/** The number of two-byte sequences: lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE. */
const TWO_BYTE = 126 * 190;
/** Four-byte sequences 0x81308130 … 0x8431A439 encode the rest of the BMP, in order. */
const FOUR_BYTE_BMP = 39420;
/** Four-byte sequences from 0x90308130 encode U+10000 … U+10FFFF, in order. */
const SUPPLEMENTARY_BASE = (0x90 - 0x81) * 12600;

/**
 * The two-byte sequences whose character the WHATWG decoder also reads from a four-byte sequence
 * (GB18030-2022 moved these 18 characters from the Private Use Area into two bytes), with the Private Use
 * code point the four-byte sequence keeps; and A3A0, read as U+3000 like A1A1, which is U+E5E5.
 */
const MOVED: readonly (readonly [number, number])[] = [
	[0xa6d9, 0xe78d], [0xa6da, 0xe78e], [0xa6db, 0xe78f], [0xa6dc, 0xe790], [0xa6dd, 0xe791], [0xa6de, 0xe792], [0xa6df, 0xe793],
	[0xa6ec, 0xe794], [0xa6ed, 0xe795], [0xa6f3, 0xe796],
	[0xfe59, 0xe81e], [0xfe61, 0xe826], [0xfe66, 0xe82b], [0xfe67, 0xe82c], [0xfe6d, 0xe832], [0xfe7e, 0xe843], [0xfe90, 0xe854], [0xfea0, 0xe864],
];
const A3A0 = [0xa3a0, 0xe5e5] as const;

interface Tables {
	/** Two-byte index → UTF-16 code unit. */
	readonly two: Uint16Array;
	/** Four-byte BMP index → UTF-16 code unit. */
	readonly four: Uint16Array;
	/** UTF-16 code unit → two-byte index + 1, or 0. */
	readonly twoOf: Uint16Array;
	/** UTF-16 code unit → four-byte index + 1, or 0. */
	readonly fourOf: Uint32Array;
}

let tables: Tables | null = null;

function twoIndex(lead: number, trail: number): number {
	return (lead - 0x81) * 190 + (trail < 0x7f ? trail - 0x40 : trail - 0x41);
}

function fourIndex(b1: number, b2: number, b3: number, b4: number): number {
	return (b1 - 0x81) * 12600 + (b2 - 0x30) * 1260 + (b3 - 0x81) * 10 + (b4 - 0x30);
}

/** Builds the tables once, from the platform's decoder, decoding every sequence in two passes. */
function load(): Tables {
	if (tables) return tables;
	const decoder = new TextDecoder('gb18030', { ignoreBOM: true });
	const twoBytes = new Uint8Array(TWO_BYTE * 2);
	for (let lead = 0x81, k = 0; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			twoBytes[k++] = lead;
			twoBytes[k++] = trail;
		}
	}
	const fourBytesAll = Buffer.alloc(FOUR_BYTE_BMP * 4);
	for (let i = 0; i < FOUR_BYTE_BMP; i++) putFour(fourBytesAll, i * 4, i);
	const twoText = decoder.decode(twoBytes);
	const fourText = decoder.decode(fourBytesAll);
	if (twoText.length !== TWO_BYTE || fourText.length !== FOUR_BYTE_BMP) throw new Error('gb18030: the platform decoder is not the one this codec was built for');
	const two = new Uint16Array(TWO_BYTE);
	const four = new Uint16Array(FOUR_BYTE_BMP);
	for (let i = 0; i < TWO_BYTE; i++) two[i] = twoText.charCodeAt(i);
	for (let i = 0; i < FOUR_BYTE_BMP; i++) four[i] = fourText.charCodeAt(i);
	two[twoIndex(A3A0[0] >> 8, A3A0[0] & 0xff)] = A3A0[1];
	for (const [sequence, pua] of MOVED) {
		const moved = two[twoIndex(sequence >> 8, sequence & 0xff)];
		const k = four.indexOf(moved);
		if (k >= 0) four[k] = pua;
	}
	const twoOf = new Uint16Array(0x10000);
	const fourOf = new Uint32Array(0x10000);
	// Later entries never overwrite earlier ones: where the table still repeats a character, the first sequence encodes it.
	for (let i = 0; i < TWO_BYTE; i++) if (twoOf[two[i]] === 0) twoOf[two[i]] = i + 1;
	for (let i = 0; i < FOUR_BYTE_BMP; i++) if (twoOf[four[i]] === 0 && fourOf[four[i]] === 0) fourOf[four[i]] = i + 1;
	return (tables = { two, four, twoOf, fourOf });
}

export class InvalidSequence extends Error {}

/** Decodes GB18030; throws `InvalidSequence` at the first byte that starts no valid sequence. */
export function decodeGb18030(bytes: Uint8Array): string {
	const t = load();
	const out = new Uint16Array(bytes.length);
	let n = 0;
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i];
		if (b < 0x80) {
			out[n++] = b;
			i++;
			continue;
		}
		if (b === 0x80) {
			out[n++] = 0x20ac;
			i++;
			continue;
		}
		if (b === 0xff || i + 1 >= bytes.length) throw new InvalidSequence(String(i));
		const b2 = bytes[i + 1];
		if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
			out[n++] = t.two[twoIndex(b, b2)];
			i += 2;
			continue;
		}
		if (b2 < 0x30 || b2 > 0x39 || i + 3 >= bytes.length) throw new InvalidSequence(String(i));
		const b3 = bytes[i + 2];
		const b4 = bytes[i + 3];
		if (b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) throw new InvalidSequence(String(i));
		const index = fourIndex(b, b2, b3, b4);
		if (index < FOUR_BYTE_BMP) out[n++] = t.four[index];
		else if (index >= SUPPLEMENTARY_BASE && index - SUPPLEMENTARY_BASE <= 0x10ffff - 0x10000) {
			const cp = index - SUPPLEMENTARY_BASE;
			out[n++] = 0xd800 + (cp >> 10);
			out[n++] = 0xdc00 + (cp & 0x3ff);
		} else throw new InvalidSequence(String(i));
		i += 4;
	}
	return utf16.decode(out.subarray(0, n));
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Encodes text as GB18030, the exact inverse of `decodeGb18030`; throws on a lone surrogate, which GB18030 cannot hold. */
export function encodeGb18030(text: string): Buffer {
	const t = load();
	const out = Buffer.allocUnsafe(text.length * 4);
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) {
			out[n++] = c;
			continue;
		}
		if (c >= 0xd800 && c < 0xdc00) {
			const low = text.charCodeAt(i + 1);
			if (!(low >= 0xdc00 && low < 0xe000)) throw new InvalidSequence(String(i));
			n = putFour(out, n, SUPPLEMENTARY_BASE + ((c - 0xd800) << 10) + (low - 0xdc00));
			i++;
			continue;
		}
		if (c >= 0xdc00 && c < 0xe000) throw new InvalidSequence(String(i));
		const two = t.twoOf[c];
		if (two > 0) {
			const index = two - 1;
			const trail = index % 190;
			out[n++] = 0x81 + Math.floor(index / 190);
			out[n++] = trail < 0x3f ? 0x40 + trail : 0x41 + trail;
			continue;
		}
		const four = t.fourOf[c];
		if (four === 0) throw new InvalidSequence(String(i));
		n = putFour(out, n, four - 1);
	}
	return out.subarray(0, n);
}

function putFour(out: Buffer, n: number, index: number): number {
	out[n] = 0x81 + Math.floor(index / 12600);
	out[n + 1] = 0x30 + (Math.floor(index / 1260) % 10);
	out[n + 2] = 0x81 + (Math.floor(index / 10) % 126);
	out[n + 3] = 0x30 + (index % 10);
	return n + 4;
}
