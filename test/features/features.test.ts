import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, analyze, applyEdits, completionsAt, foldingRegions, hoverAt, matchDiagnostic, outline, previewModel, refactorEdits, refactorsAt, tableSummaries, tableText, totalHints, fixAllAvailable, fixAllEdits } from '../../server/src/engine/index';
import { makeReport } from '../support/reports';

/** A complete 2021 report whose （七）总计 says 1 where the results add up to 0. */
const WRONG_TOTAL = makeReport({ rows: { newRequests: [1, 0, 0, 0, 0, 0, 1], resultTotal: [1, 0, 0, 0, 0, 0, 1] } });
const at = (text: string, needle: string, nth = 0): number => {
	let k = -1;
	for (let n = 0; n <= nth; n++) k = text.indexOf(needle, k + 1);
	assert.ok(k >= 0, needle);
	return k;
};

describe('Analysis', () => {
	test('Should compute each fact once and share it', () => {
		const a = new Analysis(WRONG_TOTAL);
		assert.equal(a.model, a.model);
		assert.equal(a.diagnostics, a.diagnostics);
		assert.equal(a.relations, a.context.shared('relations', () => assert.fail('the rules already built the relations')));
		assert.deepEqual(a.report.diagnostics, analyze(WRONG_TOTAL).diagnostics);
	});

	test('Should apply the configuration it was made with', () => {
		assert.ok(new Analysis(WRONG_TOTAL).diagnostics.some((d) => d.code === 'result-total'));
		assert.ok(!new Analysis(WRONG_TOTAL, { rules: { 'result-total': 'off' } }).diagnostics.some((d) => d.code === 'result-total'));
	});

	test('Should find the cell at an offset, and none outside the tables', () => {
		const a = new Analysis(WRONG_TOTAL);
		const hit = a.cellAt(a.relations.relations.find((r) => r.kind === 'result-total')!.target.cell.span.start);
		assert.equal(hit?.row.key, 'resultTotal');
		assert.equal(a.cellAt(0), null);
	});
});

describe('Outline and folding', () => {
	test('Should nest the tables under their sections and table 二\'s blocks under it', () => {
		const items = outline(new Analysis(WRONG_TOTAL));
		assert.equal(items.length, 6);
		assert.deepEqual(items.map((i) => i.kind), Array(6).fill('section'));
		assert.deepEqual(items[1].children.filter((c) => c.kind === 'table').map((c) => c.name.zh), ['表二（主动公开政府信息情况）']);
		assert.ok(items[1].children[0].children.length >= 4);
		assert.equal(items[2].children.find((c) => c.kind === 'table')?.detail?.zh, '2021版');
	});

	test('Should keep a table outside every section at the top level', () => {
		const table = WRONG_TOTAL.slice(at(WRONG_TOTAL, '（一）'), at(WRONG_TOTAL, '四、'));
		const items = outline(new Analysis('一、总体情况\n本机关……\n' + table));
		assert.ok(items.length >= 1);
		for (const i of items) assert.ok(i.span.start >= 0);
	});

	test('Should fold each section over its lines, without trailing empty lines', () => {
		const text = '一、总体情况\n正文\n\n\n二、主动公开政府信息情况\n正文\n';
		const regions = foldingRegions(new Analysis(text));
		assert.deepEqual(regions.filter((r) => r.region).map((r) => [r.startLine, r.endLine]), [[0, 1], [4, 5]]);
	});
});

describe('Hover', () => {
	test('Should name a cell, its value and each relation it is in, in both languages', () => {
		const a = new Analysis(WRONG_TOTAL);
		const cell = a.relations.relations.find((r) => r.kind === 'result-total' && r.where === 'natural')!.target.cell;
		const info = hoverAt(a, cell.span.start)!;
		assert.deepEqual(info.span, cell.span);
		assert.match(info.markdown.zh, /\*\*（七）总计·自然人\*\*/);
		assert.match(info.markdown.zh, /✗ （七）总计 = 各项办理结果之和：计算 0，填写 1/);
		assert.match(info.markdown.en, /✗ 3\(7\) total = sum of the results: computed 0, written 1|✗ 3\(7\) total = sum of the results：computed 0, written 1/);
	});

	test('Should show what a section requires on its heading, and nothing on plain text', () => {
		const text = '一、总体情况\n本机关……\n';
		assert.match(hoverAt(new Analysis(text), 2)!.markdown.zh, /条例》第五十条/);
		assert.equal(hoverAt(new Analysis(text), text.length - 2), null);
	});
});

describe('Lenses and hints', () => {
	test('Should summarise each table and show the computed total beside a wrong one', () => {
		const a = new Analysis(WRONG_TOTAL);
		const titles = tableSummaries(a).map((s) => s.title.zh);
		assert.deepEqual(titles, ['表二：✓', '表三：2 处合计错误', '表四 合计 ✓']);
		const hints = totalHints(a);
		assert.deepEqual(hints.map((h) => h.label), [' ≠ 0', ' ≠ 0']);
		assert.equal(WRONG_TOTAL.slice(hints[0].offset - 1, hints[0].offset), '1');
		assert.match(hints[0].tooltip.en, /add up to 0; 1 is written/);
	});
});

