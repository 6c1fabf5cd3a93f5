import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport, replaceRow } from '../support/reports';
import { corpusText, CORPUS } from '../support/fixtures';

describe('blank-cell', () => {
	test('Should accept a table with every cell filled', () => assert.deepEqual(findings(makeReport(), 'blank-cell'), []));

	test('Should report the five blank 行政复议 cells of 003 and no arithmetic error', () => {
		const text = corpusText(CORPUS.linkou);
		const found = findings(text, 'blank-cell');
		assert.deepEqual(found.map((f) => [f.line, f.column]), [[94, 1], [94, 2], [94, 3], [94, 4], [94, 5]]);
		assert.deepEqual(findings(text).filter((f) => f.severity === 'error'), []);
	});

	test('Should fill a blank total with the sum of its parts, and a blank part with 0', () => {
		const base = makeReport({ rows: { newRequests: [3, 0, 0, 0, 0, 0, 3], granted: [3, 0, 0, 0, 0, 0, 3], resultTotal: [3, 0, 0, 0, 0, 0, 3] } });
		const text = replaceRow(base, '三、本年度办理结果', '三、本年度办理结果\t（一）予以公开\t\t3\t\t0\t0\t0\t0\t');
		const found = findings(text, 'blank-cell');
		assert.deepEqual(found.map((f) => f.diagnostic.fixes[0].edits[0].newText), ['0', '3']);
		let fixed = text;
		for (const f of found.reverse()) fixed = applyFix(fixed, f.diagnostic.fixes[0]);
		assert.deepEqual(findings(fixed), []);
	});

	test('Should treat a blank total as its parts determine it, never as 0, and fill it only when asked where that breaks another total', () => {
		const text = replaceRow(makeReport(), '一、本年新收', '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t');
		const [blank] = findings(text, 'blank-cell');
		assert.match(blank.diagnostic.message.zh, /为空：按各项之和应为 3/);
		assert.deepEqual(blank.diagnostic.fixes.map((f) => [f.edits[0].newText, f.safe]), [['3', false]]);
		assert.deepEqual(findings(text, 'row-total'), []);
		const balance = findings(text, 'balance').find((f) => f.message.includes('（总计列）'));
		assert.match(balance?.message ?? '', /一 \+ 二 = 空（应为 3） \+ 0 = 3/);
		assert.ok(findings(text).every((f) => !/为 0/.test(f.diagnostic.message.zh)), 'no message calls the blank cell 0');
	});


	test('Should write the value inside a Markdown cell', () => {
		const text = makeReport({ style: 'markdown' }).replace('| 规章 | 0 | 0 | 0 |', '| 规章 |  | 0 | 0 |');
		const [f] = findings(text, 'blank-cell');
		assert.ok(applyFix(text, f.diagnostic.fixes[0]).includes('| 规章 | 0 | 0 | 0 |'));
	});
});
