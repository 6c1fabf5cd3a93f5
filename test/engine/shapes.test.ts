import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportSkeleton } from '../../server/src/engine/format/skeleton';
import { LineIndex } from '../../server/src/engine/index';
import { readValue } from '../../server/src/engine/text/value';
import { analyze, cell, values } from '../support/fixtures';

const HEAD3 = '三、收到和处理政府信息公开申请情况\n';

describe('Cell values as drafters write them', () => {
	const cases: [string, string, number | null, string | null][] = [
		['0', 'number', 0, null], ['+19', 'number', 19, null], ['-10', 'number', -10, null], ['−10', 'number', -10, null],
		['1,219', 'number', 1219, null], ['1，219', 'number', 1219, null], ['１２１９', 'number', 1219, null], ['０', 'number', 0, null],
		['251000元', 'number', 251000, '元'], ['10807.1713 万元', 'number', 10807.1713, '万元'], ['3件', 'number', 3, '件'],
		['', 'blank', null, null], ['  ', 'blank', null, null], ['-', 'placeholder', null, null], ['/', 'placeholder', null, null],
		['—', 'placeholder', null, null], ['无', 'placeholder', null, null], ['abc', 'text', null, null], ['1.2.3', 'text', null, null],
		['减4', 'number', -4, null], ['增3', 'number', 3, null], ['增加 12', 'number', 12, null], ['减少２', 'number', -2, null],
		['减-4', 'text', null, null], ['减', 'text', null, null], ['增值税', 'text', null, null], ['减免情况', 'text', null, null],
	];
	for (const [text, kind, value, unit] of cases) {
		test(`Should read ${JSON.stringify(text)} as ${kind} ${value ?? ''}`, () => {
			const v = readValue(text);
			assert.deepEqual([v.kind, v.value, v.unit], [kind, value, unit]);
		});
	}
});

