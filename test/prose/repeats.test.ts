import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doubledWords } from '../../server/src/engine/prose/repeats';

/** The definition the scan implements. */
const byRegex = (norm: string) => [...norm.matchAll(/([\u4e00-\u9fff]{2,4})\1/g)].map((m) => ({ index: m.index, length: m[1].length }));

describe('doubledWords', () => {
	test('Should find the longest doubled word first, and search on after it', () => {
		assert.deepEqual(doubledWords('落实资金资金分配'), [{ index: 2, length: 2 }]);
		assert.deepEqual(doubledWords('信息公开信息公开，公开公开'), [{ index: 0, length: 4 }, { index: 9, length: 2 }]);
		assert.deepEqual(doubledWords('人人a资金b资金'), []);
	});

	test('Should find exactly what the regular expression finds, on many mixed strings', () => {
		// A small alphabet (Chinese characters, a character below U+4E00, ASCII, punctuation) makes doubles frequent.
		const alphabet = ['资', '金', '公', '开', '一', '〇', 'a', '1', '，', '\u9fff', '\ua000'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
		for (let k = 0; k < 3000; k++) {
			let s = '';
			const length = next() % 24;
			for (let i = 0; i < length; i++) s += alphabet[next() % (k % 2 === 0 ? 4 : alphabet.length)];
			assert.deepEqual(doubledWords(s), byRegex(s), s);
		}
	});
});
