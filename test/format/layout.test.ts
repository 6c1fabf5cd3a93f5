import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellName, nameOf, type NameKey } from '../../server/src/engine/format/names';
import { gridOf, headerGrid, labelGrid, tableLayout } from '../../server/src/engine/format/layout';
import {
	ACTIVE_BLOCKS, APPEAL_CELLS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, SUBTOTAL_COLUMN, TABLE_KEYS, TABLE_VERSIONS, isColumnKey, isRowKey,
} from '../../server/src/engine/format/tables';

const CJK = /[\u4e00-\u9fff]/;

describe('The official layout', () => {
	test('Should place merged cells as a browser does, covered places left empty', () => {
		const grid = gridOf([[{ text: 'a', colSpan: 2, rowSpan: 2 }, { text: 'b', colSpan: 1, rowSpan: 1 }], [{ text: 'c', colSpan: 1, rowSpan: 1 }]], 3);
		assert.deepEqual(grid, [['a', '', 'b'], ['', '', 'c']]);
	});

	test('Should give every header row of every table the full width of labels and values', () => {
		for (const version of TABLE_VERSIONS) for (const key of TABLE_KEYS) {
			for (const block of tableLayout(key, version).blocks) {
				const width = block.labelColumns + block.columns.length;
				// Every place is taken exactly once: the spans of each header row, plus what rows above cover, fill the width.
				const taken = Array.from({ length: width }, () => 0);
				block.header.forEach((cells, r) => {
					const grid = gridOf(block.header.slice(0, r + 1), width)[r];
					assert.equal(grid.length, width);
					let at = 0;
					for (const c of cells) {
						while (taken[at] > r) at++;
						for (let k = at; k < at + c.colSpan; k++) taken[k] = r + c.rowSpan;
						at += c.colSpan;
					}
				});
				assert.ok(taken.every((t) => t === block.header.length), `${key} ${version} ${block.key}: ${taken.join(',')}`);
			}
		}
	});

	test('Should list the rows of table 三 in the format order, with 三、本年度办理结果 over every result row', () => {
		for (const version of TABLE_VERSIONS) {
			const block = tableLayout('requests', version).blocks[0];
			assert.deepEqual(block.rows.map((r) => r.key), REQUEST_ROWS.filter((r) => r.versions.includes(version)).map((r) => r.key));
			const labels = labelGrid(block);
			const results = block.rows.filter((r) => r.groups[0] === '三、本年度办理结果');
			assert.equal(labels.filter((l) => l[0] === '三、本年度办理结果').length, 1, 'the chapter label is written once');
			assert.equal(results.length, version === '2019' ? 20 : 22);
			assert.deepEqual(labels[block.rows.findIndex((r) => r.key === 'denied.stateSecret')], ['', '（三）不予公开', '1.属于国家秘密']);
			assert.deepEqual(labels[block.rows.findIndex((r) => r.key === 'denied.otherLaws')], ['', '', '2.其他法律行政法规禁止公开']);
		}
	});

	test('Should head table 三 with 申请人情况 over seven columns and 法人或其他组织 over five', () => {
		const header = headerGrid(tableLayout('requests', '2021').blocks[0]);
		assert.equal(header[0][3], '申请人情况');
		assert.deepEqual(header[1].slice(3), ['自然人', '法人或其他组织', '', '', '', '', '总计']);
		assert.deepEqual(header[2].slice(4, 9), REQUEST_COLUMNS.slice(1, 6).map((c) => c.label));
	});

	test('Should head table 四 with 行政复议 and 行政诉讼 over its groups, each group of five columns named', () => {
		const block = tableLayout('appeals', '2021').blocks[0];
		const header = headerGrid(block);
		assert.deepEqual([header[0][0], header[0][5], header[1][5], header[1][10]], ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
		assert.deepEqual(block.columns.map((c) => c.key), APPEAL_CELLS.map((c) => c.key));
	});
});

describe('The names of keys', () => {
	const keys: NameKey[] = [
		...TABLE_KEYS,
		...TABLE_VERSIONS.flatMap((v) => ACTIVE_BLOCKS[v].flatMap((b) => [b.key, ...b.rows.map((r) => r.key), ...b.columns.map((c) => c.key)])),
		...REQUEST_ROWS.map((r) => r.key), ...REQUEST_COLUMNS.map((c) => c.key), SUBTOTAL_COLUMN.key,
		...APPEAL_GROUPS.map((g) => g.key), ...APPEAL_CELLS.map((c) => c.key),
	];

	test('Should name every key of the format in Chinese and in English, never by the spelling of a key', () => {
		for (const key of keys) {
			const name = nameOf(key);
			assert.ok(CJK.test(name.zh) && name.zh !== key, `${key}: ${name.zh}`);
			assert.ok(name.en !== '' && !/[a-z][A-Z]|^[a-zA-Z]+\.[a-zA-Z]/.test(name.en), `${key}: ${name.en}`);
		}
	});

	test('Should name a cell of table 四 by its group and column', () => {
		assert.deepEqual(cellName('appeals', 'review.total'), { zh: '行政复议·总计', en: 'administrative review, total' });
	});

	test('Should narrow strings from outside to keys only when the format has them', () => {
		assert.ok(isRowKey('denied.stateSecret') && isRowKey('appeals') && !isRowKey('denied.other'));
		assert.ok(isColumnKey('suitDirect.pending') && isColumnKey('organisations') && !isColumnKey('review.sum'));
	});
});