describe('Table shapes', () => {
	test('Should read Markdown pipe tables with outer pipes and a separator row', () => {
		const r = analyze(`二、主动公开政府信息情况

第二十条第（一）项

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| --- | --- | --- | --- |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 12 | 3 | 40 |
`);
		assert.equal(r.tables.active?.version, '2021');
		assert.deepEqual(values(r, 'active', 'regulations'), [1, 0, 5]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [12, 3, 40]);
		assert.equal(r.tables.active?.style, 'pipe');
	});

	test('Should read Markdown pipe tables without outer pipes and without a separator row', () => {
		const r = analyze(`${HEAD3}一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
`);
		assert.deepEqual(values(r, 'requests', 'newRequests'), [3, 1, 0, 0, 0, 0, 4]);
		assert.deepEqual(values(r, 'requests', 'carriedOver'), [0, 0, 0, 0, 0, 0, 0]);
	});

	test('Should read one cell per line, with a label wrapped inside its cell', () => {
		const r = analyze(`${HEAD3}\t一、本年新收政府信息公
开申请数量\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n\n\t（七）总计\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n`);
		assert.deepEqual(values(r, 'requests', 'newRequests'), [2, 0, 0, 0, 0, 0, 2]);
		assert.deepEqual(values(r, 'requests', 'resultTotal'), [2, 0, 0, 0, 0, 0, 2]);
		assert.equal(r.tables.requests?.style, 'cells');
	});

	test('Should read tab rows with merged-cell gaps and group labels only on the first row of a group', () => {
		const r = analyze(`${HEAD3}三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1
\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0
\t\t2.其他法律行政法规禁止公开\t5\t0\t0\t0\t0\t0\t5
\t（五）不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0
\t\t2.重复申请\t7\t0\t0\t0\t0\t0\t7
`);
		assert.deepEqual(values(r, 'requests', 'granted'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'denied.otherLaws'), [5, 0, 0, 0, 0, 0, 5]);
		assert.deepEqual(values(r, 'requests', 'notProcessed.repeated'), [7, 0, 0, 0, 0, 0, 7]);
	});

	test('Should read labels with stray spaces, full-width brackets and digits, and Traditional characters', () => {
		const r = analyze(`${HEAD3}三、 本年 度办 理结 果\t(一) 予以公 开\t１\t０\t０\t０\t０\t０\t１
\t（三）不予公 开\t1．屬於國家秘密\t0\t0\t0\t0\t0\t0\t0
二、主动公开政府信息情况
第二十條第（五）項
信息內容\t上一年項目數量\t本年增/減\t處理決定數量
行政許可\t10\t-10\t1,219
行政處罰\t3\t+1\t20
`);
		assert.deepEqual(values(r, 'requests', 'granted'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'denied.stateSecret'), [0, 0, 0, 0, 0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'licensing'), [10, -10, 1219]);
		assert.deepEqual(values(r, 'active', 'penalties'), [3, 1, 20]);
	});

	test('Should read an HTML table pasted from a web page, entities decoded and spans on the text', () => {
		const text = `<p>三、收到和处理政府信息公开申请情况</p>
<table border="1"><tbody>
<tr><td colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td><p>12</p></td><td>1</td><td>0</td><td>0</td><td>0</td><td>&nbsp;</td><td>13</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>8</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>9</td></tr>
</tbody></table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>`;
		const r = analyze(text);
		assert.deepEqual(r.sections.map((s) => s.number), [3, 4]);
		assert.deepEqual(values(r, 'requests', 'newRequests'), [12, 1, 0, 0, 0, null, 13]);
		assert.equal(cell(r, 'requests', 'newRequests', 'other').kind, 'blank');
		const natural = cell(r, 'requests', 'newRequests', 'natural');
		assert.equal(text.slice(natural.span.start, natural.span.end), '12');
		assert.deepEqual(values(r, 'requests', 'granted'), [8, 1, 0, 0, 0, 0, 9]);
		assert.equal(r.tables.requests?.style, 'html');
	});

	test('Should read a Markdown table joined on one line by its rows, never a label printed between its lines with the numbers after it', () => {
		const z = '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
		const lines = [
			'三、收到和处理政府信息公开申请情况',
			'| 一、本年新收政府信息公开申请数量 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |  |', '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |  |',
			'| 三、本年度办理结果 | （一）予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |', z, '|---|---|---|---|---|---|---|', '',
			'（二）部分公开', '| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
			...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => `| ${l} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`),
			'', '（四）无法提供 1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
			'| 4 | 0 | 0 | 0 | 0 | 0 | 4 |', '|---|---|---|---|---|---|---|', '| 6 | 0 | 0 | 0 | 0 | 0 | 6 |', '|---|---|---|---|---|---|---|', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '|---|---|---|---|---|---|---|',
			'| （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |',
		];
		for (const join of [' ', '']) {
			const r = analyze(lines.join(join));
			assert.deepEqual(values(r, 'requests', 'newRequests'), [11, 0, 0, 0, 0, 0, 11]);
			assert.deepEqual(values(r, 'requests', 'granted'), [9, 0, 0, 0, 0, 0, 9]);
			assert.deepEqual(values(r, 'requests', 'partlyGranted'), [0, 0, 0, 0, 0, 0, 0]);
			// The bare rows after the labels 1. 2. 3. are those rows in turn, not 3. (the label right before them).
			assert.deepEqual(values(r, 'requests', 'unavailable.notHeld'), [4, 0, 0, 0, 0, 0, 4]);
			assert.deepEqual(values(r, 'requests', 'unavailable.needsCreation'), [6, 0, 0, 0, 0, 0, 6]);
			assert.deepEqual(values(r, 'requests', 'unavailable.stillUnclear'), [1, 0, 0, 0, 0, 0, 1]);
			assert.deepEqual(values(r, 'requests', 'carriedForward'), [1, 0, 0, 0, 0, 0, null]);
			assert.deepEqual(r.tables.requests?.unplaced, []);
		}
	});

	test('Should read a line of numbers ending in a pipe the same whether the pipe stands apart or is glued to the last number', () => {
		for (const end of [' |', '|']) {
			const r = analyze(`${HEAD3}一、本年新收政府信息公开申请数量 |\n3 0 0 0 0 0 3${end}\n二、上年结转政府信息公开申请数量 |\n1 0 0 0 0 0 1${end}\n`);
			assert.deepEqual(values(r, 'requests', 'newRequests'), [3, 0, 0, 0, 0, 0, 3], JSON.stringify(end));
			assert.deepEqual(values(r, 'requests', 'carriedOver'), [1, 0, 0, 0, 0, 0, 1], JSON.stringify(end));
			assert.deepEqual(r.tables.requests?.unplaced, []);
		}
	});

	test('Should read table 四 under a header printed across its columns one character each, and not under one character a line', () => {
		const head = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '未经复议直接起诉 复议后起诉'];
		const row = '1 0 0 0 1 0 0 0 0 0 2 0 0 0 2';
		const across = ['结 结 其 尚', '结 结 其 尚 结 结 其 尚', '果 果 他 未', '总计 果 果 他 未 总 果 果 他 未 总', '维 纠 结 审', '维 纠 结 审 计 维 纠 结 审 计', '持 正 果 结', '持 正 果 结 持 正 果 结'];
		const read = (lines: string[]) => analyze([...head, ...lines, row, '五、存在的主要问题及改进情况', '无。'].join('\n')).tables.appeals;
		assert.deepEqual(read(across)?.rows[0]?.cells.map((c) => c.value), [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2]);
		// One character a line, or characters across in another order: the columns' order is not shown, nothing is placed.
		const downwards = [...'结果维持结果纠正其他结果尚未审结结果维持结果纠正其他结果尚未审结结果维持结果纠正其他结果尚未审结总计总计总计'];
		assert.equal(read(downwards)?.status, 'unparsed');
		assert.equal(read(across.map((l) => l.replace('结 结 其 尚', '结 其 结 尚')))?.status, 'unparsed');
	});

	test('Should keep rows the format does not have as extra rows', () => {
		const r = analyze(`二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t2\t2\t9
其他主动公开文件\t5\t5\t5
`);
		assert.deepEqual(r.tables.active?.extraRows.map((x) => x.label.text), ['其他主动公开文件']);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [2, 2, 9]);
	});

	test('Should accept a 法人或其他组织 subtotal column', () => {
		const r = analyze(`${HEAD3}\t自然人\t法人或其他组织\t\t\t\t\t\t总计
\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t
一、本年新收政府信息公开申请数量\t3\t1\t0\t1\t0\t0\t2\t5
`);
		assert.deepEqual(values(r, 'requests', 'newRequests'), [3, 1, 0, 1, 0, 0, 2, 5]);
		assert.equal(cell(r, 'requests', 'newRequests', 'organisations').value, 2);
	});

	test('Should accept a note in a header label', () => {
		const r = analyze(`二、主动公开政府信息情况
第二十条第（五）项
信息内容\t上一年项目数量(指2019年事项数)\t本年增/减\t处理决定数量
行政许可\t10\t+2\t30
`);
		assert.deepEqual(values(r, 'active', 'licensing'), [10, 2, 30]);
	});

	test('Should report the rows of a truncated table as missing', () => {
		const r = analyze(`${HEAD3}一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n`);
		assert.ok(r.tables.requests?.missingRows.includes('resultTotal'));
		assert.ok(r.tables.requests?.missingRows.includes('carriedForward'));
		assert.ok(!r.tables.requests?.missingRows.includes('newRequests'));
	});

	test('Should read labels with a character\'s pinyin printed after it (規(guī)章: ruby text a page converter flattened)', () => {
		const r = analyze(`二、主动公开政府信息情况
第二十條第（一）項
信息內容\t本年制發(fā)件數(shù)\t本年廢止件數(shù)\t現(xiàn)行有效件數(shù)
規(guī)章\t0\t0\t0
行政規(guī)范性文件\t2\t0\t7
`);
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [2, 0, 7]);
		assert.ok(!r.diagnostics.some((d) => d.code === 'unknown-row'));
	});

	test('Should take the run of pipes that pads a flattened web row to the grid\'s width as no cells, and a row of padding only as blank', () => {
		const r = analyze(`二、主动公开政府信息情况
第二十条第（一）项 | |||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 1 | 0 | 1 | |
第二十条第（五）项 | |||
信息内容 | 本年处理决定数量 | ||
行政许可 | |||
${HEAD3}一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||
二、上年结转政府信息公开申请数量 | 0 | ||||||||
`);
		assert.deepEqual(values(r, 'requests', 'newRequests'), [2, 0, 0, 0, 0, 0, 2]);
		// One cell where the row has seven: read where it stands, the six it lacks named, none called blank.
		assert.equal(cell(r, 'requests', 'carriedOver', 'total').missing, true);
		assert.ok(r.diagnostics.some((d) => d.code === 'cell-count' && /上年结转/.test(d.message.zh)));
		assert.ok(!r.diagnostics.some((d) => d.code === 'blank-cell' && /上年结转/.test(d.message.zh)));
		assert.ok(r.diagnostics.some((d) => d.code === 'blank-cell' && /行政许可/.test(d.message.zh)));
	});

	test('Should split a label from the numbers run into it (规章000): a 0 for each 0, other digits kept as one number, left unplaced', () => {
		const r = analyze(`二、主动公开政府信息情况
第二十条第（一）项
信息内容本年新制作数量本年新公开数量对外公开总数量
规章000
规范性文件135
`);
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		// 135 may be 1 3 5, 13 5 or 1 35: the row is named, not guessed.
		assert.ok(r.diagnostics.some((d) => d.code === 'unparsed-table' && /规范性文件/.test(d.message.zh)));
	});

	test('Should mark cells a row lacks as missing, at the end of the row', () => {
		const text = `${HEAD3}一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t1\n`;
		const r = analyze(text);
		const total = cell(r, 'requests', 'newRequests', 'total');
		assert.equal(total.missing, true);
		assert.equal(total.span.start, text.indexOf('\t1\n') + 2);
	});
});

