import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { memoize } from '../../server/src/engine/text/memo';

// A full collection on demand, so what stays alive can be measured.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

describe('memoize', () => {
	test('Should answer from its cache, and call the function again for a string too long to keep', () => {
		let calls = 0;
		const length = memoize((s: string) => (calls++, s.length), 8);
		assert.deepEqual([length('总计'), length('总计'), length('一二三四五六七八九'), length('一二三四五六七八九')], [2, 2, 9, 9]);
		assert.equal(calls, 3);
	});

	test('Should not keep alive the documents its keys were cut from', () => {
		const length = memoize((s: string) => s.length);
		collect();
		const before = process.memoryUsage().heapUsed;
		// 40 documents of 1 MB each (two-byte characters), a label cut from each, as the reader cuts them.
		for (let k = 0; k < 40; k++) {
			const doc = `第${k}份报告的标题在这里`.padEnd(20, '　') + '报'.repeat(500_000);
			length(doc.slice(0, 20));
		}
		collect();
		const kept = process.memoryUsage().heapUsed - before;
		assert.ok(kept < 5_000_000, `${(kept / 1e6).toFixed(1)} MB kept after 40 documents of 1 MB`);
	});
});
