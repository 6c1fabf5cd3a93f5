import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings } from '../support/reports';
import { analyze, corpusText, LATER_CORPUS } from '../support/fixtures';

const TEXT = '某某局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n本年度主动公开信息若干条。\n三、收到和处理政府信息公开申请情况\n';

describe('missing-table', () => {
	test('Should report sections 二 and 三 without tables, at their headings', () => {
		const found = findings(TEXT, 'missing-table');
		assert.deepEqual(found.map((f) => f.line), [3, 5]);
	});

	test('Should insert the blank table after the section\'s text, so no prose is read as its rows', () => {
		const [f] = findings(TEXT, 'missing-table');
		const fixed = applyFix(TEXT, f.diagnostic.fixes[0]);
		const r = analyze(fixed);
		assert.equal(r.tables.active?.status, 'parsed');
		assert.equal(r.tables.active?.version, '2021');
		assert.ok(fixed.includes('二、主动公开政府信息情况\n本年度主动公开信息若干条。\n\n第二十条第（一）项'));
		assert.deepEqual(findings(fixed, 'unknown-row'), []);
		assert.equal(findings(fixed, 'missing-table').length, 1);
	});

	test('Should not read the prose of a section whose wrapped lines follow the heading as rows of the table it inserts (a renumbered outline, corpus 006)', () => {
		const text = corpusText(LATER_CORPUS.kewei).split('\n').slice(0, 32).join('\n');
		const [f] = findings(text, 'missing-table');
		assert.ok(f, 'missing-table');
		const before = analyze(text).diagnostics.length;
		const fixed = applyFix(text, f.diagnostic.fixes[0]);
		assert.ok(fixed.startsWith(text.trimEnd()), 'the table goes after the prose');
		assert.deepEqual(findings(fixed, 'unknown-row'), []);
		assert.ok(analyze(fixed).diagnostics.length < before);
	});

	test('Should not fire where the table is present', () => assert.deepEqual(findings('二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t1\n', 'missing-table'), []));
});
