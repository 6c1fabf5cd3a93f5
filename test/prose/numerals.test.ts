import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseChinese, parseNumber } from '../../server/src/engine/prose/numerals';

describe('Numbers in prose', () => {
	test('Should read Chinese numerals', () => {
		const cases: [string, number][] = [['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105], ['两千', 2000], ['一千二百三十四', 1234], ['三万二千', 32000], ['二〇二三', 2023], ['零', 0]];
		for (const [text, value] of cases) assert.equal(parseChinese(text), value, text);
	});

	test('Should refuse malformed Chinese numerals', () => {
		for (const text of ['十百', '百千', '三三', '万', '']) assert.equal(parseChinese(text), null, text);
	});

	test('Should read Arabic numbers with and without thousands separators', () => {
		assert.equal(parseNumber('749'), 749);
		assert.equal(parseNumber('1,295'), 1295);
		assert.equal(parseNumber('1,29'), null);
	});
});
