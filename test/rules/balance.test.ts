import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze, corpusText, CORPUS } from '../support/fixtures';

describe('balance', () => {
	test('Should accept a balanced table', () => {
		assert.deepEqual(findings(makeReport({ rows: { newRequests: [4, 0, 0, 0, 0, 0, 4], granted: [3, 0, 0, 0, 0, 0, 3], resultTotal: [3, 0, 0, 0, 0, 0, 3], carriedForward: [1, 0, 0, 0, 0, 0, 1] } }), 'balance'), []);
	});

	test('Should state the numbers of both sides, as the specification words it', () => {
		const text = makeReport({ rows: { newRequests: [4, 0, 0, 0, 0, 0, 4], granted: [3, 0, 0, 0, 0, 0, 3], resultTotal: [3, 0, 0, 0, 0, 0, 3] } });
		const found = findings(text, 'balance');
		assert.deepEqual(found.map((f) => f.message.split('：')[0]), ['勾稽关系不成立（自然人列）', '勾稽关系不成立（总计列）']);
		assert.ok(found[0].message.includes('一 + 二 = 4 + 0 = 4，但（七）总计 + 四 = 3 + 0 = 3'));
	});

	test('Should offer 四 = 一 + 二 − （七） only as a labelled choice, never as a safe fix', () => {
		const text = makeReport({ rows: { newRequests: [4, 0, 0, 0, 0, 0, 4], granted: [3, 0, 0, 0, 0, 0, 3], resultTotal: [3, 0, 0, 0, 0, 0, 3] } });
		const [f] = findings(text, 'balance');
		const choice = f.diagnostic.fixes.find((x) => x.title.zh.startsWith('（可选）'))!;
		assert.equal(choice.safe, false);
		assert.deepEqual(analyze(applyFix(text, choice)).diagnostics, []);
	});

	test('Should point 002\'s broken balance at its cause, （七）总计', () => {
		const found = findings(corpusText(CORPUS.taonan), 'balance');
		assert.deepEqual(found.map((f) => f.line), [344, 350]);
		assert.match(found[0].message, /原因是（七）总计·自然人与各项之和不符/);
	});
});
