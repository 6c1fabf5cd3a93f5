import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze, cell, corpusText, CORPUS } from '../support/fixtures';

describe('unparsed-table', () => {
	test('Should not fire on readable tables', () => assert.deepEqual(findings(makeReport(), 'unparsed-table'), []));

	test('Should report the scrambled tables of 004 and no missing section', () => {
		const text = corpusText(CORPUS.gongxin);
		assert.deepEqual(findings(text, 'unparsed-table').map((f) => f.line), [95, 144, 533]);
		assert.deepEqual(findings(text, 'missing-section'), []);
	});

	test('Should offer a clean table that keeps the values recovered', () => {
		const text = corpusText(CORPUS.gongxin);
		const [f] = findings(text, 'unparsed-table');
		assert.equal(f.diagnostic.fixes[0].safe, false);
		const r = analyze(applyFix(text, f.diagnostic.fixes[0]));
		assert.equal(r.tables.active?.status, 'parsed');
		assert.ok(r.tables.active?.blocks.every((b) => b.status === 'parsed'));
		assert.equal(cell(r, 'active', 'regulations', 'newlyMade').value, 0);
		assert.equal(cell(r, 'active', 'licensing', 'decisions').kind, 'blank');
	});
});
