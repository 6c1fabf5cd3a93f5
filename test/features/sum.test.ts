import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, sumCheck, type SumPart } from '../../server/src/engine/index';
import { makeReport, replaceRow } from '../support/reports';

const part = (file: string, text: string): SumPart => {
	const a = new Analysis(text);
	return { file, model: a.model, lines: a.lines };
};
const requests = (natural: number, commercial: number) => ({ newRequests: [natural, commercial, 0, 0, 0, 0, natural + commercial], granted: [natural, commercial, 0, 0, 0, 0, natural + commercial], resultTotal: [natural, commercial, 0, 0, 0, 0, natural + commercial] });
const appeals = (review: number) => [review, 0, 0, 0, review, ...Array<number>(10).fill(0)];

describe('check --sum: a consolidated report against the reports it consolidates', () => {
	const a = part('a.txt', makeReport({ body: '某某县甲局', rows: requests(3, 1), appeals: appeals(1) }));
	const b = part('b.txt', makeReport({ body: '某某县乙局', rows: requests(2, 0), appeals: appeals(2) }));

	test('Should find nothing when every cell of tables 三 and 四 is the children’s sum', () => {
		const parent = part('county.txt', makeReport({ body: '某某县人民政府', rows: requests(5, 1), appeals: appeals(3) }));
		const r = sumCheck(parent.model, [a, b]);
		assert.deepEqual(r.diagnostics, []);
		assert.equal(r.compared, 25 * 7 + 15);
		assert.deepEqual(r.notChecked, []);
	});

	test('Should point at the parent’s cell, with the children’s sum in the message and their cells as related locations', () => {
		const text = makeReport({ body: '某某县人民政府', rows: requests(6, 1), appeals: appeals(3) });
		const parent = part('county.txt', text);
		const r = sumCheck(parent.model, [a, b]);
		const found = r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, text: text.slice(d.span.start, d.span.end), zh: d.message.zh }));
		assert.equal(found.length, 6, '自然人 and 总计 of 一, （一） and （七）');
		assert.ok(found.every((f) => f.code === 'sum-mismatch' && f.severity === 'error'));
		assert.equal(found[0].text, '6');
		assert.equal(found[0].zh, '合并报告的一、本年新收政府信息公开申请数量·自然人为 6，但 2 份下级报告之和为 3 + 2 = 5（相差 1）');
		assert.deepEqual(r.diagnostics[0].related.map((x) => [x.uri, x.range?.start.line]), [['a.txt', a.lines.positionAt(r.diagnostics[0].related[0].span.start).line], ['b.txt', b.lines.positionAt(r.diagnostics[0].related[1].span.start).line]]);
	});

	test('Should state a single child’s value without a sum of one term', () => {
		const parent = part('county.txt', makeReport({ body: '某某县人民政府', rows: requests(4, 1), appeals: appeals(1) }));
		const [d] = sumCheck(parent.model, [a]).diagnostics;
		assert.equal(d.message.zh, '合并报告的一、本年新收政府信息公开申请数量·自然人为 4，但 1 份下级报告之和为 3（相差 1）');
	});

	test('Should compare table 四 too', () => {
		const parent = part('county.txt', makeReport({ body: '某某县人民政府', rows: requests(5, 1), appeals: appeals(4) }));
		const r = sumCheck(parent.model, [a, b]);
		assert.deepEqual(r.diagnostics.map((d) => d.message.zh.replace(/为.*/, '')), ['合并报告的行政复议·结果维持', '合并报告的行政复议·总计']);
	});

	test('Should skip a cell a child leaves blank and a table a child lacks, and say so', () => {
		const blank = part('blank.txt', replaceRow(makeReport({ body: '某某县丙局' }), '二、上年结转', '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0'));
		const parent = part('county.txt', makeReport({ body: '某某县人民政府', rows: requests(5, 1), appeals: appeals(3) }));
		const r = sumCheck(parent.model, [a, b, blank]);
		assert.deepEqual(r.diagnostics, []);
		assert.equal(r.notChecked.length, 1);
		assert.match(r.notChecked[0].zh, /^表三有 1 个单元格未核对：blank\.txt 中对应的单元格为空白或缺少$/);
		const noTables = part('prose.txt', '某某县丁局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n');
		const r2 = sumCheck(parent.model, [a, noTables]);
		assert.deepEqual(r2.diagnostics, []);
		assert.equal(r2.compared, 0);
		assert.deepEqual(r2.notChecked.map((m) => m.zh), ['prose.txt 的表三不存在或未能确定读取，表三未核对', 'prose.txt 的表四不存在或未能确定读取，表四未核对']);
	});

	test('Should compare only the rows both versions have when a child uses the 2019 table', () => {
		const old = part('old.txt', makeReport({ version: '2019', year: 2023, body: '某某县戊局', rows: requests(1, 0) }));
		const parent = part('county.txt', makeReport({ body: '某某县人民政府', rows: requests(4, 1), appeals: appeals(1) }));
		const r = sumCheck(parent.model, [a, old]);
		assert.deepEqual(r.diagnostics, []);
		assert.match(r.notChecked[0].zh, /^表三有 21 个单元格未核对：old\.txt/);
	});

	test('Should compare nothing when a child reports on another year, and say which', () => {
		const parent = part('county.txt', makeReport({ body: '某某县人民政府', rows: requests(5, 1), appeals: appeals(3) }));
		const lastYear = part('b-2022.txt', makeReport({ year: 2022, body: '某某县乙局', rows: requests(2, 0), appeals: appeals(2) }));
		const r = sumCheck(parent.model, [a, lastYear]);
		assert.deepEqual([r.diagnostics.length, r.compared], [0, 0]);
		assert.deepEqual(r.notChecked.map((m) => m.zh), ['下级报告的年度与合并报告（2023）不同：b-2022.txt（2022），未核对']);
	});
});