describe('Text as it arrives', () => {
	const lf = `林口县 2020 年政府信息公开工作年度报告\n\n一、总体情况\n\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n`;

	test('Should read a title split after the body (2024年某某街道办事处 / 政府信息公开工作年度报告) and the year from the period\'s first day', () => {
		const r = analyze('2024年某某街道办事处\n政府信息公开工作年度报告\n本街道成立于1986年，报告采用数据为2024年1月1日至2024年12月31日。\n一、总体情况\n');
		assert.equal(r.title?.value, '2024年某某街道办事处政府信息公开工作年度报告');
		assert.equal(r.body?.value, '某某街道办事处');
		assert.equal(r.year, 2024);
		const untitled = analyze('本街道成立于1986年，报告采用数据为2024年1月1日至2024年12月31日。\n一、总体情况\n');
		assert.equal(untitled.year, 2024);
	});

	test('Should read a title in the variant wording …政府信息公开年度工作报告', () => {
		const r = analyze('某某乡人民政府2019年度政府信息公开年度工作报告\n一、总体情况\n');
		assert.equal(r.title?.value, '某某乡人民政府2019年度政府信息公开年度工作报告');
		assert.equal(r.body?.value, '某某乡人民政府');
	});

	test('Should read CRLF text exactly as LF text, with positions on the same lines and characters', () => {
		const crlf = lf.replace(/\n/g, '\r\n');
		const a = analyze(lf);
		const b = analyze(crlf);
		assert.deepEqual(values(b, 'requests', 'newRequests'), values(a, 'requests', 'newRequests'));
		const pa = new LineIndex(lf).positionAt(cell(a, 'requests', 'newRequests', 'total').span.start);
		const pb = new LineIndex(crlf).positionAt(cell(b, 'requests', 'newRequests', 'total').span.start);
		assert.deepEqual(pb, pa);
		assert.equal(b.title?.value, a.title?.value);
	});

	test('Should read past a BOM and extraction debris', () => {
		const r = analyze(`\ufeff[bookmark: _GoBack]${lf}`);
		assert.equal(r.body?.value, '林口县');
		assert.deepEqual(values(r, 'requests', 'newRequests'), [1, 0, 0, 0, 0, 0, 1]);
	});

	test('Should count characters outside the BMP as two UTF-16 code units', () => {
		const plain = analyze(lf);
		const shifted = `𠀀${lf}`;
		const r = analyze(shifted);
		const c0 = cell(plain, 'requests', 'newRequests', 'total');
		const c1 = cell(r, 'requests', 'newRequests', 'total');
		assert.equal(c1.span.start, c0.span.start + 2);
		assert.equal(shifted.slice(c1.span.start, c1.span.end), '1');
		assert.deepEqual(new LineIndex(shifted).positionAt(c1.span.start), new LineIndex(lf).positionAt(c0.span.start));
	});

	test('Should read a report a drafter writes in Markdown in the editor', () => {
		const text = reportSkeleton({ version: '2021', style: 'markdown', year: 2024, body: '某某县市场监督管理局' })
			.replace('| 规章 |  |  |  |', '| 规章 | 0 | 0 | 2 |')
			.replace('| 一、本年新收政府信息公开申请数量 |  |  |  |  |  |  |  |  |  |', '| 一、本年新收政府信息公开申请数量 |  |  | 5 | 0 | 0 | 0 | 0 | 0 | 5 |');
		const r = analyze(text);
		assert.equal(r.version, '2021');
		assert.equal(r.year, 2024);
		assert.equal(r.body?.value, '某某县市场监督管理局');
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 2]);
		assert.deepEqual(values(r, 'requests', 'newRequests'), [5, 0, 0, 0, 0, 0, 5]);
		assert.equal(r.tables.appeals?.rows[0].cells.length, 15);
	});

	test('Should read the year from the statistics period when there is no title', () => {
		const r = analyze('本报告所列数据的统计期限自2022年1月1日至2022年12月31日。\n一、总体情况\n');
		assert.equal(r.year, 2022);
		assert.equal(r.title, null);
	});

	test('Should read a date written in Chinese numerals', () => {
		const r = analyze('一、总体情况\n正文。\n某某局\n二〇二一年一月二十日\n');
		assert.deepEqual(r.date?.value, { year: 2021, month: 1, day: 20 });
		assert.equal(r.body?.value, '某某局');
	});

	test('Should not mistake list items in prose for sections', () => {
		const r = analyze('一、总体情况\n一、加强组织领导\n二、完善制度\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n');
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3]);
	});

	test('Should accept heading variants as their sections', () => {
		const r = analyze('二、行政机关主动公开政府信息情况\n四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n五、存在问题及改进情况\n六、其他报告的事项\n');
		assert.deepEqual(r.sections.map((s) => [s.number, s.standardHeading]), [
			[2, '二、主动公开政府信息情况'], [4, '四、政府信息公开行政复议、行政诉讼情况'], [5, '五、存在的主要问题及改进情况'], [6, '六、其他需要报告的事项'],
		]);
	});
});

