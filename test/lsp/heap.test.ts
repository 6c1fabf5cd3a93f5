import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HEAP_FLAGS, tuneHeap } from '../../server/src/node/heap';

describe('The server\'s heap flags', () => {
	test('Should set every flag the process was not given', () => {
		assert.deepEqual(tuneHeap([]), [...HEAP_FLAGS]);
	});

	test('Should leave a flag the user gave Node as given, in either spelling', () => {
		assert.deepEqual(tuneHeap(['--heap_growing_percent=30', '--max-old-space-size=4096']), HEAP_FLAGS.filter((f) => !f.startsWith('--heap-growing-percent')));
		assert.deepEqual(tuneHeap(['--semi-space-growth-factor=2', '--heap-growing-percent=10']), []);
	});
});
