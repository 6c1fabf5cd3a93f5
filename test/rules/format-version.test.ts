import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, applyEdits, refactorEdits, refactorsAt } from '../../server/src/engine/index';
import { findings, makeReport } from '../support/reports';
import { analyze, cell } from '../support/fixtures';

/** The finding has no quick fix (converting leaves cells blank, each a finding); the Convert refactor on it converts. */
function converted(text: string, f: { diagnostic: { span: { start: number; end: number }; fixes: readonly unknown[] } }): string {
	assert.deepEqual(f.diagnostic.fixes, []);
	const a = new Analysis(text);
	const [convert] = refactorsAt(a, f.diagnostic.span).filter((r) => r.kind === 'convert');
	return applyEdits(text, refactorEdits(a, convert.id) ?? []);
}

describe('format-version', () => {
	test('Should accept the version the year requires', () => {
		assert.deepEqual(findings(makeReport({ version: '2021', year: 2023 }), 'format-version'), []);
		assert.deepEqual(findings(makeReport({ version: '2019', year: 2020 }), 'format-version'), []);
	});

	test('Should flag a 2023 report in the superseded 2019 format, on both tables', () => {
		const found = findings(makeReport({ version: '2019', year: 2023 }), 'format-version');
		assert.equal(found.length, 2);
		assert.match(found[0].message, /2023 年度报告应使用 2021 年版格式/);
		assert.match(found[0].text, /信息内容/);
	});

	test('Should convert table 三 to 2021, moving （六）其他处理 into 3.其他', () => {
		const text = makeReport({ version: '2019', year: 2023, rows: { newRequests: [2, 0, 0, 0, 0, 0, 2], otherHandling: [2, 0, 0, 0, 0, 0, 2], resultTotal: [2, 0, 0, 0, 0, 0, 2] } });
		const f = findings(text, 'format-version').find((x) => x.message.includes('表三'))!;
		const r = analyze(converted(text, f));
		assert.equal(r.tables.requests?.version, '2021');
		assert.equal(cell(r, 'requests', 'otherHandling.other', 'natural').value, 2);
		assert.equal(r.diagnostics.filter((d) => d.severity === 'error').length, 0);
	});

	test('Should convert table 二, keeping 处理决定数量 and 本年新制作数量', () => {
		const text = makeReport({ version: '2019', year: 2022, rows: { licensing: [10, 2, 30], regulations: [1, 1, 4] } });
		const f = findings(text, 'format-version').find((x) => x.message.includes('表二'))!;
		const fixed = converted(text, f);
		const r = analyze(fixed);
		assert.match(fixed, /信息内容\t本年制发件数\t本年废止件数\t现行有效件数/);
		// What 2021 has no place for stays, verbatim (checks.test.ts), so nothing the drafter wrote is lost.
		assert.match(fixed, /^政府集中采购\t0\t0$/m);
		assert.equal(cell(r, 'active', 'licensing', 'decisions').value, 30);
		assert.equal(cell(r, 'active', 'regulations', 'issued').value, 1);
	});
});
