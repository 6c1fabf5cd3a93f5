import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffLines, splitLines, unifiedDiff } from '../../server/src/cli/diff';

/** The length of a longest common subsequence, by dynamic programming (small inputs only). */
function lcs(a: readonly string[], b: readonly string[]): number {
	const row = new Array<number>(b.length + 1).fill(0);
	for (const x of a) {
		let diagonal = 0;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
			diagonal = above;
		}
	}
	return row[b.length];
}

describe('Unified diff', () => {
	test('Should give back both texts from its script, with as few changes as possible', () => {
		const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\r\n', ''), { maxLength: 30 });
		fc.assert(fc.property(lines, lines, (a, b) => {
			const ops = diffLines(a, b);
			assert.deepEqual(ops.filter((o) => o.kind !== '+').map((o) => o.line), a);
			assert.deepEqual(ops.filter((o) => o.kind !== '-').map((o) => o.line), b);
			assert.equal(ops.filter((o) => o.kind === ' ').length, lcs(a, b));
		}));
	});

	test('Should write hunks as diff -u does, with three lines of context', () => {
		const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n';
		assert.equal(unifiedDiff('f.txt', before, before.replace('e\n', 'E\n')), '--- f.txt\n+++ f.txt\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
		assert.equal(unifiedDiff('f.txt', 'a\n', 'x\na\n'), '--- f.txt\n+++ f.txt\n@@ -1,1 +1,2 @@\n+x\n a\n');
		assert.equal(unifiedDiff('f.txt', '', 'x\n'), '--- f.txt\n+++ f.txt\n@@ -0,0 +1,1 @@\n+x\n');
		assert.equal(unifiedDiff('f.txt', 'a', 'b'), '--- f.txt\n+++ f.txt\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n');
		assert.equal(unifiedDiff('f.txt', 'same\n', 'same\n'), '');
	});

	test('Should keep line ends and split on CRLF, LF and CR alike', () => {
		assert.deepEqual(splitLines('a\r\nb\nc\rd'), ['a\r\n', 'b\n', 'c\r', 'd']);
		assert.deepEqual(splitLines(''), []);
	});

	test('Should make two hunks of changes far apart, and one of changes near', () => {
		const before = Array.from({ length: 40 }, (_, k) => `${k}\n`).join('');
		const far = unifiedDiff('f', before, before.replace('5\n', 'five\n').replace('30\n', 'thirty\n'));
		assert.equal(far.match(/^@@ /gm)?.length, 2);
		const near = unifiedDiff('f', before, before.replace('5\n', 'five\n').replace('11\n', 'eleven\n'));
		assert.equal(near.match(/^@@ /gm)?.length, 1);
		assert.match(near, /^@@ -3,13 \+3,13 @@$/m);
	});
});