describe('Table 二 by alignment', () => {
	const HEAD2 = '二、主动公开政府信息情况\n';
	const item1 = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];

	test('Should read a block with one cell per paragraph, each cell named by its block header', () => {
		const r = analyze(`${HEAD2}${[...item1, '规章', '1', '0', '5', '行政规范性文件', '12', '3', '40', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '652'].join('\n\n')}\n`);
		assert.deepEqual(values(r, 'active', 'regulations'), [1, 0, 5]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [12, 3, 40]);
		assert.deepEqual(values(r, 'active', 'licensing'), [652]);
		assert.equal(cell(r, 'active', 'licensing', 'decisions').value, 652);
		assert.deepEqual(r.tables.active?.unplaced, []);
	});

	test('Should not place a row whose blank cell the layout dropped, and read its neighbours', () => {
		const text = `${HEAD2}${[...item1, '规章', '1', '5', '行政规范性文件', '12', '3', '40'].join('\n\n')}\n`;
		const r = analyze(text);
		const t = r.tables.active!;
		assert.ok(!t.rows.some((x) => x.key === 'regulations'));
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [12, 3, 40]);
		assert.deepEqual(t.unplaced.map((u) => [u.keys, u.reason, u.found, u.expected]), [[['regulations'], 'width', 2, 3]]);
		assert.deepEqual(t.missingRows, []);
		const f = r.diagnostics.filter((d) => d.code === 'unparsed-table');
		assert.equal(f.length, 1);
		assert.match(f[0].message.zh, /规章/);
		assert.ok(text.slice(t.unplaced[0].span.start, t.unplaced[0].span.end).startsWith('规章'));
	});

	test('Should read labels printed below their numbers and a blank row with no values', () => {
		const r = analyze(`${HEAD2}第二十条第（六）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n3 +1 20\n行政处罚\n0 0 0\n行政强制\n`);
		assert.equal(r.tables.active?.version, '2019');
		assert.deepEqual(values(r, 'active', 'penalties'), [3, 1, 20]);
		assert.deepEqual(values(r, 'active', 'coercion'), [0, 0, 0]);
	});

	test('Should read a whole report on one line, table 二 with its extra row', () => {
		const r = analyze(`${HEAD2.trim()} 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 1 0 5 行政规范性文件 12 3 40 其他主动公开文件 2 0 2 第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业性收费 3.5`);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [12, 3, 40]);
		assert.deepEqual(values(r, 'active', 'fees'), [3.5]);
		assert.equal(cell(r, 'active', 'fees', 'amount').unit, '万元');
		assert.deepEqual(r.tables.active?.extraRows.map((x) => x.label.text), ['其他主动公开文件']);
	});

	test('Should leave a block unplaced where numbers belong to no row, keeping rows read whole elsewhere', () => {
		const r = analyze(`${HEAD2}第二十条第（一）项\n22\n55\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 22 | 235 |\n| 行政规范性文件 | 34 | 189 |\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 7\n`);
		const t = r.tables.active!;
		assert.deepEqual(t.unplaced.map((u) => [u.keys, u.reason]), [[['regulations', 'normativeDocuments'], 'scattered']]);
		assert.deepEqual(t.blocks.map((b) => [b.key, b.status]), [['item1', 'unparsed'], ['item5', 'parsed']]);
		assert.deepEqual(values(r, 'active', 'licensing'), [7]);
	});
});
