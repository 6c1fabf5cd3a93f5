import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings } from '../support/reports';
import { CORPUS, corpusText } from '../support/fixtures';

const ARITHMETIC = ['row-total', 'result-total', 'balance', 'appeal-total'];

describe('Diagnostics on the corpus, as a careful reviewer finds them', () => {
	test('000: missing section 四 and missing rows, and no arithmetic error', () => {
		const found = findings(corpusText(CORPUS.suiling));
		assert.deepEqual(found.map((f) => [f.code, f.line]), [['missing-row', 60], ['missing-section', 62]]);
		assert.ok(found.every((f) => !ARITHMETIC.includes(f.code)));
	});

	test('001: the pre-2019 structure and nothing else', () => {
		assert.deepEqual(findings(corpusText(CORPUS.yanshi)).map((f) => f.code), ['legacy-structure']);
	});

	test('002: result-total and balance on （七）总计 in the 自然人 and 总计 columns, missing-title, no row-total; 五 silent on last year, 六 on fees', () => {
		const found = findings(corpusText(CORPUS.taonan));
		assert.deepEqual(found.map((f) => [f.code, f.line]), [
			['missing-title', 1], ['result-total', 344], ['balance', 344], ['result-total', 350], ['balance', 350],
			['missing-rectification', 407], ['missing-fee-report', 412],
		]);
	});

	test('003: blank-cell on the five 行政复议 cells and no arithmetic error', () => {
		const found = findings(corpusText(CORPUS.linkou));
		assert.deepEqual(found.map((f) => [f.code, f.line, f.column]), [1, 2, 3, 4, 5].map((c) => ['blank-cell', 94, c]));
	});

	test('004: unparsed tables, and no missing section', () => {
		assert.deepEqual(findings(corpusText(CORPUS.gongxin)).map((f) => f.code), ['unparsed-table', 'unparsed-table', 'unparsed-table']);
	});
});
