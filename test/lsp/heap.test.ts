import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HeapTuning } from '../../server/src/node/heap';

describe('The server\'s heap tuning', () => {
	test('Should size the heap for small documents, and restore V8\'s defaults while a large one is open', () => {
		const heap = new HeapTuning([]);
		assert.deepEqual(heap.flags, ['--semi-space-growth-factor=1', '--heap-growing-percent=50']);
		heap.largeDocuments(true);
		assert.deepEqual(heap.flags, ['--semi-space-growth-factor=2', '--heap-growing-percent=0']);
		heap.largeDocuments(false);
		assert.deepEqual(heap.flags, ['--semi-space-growth-factor=1', '--heap-growing-percent=50']);
	});

	test('Should leave a flag the user gave Node as given, in either spelling', () => {
		assert.deepEqual(new HeapTuning(['--heap_growing_percent=30', '--max-old-space-size=4096']).flags, ['--semi-space-growth-factor=1']);
		assert.deepEqual(new HeapTuning(['--semi-space-growth-factor=2', '--heap-growing-percent=10']).flags, []);
	});
});
