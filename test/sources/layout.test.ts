import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layoutPages, type PageText, type PositionedText, type Rule } from '../../server/src/engine/sources/layout';
import { describeLocation, locate, renderBlocks, type SourceBlock } from '../../server/src/engine/sources/source';

/** A run of text at (x, baseline y): CJK characters one em wide, Latin and digits half an em. */
function t(text: string, x: number, y: number, size = 10): PositionedText {
	const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0);
	return { text, x, y, width, size };
}

/** A row of cells: a label at x = 80 and numbers every 30 points from x = 300. */
function row(label: string, y: number, numbers: readonly string[], size = 10): PositionedText[] {
	return [t(label, 80, y, size), ...numbers.map((n, k) => t(n, 300 + 30 * k, y, size))];
}

const page = (items: PositionedText[]): PageText => ({ width: 595, height: 842, items });
const rows = (blocks: SourceBlock[]): string[][] => blocks.flatMap((b) => (b.kind === 'row' ? [[...b.cells]] : []));
const paragraphs = (blocks: SourceBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('layoutPages: rows and columns from positioned text', () => {
	test('Should split a line into cells at wide gaps and keep a row whose numbers sit a little off the label baseline', () => {
		const blocks = layoutPages([page([
			...row('规章', 600, ['0', '0', '0']),
			// Numbers in a larger size, their baseline 1.5 points lower, as WPS sets them.
			t('行政规范性文件', 80, 570), t('3', 300, 568.5, 14), t('0', 330, 568.5, 14), t('8', 360, 568.5, 14),
		])]);
		assert.deepEqual(rows(blocks), [['规章', '0', '0', '0'], ['行政规范性文件', '3', '0', '8']]);
	});

	test('Should join a label wrapped over two lines, its numbers centred between them, into one cell', () => {
		const blocks = layoutPages([page([
			...row('（一）予以公开', 640, ['50', '0']),
			t('（二）部分公开（区分处理的，只计这一', 80, 621),
			t('3', 300, 614.5), t('0', 330, 614.5),
			t('情形，不计其他情形）', 80, 608),
			...row('（七）总计', 590, ['53', '0']),
		])]);
		assert.deepEqual(rows(blocks), [
			['（一）予以公开', '50', '0'],
			['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '3', '0'],
			['（七）总计', '53', '0'],
		]);
	});

	test('Should give a group label printed beside its rows to the first of them, and a vertical label to the first row of its run', () => {
		const sub = (label: string, y: number, n: string): PositionedText[] => [t(label, 180, y), t(n, 380, y), t(n, 410, y)];
		const blocks = layoutPages([page([
			...row('二、上年结转政府信息公开申请数量', 700, ['0', '0']),
			// 三、本年度办理结果 written top to bottom beside everything below it, down to （七）.
			{ text: '三、本年度办理结果', x: 82, y: 670, width: 10, size: 10, vertical: true, height: 90 },
			t('（一）予以公开', 100, 680), t('5', 380, 680), t('5', 410, 680),
			...sub('1.属于国家秘密', 660, '1'),
			...sub('2.其他法律行政法规禁止公开', 640, '2'),
			// （三）不予公开 is centred over its four rows, on a line of its own.
			t('（三）不予公开', 100, 630),
			...sub('3.危及“三安全一稳定”', 620, '3'),
			...sub('4.保护第三方合法权益', 600, '4'),
			t('（七）总计', 100, 580), t('11', 380, 580), t('11', 410, 580),
			...row('四、结转下年度继续办理', 560, ['0', '0']),
		])]);
		assert.deepEqual(rows(blocks).map((x) => x.slice(0, -2)), [
			['二、上年结转政府信息公开申请数量'],
			['三、本年度办理结果', '（一）予以公开'],
			['（三）不予公开', '1.属于国家秘密'],
			['2.其他法律行政法规禁止公开'],
			['3.危及“三安全一稳定”'],
			['4.保护第三方合法权益'],
			['（七）总计'],
			['四、结转下年度继续办理'],
		]);
	});

	test('Should move a group label centred on the middle row of its numbered rows up to the row numbered 1', () => {
		const sub = (label: string, y: number): PositionedText[] => [t(label, 160, y), t('0', 330, y), t('0', 360, y)];
		const blocks = layoutPages([page([
			t('（三）不予公开', 80, 700), ...sub('1.属于国家秘密', 700),
			...sub('1.本机关不掌握相关政府信息', 680),
			t('（四）无法提供', 80, 660), ...sub('2.没有现成信息需要另行制作', 660),
			...sub('3.补正后申请内容仍不明确', 640),
			t('（七）总计', 80, 620), t('0', 330, 620), t('0', 360, 620),
		])]);
		assert.deepEqual(rows(blocks).map((x) => x.slice(0, -2)), [
			['（三）不予公开', '1.属于国家秘密'],
			['（四）无法提供', '1.本机关不掌握相关政府信息'],
			['2.没有现成信息需要另行制作'],
			['3.补正后申请内容仍不明确'],
			['（七）总计'],
		]);
	});

	test('Should drop page numbers and a running header, and carry a table across the page break with its row count', () => {
		const header = t('某某县人民政府文件', 250, 800);
		const blocks = layoutPages([
			page([header, t('- 1 -', 280, 40, 13), t('二、主动公开政府信息情况', 100, 700, 16), ...row('规章', 660, ['0', '0', '0']), ...row('行政规范性文件', 80, ['3', '0', '8'])]),
			page([header, t('- 2 -', 280, 40, 13), ...row('行政许可', 760, ['9487', '1', '2']), t('三、收到和处理政府信息公开申请情况', 100, 700, 16)]),
		]);
		assert.deepEqual(paragraphs(blocks), ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
		const tableRows = blocks.filter((b) => b.kind === 'row');
		assert.deepEqual(tableRows.map((b) => b.at), [{ page: 1, table: 1, row: 1 }, { page: 1, table: 1, row: 2 }, { page: 2, table: 1, row: 3 }]);
		assert.ok(!renderBlocks(blocks).text.includes('某某县'));
	});

	test('Should join the lines of a paragraph, start a new one at an indented first line, and join a centred title over two lines', () => {
		const blocks = layoutPages([page([
			// Centred between the margins at 74 and 490.
			t('淮安市洪泽区人民政府', 172, 760, 22),
			t('2024年政府信息公开工作年度报告', 117, 730, 22),
			t('一、总体情况', 106, 680, 16),
			t('本报告由某某人民政府办公室根据条例要求编制此报告', 106, 650, 16),
			t('报告中所列数据统计期限自去年一月一日起至去年十二月', 74, 622, 16),
			t('止。', 74, 594, 16),
			t('（一）主动公开情况。', 106, 566, 16),
		])]);
		assert.deepEqual(paragraphs(blocks), [
			'淮安市洪泽区人民政府2024年政府信息公开工作年度报告',
			'一、总体情况',
			'本报告由某某人民政府办公室根据条例要求编制此报告报告中所列数据统计期限自去年一月一日起至去年十二月止。',
			'（一）主动公开情况。',
		]);
	});

	test('Should keep a line of smaller type above a table as a row of its own, not fold it into a cell', () => {
		const blocks = layoutPages([page([
			t('全年主动公开政府信息二百余条，其中规范性文件三件，行政许可九千余件。', 74, 790, 16),
			t('二、主动公开政府信息情况', 106, 760, 16),
			t('第二十条第（一）项', 240, 720, 12),
			t('信息内容', 130, 690, 12), t('本年制发件数', 250, 690, 12), t('本年废止件数', 345, 690, 12),
			...row('规章', 660, ['0', '0'], 12),
		])]);
		assert.deepEqual(rows(blocks), [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数'], ['规章', '0', '0']]);
	});

	test('Should ignore white space items and items with no size, and never throw on an empty page', () => {
		assert.deepEqual(layoutPages([page([]), page([t(' ', 10, 10), { text: 'x', x: NaN, y: 1, width: 1, size: 1 }, { text: 'y', x: 1, y: 1, width: 1, size: 0 }])]), []);
	});
});

/** A horizontal rule at y from x1 to x2, and a vertical one at x from y1 to y2. */
const hr = (y: number, x1: number, x2: number): Rule => ({ x1, y1: y, x2, y2: y });
const vr = (x: number, y1: number, y2: number): Rule => ({ x1: x, y1, x2: x, y2 });

/** Every rule of a full grid: vertical lines at xs and horizontal ones at ys (top first), all the way across. */
function grid(xs: readonly number[], ys: readonly number[]): Rule[] {
	return [...ys.map((y) => hr(y, xs[0], xs.at(-1)!)), ...xs.map((x) => vr(x, ys.at(-1)!, ys[0]))];
}

const ruled = (items: PositionedText[], rules: Rule[]): PageText => ({ width: 595, height: 842, items, rules });

describe('layoutPages: tables drawn with lines, read by their cells', () => {
	test('Should keep a blank cell as an empty cell, so the counts after it keep their columns', () => {
		const rules = grid([70, 200, 250, 300, 350], [700, 680, 660]);
		const blocks = layoutPages([ruled([
			t('结果维持', 80, 686), t('结果纠正', 205, 686), t('其他', 255, 686), t('总计', 305, 686),
			// The first two counts are blank: nothing is printed in their cells.
			t('3', 270, 666), t('3', 320, 666),
		], rules)]);
		assert.deepEqual(rows(blocks), [['结果维持', '结果纠正', '其他', '总计'], ['', '', '3', '3']]);
	});

	test('Should read without lines as before: the blank cell leaves no trace', () => {
		const blocks = layoutPages([page([
			t('结果维持', 80, 686), t('结果纠正', 205, 686), t('其他', 255, 686), t('总计', 305, 686),
			t('3', 270, 666), t('3', 320, 666),
		])]);
		assert.deepEqual(rows(blocks), [['结果维持', '结果纠正', '其他', '总计'], ['3', '3']]);
	});

	test('Should give a vertical label written one character per line in a merged cell to the first row it covers', () => {
		// Column 70–90 has no horizontal rule inside: one cell over the three rows.
		const rules = [
			hr(700, 70, 300), hr(680, 90, 300), hr(660, 90, 300), hr(640, 70, 300),
			vr(70, 640, 700), vr(90, 640, 700), vr(200, 640, 700), vr(300, 640, 700),
		];
		const chars = [...'三、本年度办理结果'].map((ch, k) => t(ch, 75, 695 - 6 * k, 6));
		const blocks = layoutPages([ruled([
			...chars,
			t('（一）予以公开', 95, 686), t('4', 250, 686),
			t('（二）部分公开（区分处理的，只计', 95, 671), t('这一情形，不计其他情形）', 95, 662), t('0', 250, 666),
			t('（七）总计', 95, 646), t('4', 250, 646),
		], rules)]);
		assert.deepEqual(rows(blocks), [
			['三、本年度办理结果', '（一）予以公开', '4'],
			['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0'],
			['', '（七）总计', '4'],
		]);
	});

	test('Should write a cell spanning columns in its first column, the others empty', () => {
		const rules = [hr(700, 70, 300), hr(680, 70, 300), hr(660, 70, 300), vr(70, 660, 700), vr(300, 660, 700), vr(150, 660, 680), vr(220, 660, 700)];
		const blocks = layoutPages([ruled([t('申请人情况', 100, 686), t('总计', 230, 686), t('自然人', 80, 666), t('法人', 160, 666), t('合计', 230, 666)], rules)]);
		assert.deepEqual(rows(blocks), [['申请人情况', '', '总计'], ['自然人', '法人', '合计']]);
	});

	test('Should read lines drawn cell by cell (each edge its own short rule) as one grid', () => {
		const rules: Rule[] = [];
		for (const [x1, x2] of [[70, 200], [200, 260]]) {
			for (const [y1, y2] of [[680, 700], [660, 680]]) rules.push(hr(y1, x1, x2), hr(y2, x1, x2), vr(x1, y1, y2), vr(x2, y1, y2));
		}
		const blocks = layoutPages([ruled([t('规章', 80, 686), t('行政规范性文件', 80, 666), t('3', 230, 666)], rules)]);
		assert.deepEqual(rows(blocks), [['规章', ''], ['行政规范性文件', '3']]);
	});

	test('Should read a framed paragraph as prose: a box of one column is no table', () => {
		const blocks = layoutPages([ruled([t('本报告所列数据的统计期限自一月一日起至十二月三十一日止。', 80, 686)], grid([70, 500], [700, 670]))]);
		assert.deepEqual(rows(blocks), []);
		assert.deepEqual(paragraphs(blocks), ['本报告所列数据的统计期限自一月一日起至十二月三十一日止。']);
	});

	test('Should read prose above and below a ruled table in order, and keep the table\'s rows together', () => {
		const blocks = layoutPages([ruled([
			t('二、主动公开政府信息情况', 74, 730, 16),
			t('规章', 80, 686), t('0', 230, 686), t('行政许可', 80, 666), t('9487', 230, 666),
			t('三、收到和处理政府信息公开申请情况', 74, 620, 16),
		], grid([70, 200, 260], [700, 680, 660]))]);
		assert.deepEqual(blocks.map((b) => (b.kind === 'row' ? b.cells.join('|') : b.text)), [
			'二、主动公开政府信息情况', '规章|0', '行政许可|9487', '三、收到和处理政府信息公开申请情况',
		]);
	});

	test('Should join a merged cell cut by a page break: the rest of a vertical label at the top of the next page', () => {
		// Page 1 ends inside the label's cell (no rule under its column); page 2 goes on with no rule above it.
		const first = ruled([
			t('一、本年新收', 80, 126), t('5', 250, 126),
			...[...'三、本年'].map((ch, k) => t(ch, 75, 105 - 8 * k, 7)), t('（一）予以公开', 95, 106), t('4', 250, 106),
			t('（二）部分公开', 95, 86), t('0', 250, 86),
		], [
			hr(140, 70, 300), hr(120, 70, 300), hr(100, 90, 300), hr(80, 90, 300),
			vr(70, 80, 140), vr(90, 80, 120), vr(200, 80, 140), vr(300, 80, 140),
		]);
		const second = ruled([
			...[...'度办理结果'].map((ch, k) => t(ch, 75, 755 - 7 * k, 6)), t('（三）不予公开', 95, 746), t('0', 250, 746),
			t('（七）总计', 95, 726), t('4', 250, 726),
		], [
			hr(740, 90, 300), hr(720, 70, 300),
			vr(70, 720, 760), vr(90, 720, 760), vr(200, 720, 760), vr(300, 720, 760),
		]);
		const blocks = layoutPages([first, second]);
		assert.deepEqual(rows(blocks), [
			['一、本年新收', '', '5'],
			['三、本年度办理结果', '（一）予以公开', '4'],
			['', '（二）部分公开', '0'],
			['', '（三）不予公开', '0'],
			['', '（七）总计', '4'],
		]);
		assert.deepEqual(blocks.map((b) => b.at.table), [1, 1, 1, 1, 1]);
	});
});

describe('renderBlocks and locate: text and its source map', () => {
	const blocks: SourceBlock[] = [
		{ kind: 'paragraph', text: '一、总体\t情况', at: { page: 1, paragraph: 1 } },
		{ kind: 'row', cells: ['规章', '0', '', '0'], at: { page: 2, table: 1, row: 4 } },
		{ kind: 'row', cells: ['', '', '合计'], at: { page: 2, table: 1, row: 5 } },
		{ kind: 'row', cells: ['', '小计'], at: { page: 2, table: 1, row: 6 } },
	];
	const out = renderBlocks(blocks);

	test('Should write paragraphs as lines and rows as tab-separated cells, keeping merged-cell gaps but never a lone leading tab', () => {
		assert.equal(out.text, '一、总体 情况\n规章\t0\t\t0\n\t\t合计\n小计\n');
	});

	test('Should trace an offset back to its page, table, row and column, and say it in words', () => {
		const at = locate(out.map, out.text.indexOf('0\t\t0') + 3);
		assert.deepEqual(at, { page: 2, table: 1, row: 4, column: 4 });
		assert.equal(describeLocation(at!, 'zh'), '第 2 页，第 1 个表格第 4 行第 4 列');
		assert.equal(describeLocation(at!, 'en'), 'page 2, table 1, row 4, column 4');
		assert.equal(describeLocation(locate(out.map, 0)!, 'en'), 'page 1, paragraph 1');
	});

	test('Should trace an empty cell to its own column, not to the cell before it', () => {
		const blank = out.text.indexOf('0\t\t0') + 2;
		assert.deepEqual(locate(out.map, blank), { page: 2, table: 1, row: 4, column: 3 });
		const gaps = out.text.indexOf('\t\t合计');
		assert.deepEqual(locate(out.map, gaps), { page: 2, table: 1, row: 5, column: 1 });
		assert.deepEqual(locate(out.map, gaps + 1), { page: 2, table: 1, row: 5, column: 2 });
	});
});
