import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { corpusText } from '../support/fixtures';
import { analyseWith, LAST_URI, pairFindings, THIS_URI } from '../support/companions';
import { makeReport } from '../support/reports';

const BODY = '某某县某某局';
/** Last year (2022): 2 requests carried forward by natural persons, 1 by a commercial enterprise; 40 normative documents in force. */
const LAST = makeReport({
	year: 2022,
	body: BODY,
	rows: {
		newRequests: [10, 1, 0, 0, 0, 0, 11], resultTotal: [8, 0, 0, 0, 0, 0, 8], granted: [8, 0, 0, 0, 0, 0, 8], carriedForward: [2, 1, 0, 0, 0, 0, 3],
		normativeDocuments: [5, 1, 40], regulations: [0, 0, 2],
	},
});

function thisYear(carriedOver: number[], normativeDocuments = [6, 2, 44], body = BODY, year = 2023): string {
	const [natural, commercial] = carriedOver;
	const total = carriedOver[6];
	return makeReport({
		year,
		body,
		rows: {
			newRequests: [4, 0, 0, 0, 0, 0, 4], carriedOver, granted: [4 + natural, commercial, 0, 0, 0, 0, 4 + total],
			resultTotal: [4 + natural, commercial, 0, 0, 0, 0, 4 + total], normativeDocuments, regulations: [0, 0, 2],
		},
	});
}