describe('Completion', () => {
	test('Should offer the missing headings first at a line start, and blank tables', () => {
		const text = '一、总体情况\n正文\n\n';
		const items = completionsAt(new Analysis(text), text.length);
		const headings = items.filter((i) => i.kind === 'heading');
		assert.equal(headings.length, 6);
		const sorted = [...headings].sort((x, y) => x.sortText.localeCompare(y.sortText));
		assert.equal(sorted[0].label.zh, '二、主动公开政府信息情况');
		assert.equal(sorted[5].label.zh, '一、总体情况');
		const table = items.find((i) => i.kind === 'table' && i.label.zh.startsWith('表三'))!;
		assert.ok(new Analysis(table.insertText!).model.tables.requests);
	});

	test('Should offer row labels inside table 三, and nothing after other text', () => {
		const offset = at(WRONG_TOTAL, '（七）总计');
		const items = completionsAt(new Analysis(WRONG_TOTAL), offset);
		assert.ok(items.some((i) => i.kind === 'row' && i.label.zh === '（七）总计'));
		assert.deepEqual(completionsAt(new Analysis('本机关，认真贯彻'), 8), []);
	});
});

describe('Preview model and table text', () => {
	test('Should put a cell\'s problems on it and every standard row in place', () => {
		const model = previewModel(new Analysis(WRONG_TOTAL), 'zh');
		const rows = model.tables.requests!.blocks[0].rows;
		const total = rows.find((r) => r.key === 'resultTotal')!;
		assert.deepEqual(total.cells[0].problems.map((p) => p.code), ['result-total']);
		assert.ok(rows.every((r) => !r.absent));
		assert.ok(model.balance.every((b) => b.holds));
		assert.equal(model.errorCount, 2);
	});

	test('Should mark an absent row in place and write the table as tab rows or CSV', () => {
		const text = WRONG_TOTAL.replace(/^\t\t2\.重复申请.*\n/m, '');
		const a = new Analysis(text);
		assert.ok(previewModel(a, 'en').tables.requests!.blocks[0].rows.some((r) => r.absent));
		const tsv = tableText(new Analysis(WRONG_TOTAL), 'requests', 'tsv')!;
		assert.ok(new Analysis(tsv).model.tables.requests);
		const csv = tableText(new Analysis(WRONG_TOTAL), 'appeals', 'csv')!;
		assert.equal(csv.trim().split('\n').length, 2);
	});
});

describe('Refactors and fix-all', () => {
	test('Should offer refactors on the table under the cursor and compute their edits on demand', () => {
		const a = new Analysis(WRONG_TOTAL);
		const inside = at(WRONG_TOTAL, '（七）总计');
		const offers = refactorsAt(a, { start: inside, end: inside });
		assert.deepEqual(offers.map((r) => r.id), ['convert:requests', 'reformat:requests:markdown']);
		const converted = applyEdits(WRONG_TOTAL, refactorEdits(a, 'convert:requests')!);
		assert.equal(new Analysis(converted).model.tables.requests?.version, '2019');
		assert.equal(refactorEdits(a, 'convert:nowhere'), null);
		assert.deepEqual(refactorsAt(a, { start: 0, end: 0 }), []);
	});

	test('Should express fix-all as one minimal edit that reaches a fixed point', () => {
		const text = WRONG_TOTAL.replace('二、主动公开政府信息情况', '二、主动公开政府信息');
		const a = new Analysis(text);
		assert.ok(fixAllAvailable(a));
		const edits = fixAllEdits(a);
		assert.equal(edits.length, 1);
		const fixed = applyEdits(text, edits);
		assert.ok(!fixAllAvailable(new Analysis(fixed)));
		assert.deepEqual(fixAllEdits(new Analysis(fixed)), []);
	});
});

describe('Matching a published diagnostic', () => {
	test('Should find a diagnostic by index in its version and by rule and message in a later one', () => {
		const a = new Analysis(WRONG_TOTAL);
		const index = a.diagnostics.findIndex((d) => d.code === 'result-total');
		const d = a.diagnostics[index];
		const published = { index, code: d.code, message: d.message.zh, lang: 'zh' as const };
		assert.equal(matchDiagnostic(a, published, true), d);
		assert.equal(matchDiagnostic(a, { ...published, code: 'balance' }, true), null);
		const later = new Analysis('前言\n' + WRONG_TOTAL);
		const moved = matchDiagnostic(later, { ...published, index: 0 }, false)!;
		assert.equal(moved.span.start, d.span.start + 3);
		assert.equal(matchDiagnostic(later, { ...published, message: '已改' }, false), null);
	});
});
