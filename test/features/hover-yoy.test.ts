import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, hoverAt } from '../../server/src/engine/index';
import { analyseWith, LAST_URI } from '../support/companions';
import { withProse } from '../support/prose';
import { makeReport } from '../support/reports';

const BODY = '某某县某某局';
const LAST = makeReport({ year: 2022, body: BODY, rows: { newRequests: [3, 0, 0, 0, 0, 0, 3], granted: [1, 0, 0, 0, 0, 0, 1], resultTotal: [1, 0, 0, 0, 0, 0, 1], carriedForward: [2, 0, 0, 0, 0, 0, 2] } });
const THIS = withProse('全年共受理政府信息公开申请17件，均已按时答复。本年度予以公开7件。', {
	year: 2023, body: BODY,
	rows: { newRequests: [5, 0, 0, 0, 0, 0, 5], carriedOver: [2, 0, 0, 0, 0, 0, 2], granted: [7, 0, 0, 0, 0, 0, 7], resultTotal: [7, 0, 0, 0, 0, 0, 7] },
});

/** The hover on the cell of `row` (a label prefix) in `column` (0 = 自然人 … 6 = 总计). */
function hoverOn(a: Analysis, row: string, column: number): { zh: string; en: string } {
	const hit = a.cells.filter((c) => c.row.label.text.startsWith(row))[column];
	assert.ok(hit, `cell ${row} ${column}`);
	const info = hoverAt(a, hit.cell.span.start);
	assert.ok(info);
	return info.markdown;
}

describe('Hover on a cell: prose and last year', () => {
	test('Should quote the prose sentences that state the cell’s value, marking the ones that disagree', () => {
		const a = new Analysis(THIS);
		const total = hoverOn(a, '一、本年新收', 6);
		assert.match(total.zh, /正文所述：\n- ✗ 全年共受理政府信息公开申请17件，均已按时答复。/);
		assert.match(total.en, /The prose says:/);
		assert.match(hoverOn(a, '（一）予以公开', 6).zh, /- ✓ 本年度予以公开7件。/);
		assert.doesNotMatch(hoverOn(a, '（一）予以公开', 0).zh, /正文所述/);
	});

	test('Should show last year’s 四、结转下年度继续办理 on 二、上年结转, with its file and line, and last year’s same cell elsewhere', () => {
		const a = analyseWith(THIS, { [LAST_URI]: LAST });
		const line = LAST.split('\n').findIndex((l) => l.startsWith('四、结转下年度继续办理')) + 1;
		assert.match(hoverOn(a, '二、上年结转', 0).zh, new RegExp(`✓ 上年报告（上年\\.txt 第 ${line} 行）：四、结转下年度继续办理·自然人 = 2`));
		assert.match(hoverOn(a, '二、上年结转', 0).en, /Last year’s report \(上年\.txt, line \d+\)/);
		assert.match(hoverOn(a, '（一）予以公开', 6).zh, /上年报告（上年\.txt 第 \d+ 行）：（一）予以公开·总计 = 1$/);
	});

	test('Should say that carried over was not checked when last year’s report is not known', () => {
		assert.match(hoverOn(new Analysis(THIS), '二、上年结转', 0).zh, /上年报告：未找到，上年结转未核对/);
		assert.doesNotMatch(hoverOn(new Analysis(THIS), '（一）予以公开', 0).zh, /上年报告/);
	});
});
