import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, applyEdits, refactorEdits, refactorsAt, type TextEdit } from '../../server/src/engine/index';
import { findings, makeReport } from '../support/reports';
import { analyze, cell, corpusText, CORPUS } from '../support/fixtures';

/** The scaffold refactors offered on the finding's lines (never a quick fix: the finding has none), with their edits. */
function scaffolds(text: string, f: { diagnostic: { span: { start: number; end: number } } }): { title: string; id: string; edits: TextEdit[] }[] {
	const a = new Analysis(text);
	return refactorsAt(a, f.diagnostic.span).filter((r) => r.kind === 'scaffold').map((r) => ({ title: r.title.zh, id: r.id, edits: refactorEdits(a, r.id) ?? [] }));
}

describe('unparsed-table', () => {
	test('Should not fire on readable tables', () => assert.deepEqual(findings(makeReport(), 'unparsed-table'), []));

	test('Should report the scrambled tables of 004 and no missing section', () => {
		const text = corpusText(CORPUS.gongxin);
		assert.deepEqual(findings(text, 'unparsed-table').map((f) => f.line), [95, 144, 533]);
		assert.deepEqual(findings(text, 'missing-section'), []);
	});

	test('Should offer a clean table that keeps the values recovered, above the original text, which stays', () => {
		const text = corpusText(CORPUS.gongxin);
		const [f] = findings(text, 'unparsed-table');
		assert.deepEqual(f.diagnostic.fixes, [], 'a scaffold, no quick fix');
		const [clean] = scaffolds(text, f);
		assert.equal(clean.id, 'cleanTable:active');
		// Only an insertion: every character the drafter wrote stays, the unread numbers included.
		assert.ok(clean.edits.every((e) => e.span.start === e.span.end));
		const fixed = applyEdits(text, clean.edits);
		const at = clean.edits[0].span.start;
		assert.equal(fixed.slice(0, at) + fixed.slice(at + clean.edits[0].newText.length), text);
		assert.match(clean.edits[0].newText, /以下为原表格文字，原样保留/);
		const r = analyze(fixed);
		assert.equal(r.tables.active?.status, 'parsed');
		assert.ok(r.tables.active?.blocks.every((b) => b.status === 'parsed'));
		assert.equal(cell(r, 'active', 'regulations', 'newlyMade').value, 0);
		assert.equal(cell(r, 'active', 'licensing', 'decisions').kind, 'blank');
	});

	describe('Rows of table 二 not placed', () => {
		const HEAD2 = '二、主动公开政府信息情况';
		const item1 = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];
		const fixOf = (text: string) => {
			const [f] = findings(text, 'unparsed-table');
			assert.ok(f, 'unparsed-table');
			assert.match(f.message, /规章/);
			assert.deepEqual(f.diagnostic.fixes, [], 'a scaffold, no quick fix');
			const offered = scaffolds(text, f);
			assert.equal(offered.length, 1);
			const fix = offered[0];
			assert.match(fix.title, /添加这 1 行的空白行/);
			// Only text added, at one place: nothing the user wrote is touched.
			assert.equal(fix.edits.length, 1);
			assert.equal(fix.edits[0].span.start, fix.edits[0].span.end);
			return fix;
		};

		for (const [layout, text, row] of [
			['tab rows', [HEAD2, '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t5', '7', '行政规范性文件\t12\t3\t40', '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t7', ''].join('\n'), '\n规章\t\t\t'],
			['a Markdown table', [HEAD2, '第二十条第（一）项', '22', '55', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| --- | --- | --- | --- |', '| 规章 | 22 | 235 |', '| 行政规范性文件 | 34 | 189 | 7 |', '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 7', ''].join('\n'), '\n| 规章 |  |  |  |'],
			['one cell per paragraph', `${HEAD2}\n${[...item1, '规章', '1', '5', '行政规范性文件', '12', '3', '40'].join('\n\n')}\n`, '\n\n规章\t\t\t'],
		] as const) {
			test(`Should offer the official blank row for a row of table 二 not placed, in the table's own style (${layout})`, () => {
				const fix = fixOf(text);
				assert.equal(fix.edits[0].newText, row);
				// Inserted after the rows not placed, inside table 二, before the next block or row.
				const r = analyze(text);
				const u = r.tables.active!.unplaced[0];
				assert.ok(fix.edits[0].span.start >= u.span.end && fix.edits[0].span.start <= r.tables.active!.span.end);
				assert.equal(text.slice(fix.edits[0].span.start).search(/\r?\n|$/), 0);
			});
		}

		test('Should offer a row that reads as the official row, with its cells blank', () => {
			const text = `${HEAD2}\n${[...item1, '行政规范性文件', '12', '3', '40', '规章', '1', '5'].join('\n\n')}\n`;
			const fixed = applyEdits(text, fixOf(text).edits);
			const t = analyze(fixed).tables.active!;
			const row = t.rows.find((x) => x.key === 'regulations');
			assert.deepEqual(row?.cells.map((c) => c.kind), ['blank', 'blank', 'blank']);
		});

		test('Should offer no row where the table shares its line with the rest of the report (one-line text)', () => {
			const text = `${HEAD2} 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 1 5 行政规范性文件 12 3 40 三、收到和处理政府信息公开申请情况 无。`;
			const [f] = findings(text, 'unparsed-table');
			assert.ok(f, 'unparsed-table');
			assert.deepEqual(f.diagnostic.fixes, []);
			assert.deepEqual(scaffolds(text, f), []);
		});
	});
});
