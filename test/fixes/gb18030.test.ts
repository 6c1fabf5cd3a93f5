import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeGb18030, encodeGb18030 } from '../../server/src/node/gb18030';

/** Every valid two-byte sequence and every four-byte sequence of the BMP, in order. */
function everySequence(): Buffer[] {
	const out: Buffer[] = [];
	for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) out.push(Buffer.from([lead, trail]));
	for (let i = 0; i < 39420; i++) out.push(Buffer.from([0x81 + Math.floor(i / 12600), 0x30 + (Math.floor(i / 1260) % 10), 0x81 + (Math.floor(i / 10) % 126), 0x30 + (i % 10)]));
	return out;
}

describe('GB18030: one codec for reading and writing', () => {
	test('Should give back every valid sequence byte for byte, each as its own character', () => {
		const sequences = everySequence();
		const all = Buffer.concat(sequences);
		const text = decodeGb18030(all);
		assert.equal(text.length, sequences.length);
		assert.equal(new Set(text).size, sequences.length, 'no two sequences read as one character');
		assert.ok(encodeGb18030(text).equals(all));
	});

	test('Should give back every code point outside the surrogates, the supplementary planes included', () => {
		const chars: string[] = [];
		for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 7) {
			if (cp >= 0xd800 && cp < 0xe000) continue;
			chars.push(String.fromCodePoint(cp));
		}
		const text = chars.join('');
		assert.equal(decodeGb18030(encodeGb18030(text)), text);
	});

	test('Should read as Node\'s decoder does, except the 19 sequences it reads as a character another sequence encodes', () => {
		const sequences = everySequence();
		const all = Buffer.concat(sequences);
		const theirs = new TextDecoder('gb18030', { ignoreBOM: true }).decode(all);
		const ours = decodeGb18030(all);
		const differ = sequences.filter((_, k) => theirs[k] !== ours[k]).map((b) => b.toString('hex'));
		assert.equal(differ.length, 19);
		assert.ok(differ.includes('a3a0') && differ.includes('82359037') && differ.includes('84318236'));
	});

	test('Should refuse bytes that start no sequence', () => {
		for (const hex of ['ff', '81', '8130', '81308130'.slice(0, 6), '8130ff30', 'e4329a36']) assert.throws(() => decodeGb18030(Buffer.from(hex, 'hex')), hex);
	});
});
