import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze, corpusText, CORPUS } from '../support/fixtures';

describe('missing-row', () => {
	test('Should not fire on a complete table', () => assert.deepEqual(findings(makeReport(), 'missing-row'), []));

	test('Should report the nine rows 000 lost as one finding, and insert them in its tab layout', () => {
		const text = corpusText(CORPUS.suiling);
		const found = findings(text, 'missing-row');
		assert.equal(found.length, 1);
		assert.equal(found[0].line, 60);
		assert.match(found[0].message, /缺少 9 行/);
		const fixed = applyFix(text, found[0].diagnostic.fixes[0]);
		const r = analyze(fixed);
		assert.deepEqual(r.tables.requests?.missingRows, []);
		assert.ok(r.tables.requests?.rows.every((row) => row.style === 'tab'));
		assert.deepEqual(r.tables.requests?.rows.find((x) => x.key === 'resultTotal')?.cells.map((c) => c.text), ['0', '0', '0', '0', '0', '0', '0']);
		assert.deepEqual(findings(fixed).filter((f) => f.severity === 'error' && f.code !== 'missing-section'), []);
	});

	test('Should insert a missing row in one-cell-per-line style', () => {
		const text = makeReport({ style: 'cells' });
		const start = text.indexOf('\t\t\n\t\n\t2.重复申请');
		const cut = start >= 0 ? text.slice(0, start) + text.slice(text.indexOf('\n\n', start + 5) + 2) : text.replace(/\t\n\t\n\t2\.重复申请(\n\t0){7}\n\n/, '');
		const [f] = findings(cut, 'missing-row');
		assert.ok(f, 'a missing row is reported');
		const fixed = applyFix(cut, f.diagnostic.fixes[0]);
		assert.deepEqual(analyze(fixed).tables.requests?.missingRows, []);
		assert.ok(analyze(fixed).tables.requests?.rows.every((r) => r.style === 'cells'));
	});

	test('Should insert a missing row into a Markdown table with as many columns as its neighbours', () => {
		const text = makeReport({ style: 'markdown' });
		const cut = text.split('\n').filter((l) => !l.includes('2.重复申请')).join('\n');
		const [f] = findings(cut, 'missing-row');
		const fixed = applyFix(cut, f.diagnostic.fixes[0]);
		const inserted = fixed.split('\n').find((l) => l.includes('2.重复申请'))!;
		assert.equal(inserted.split('|').length, cut.split('\n').find((l) => l.includes('1.信访举报投诉类申请'))!.split('|').length);
		assert.deepEqual(analyze(fixed).tables.requests?.missingRows, []);
	});

	test('Should report a missing block of table 二 and insert it', () => {
		const text = makeReport({ version: '2021' });
		const start = text.indexOf('第二十条第（八）项');
		const cut = text.slice(0, start) + text.slice(text.indexOf('三、收到和处理'));
		const [f] = findings(cut, 'missing-row');
		assert.match(f.message, /第二十条第（八）项/);
		assert.deepEqual(analyze(applyFix(cut, f.diagnostic.fixes[0])).tables.active?.missingBlocks, []);
	});
});