describe('carryover-mismatch', () => {
	test('Should accept 二、上年结转 equal to last year’s 四、结转下年度继续办理 in every column', () => {
		assert.deepEqual(pairFindings(thisYear([2, 1, 0, 0, 0, 0, 3]), LAST, 'carryover-mismatch'), []);
	});

	test('Should point at this year’s cell, with last year’s cell in the other file and both values', () => {
		const found = pairFindings(thisYear([5, 1, 0, 0, 0, 0, 6]), LAST, 'carryover-mismatch');
		assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning']);
		const [natural, total] = found;
		const text = thisYear([5, 1, 0, 0, 0, 0, 6]);
		assert.equal(text.slice(natural.span.start, natural.span.end), '5');
		assert.equal(text.slice(total.span.start, total.span.end), '6');
		assert.match(natural.message.zh, /二、上年结转.*自然人.*5.*上年.*上年\.txt.*2/);
		assert.match(natural.message.en, /5.*2/);
		assert.match(total.message.zh, /6.*3/);
		const [related] = natural.related;
		assert.equal(related.uri, LAST_URI);
		assert.equal(LAST.slice(related.span.start, related.span.end), '2');
		assert.ok(related.range, 'the related range is converted with last year’s lines');
		assert.equal(related.range.start.line, LAST.slice(0, related.span.start).split('\n').length - 1);
		assert.deepEqual(natural.fixes, []);
	});

	test('Should check 现行有效件数 against last year’s plus 本年制发 minus 本年废止 (2021 tables)', () => {
		assert.deepEqual(pairFindings(thisYear([2, 1, 0, 0, 0, 0, 3], [6, 2, 44]), LAST, 'carryover-mismatch'), []);
		const [f, ...rest] = pairFindings(thisYear([2, 1, 0, 0, 0, 0, 3], [6, 2, 50]), LAST, 'carryover-mismatch');
		assert.equal(rest.length, 0);
		assert.match(f.message.zh, /现行有效件数.*50.*40 \+ 6 − 2 = 44/);
		assert.equal(LAST.slice(f.related[0].span.start, f.related[0].span.end), '40');
	});

	test('Should not compare table 二 when either year uses the 2019 columns', () => {
		const last2019 = makeReport({ version: '2019', year: 2020, body: BODY, rows: { normativeDocuments: [5, 5, 40] } });
		const this2021 = makeReport({ year: 2021, body: BODY, rows: { normativeDocuments: [6, 2, 99] } });
		assert.deepEqual(pairFindings(this2021, last2019, 'carryover-mismatch'), []);
	});

	test('Should stay silent when two candidates for last year disagree, and compare when they are the same text', () => {
		const wrong = thisYear([5, 1, 0, 0, 0, 0, 6]);
		const other = LAST.replace('8\t0\t0\t0\t0\t0\t8', '8\t0\t0\t0\t0\t0\t8 ');
		assert.notEqual(other, LAST);
		const code = (d: { code: string }) => d.code === 'carryover-mismatch';
		assert.deepEqual(analyseWith(wrong, { [LAST_URI]: LAST, 'file:///b/copy.txt': other }).diagnostics.filter(code), []);
		assert.equal(analyseWith(wrong, { [LAST_URI]: LAST, 'file:///b/copy.txt': LAST }).diagnostics.filter(code).length, 2);
		assert.equal(analyseWith(wrong, { [LAST_URI]: LAST, [THIS_URI]: wrong }).diagnostics.filter(code).length, 2, 'the document itself is no candidate');
	});

	test('Should match the body written with other spaces, full-width brackets or the 中共 prefix', () => {
		const code = (d: { code: string }) => d.code === 'carryover-mismatch';
		const last = makeReport({ year: 2022, body: '中共某某县委（办公室）', rows: { carriedForward: [2, 0, 0, 0, 0, 0, 2], newRequests: [2, 0, 0, 0, 0, 0, 2] } });
		const mine = makeReport({ year: 2023, body: '某某县委(办公室)', rows: { carriedOver: [1, 0, 0, 0, 0, 0, 1], newRequests: [0, 0, 0, 0, 0, 0, 0], granted: [1, 0, 0, 0, 0, 0, 1], resultTotal: [1, 0, 0, 0, 0, 0, 1] } });
		assert.equal(analyseWith(mine, { [LAST_URI]: last }).diagnostics.filter(code).length, 2);
	});

	test('Should stay silent without last year’s report, for another body and for another year', () => {
		const wrong = thisYear([5, 1, 0, 0, 0, 0, 6]);
		assert.deepEqual(pairFindings(wrong, null, 'carryover-mismatch'), []);
		assert.deepEqual(pairFindings(thisYear([5, 1, 0, 0, 0, 0, 6], [6, 2, 44], '另一县某某局'), LAST, 'carryover-mismatch'), []);
		assert.deepEqual(pairFindings(thisYear([5, 1, 0, 0, 0, 0, 6], [6, 2, 44], BODY, 2024), LAST, 'carryover-mismatch'), []);
	});

	test('Should skip a blank cell on either side (blank-cell reports it)', () => {
		const blank = thisYear([2, 1, 0, 0, 0, 0, 3]).replace(/(二、上年结转政府信息公开申请数量[^\n]*?\t)2\t/, '$1\t');
		assert.notEqual(blank, thisYear([2, 1, 0, 0, 0, 0, 3]));
		assert.deepEqual(pairFindings(blank, LAST, 'carryover-mismatch').map((d) => d.message.zh), []);
	});

	test('Should compare a real report with the next year’s (corpus 008: 31 carried forward)', () => {
		const last = corpusText('008_shuyang-2025.md');
		const next = (carried: number) => makeReport({
			year: 2026, body: '沐阳县人民政府',
			rows: { carriedOver: [carried, 0, 0, 0, 0, 0, carried], granted: [carried, 0, 0, 0, 0, 0, carried], resultTotal: [carried, 0, 0, 0, 0, 0, carried], normativeDocuments: [0, 0, 32] },
		});
		assert.deepEqual(pairFindings(next(31), last, 'carryover-mismatch'), []);
		const found = pairFindings(next(30), last, 'carryover-mismatch');
		assert.deepEqual(found.map((d) => d.message.zh.match(/为 (\d+)/)?.[1]), ['30', '30']);
		assert.ok(found.every((d) => last.slice(d.related[0].span.start, d.related[0].span.end) === '31'));
		assert.equal(last.slice(0, found[0].related[0].span.start).split('\n').length, 156);
	});
});
