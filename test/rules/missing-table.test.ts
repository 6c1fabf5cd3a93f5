import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings } from '../support/reports';
import { analyze } from '../support/fixtures';

const TEXT = '某某局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n本年度主动公开信息若干条。\n三、收到和处理政府信息公开申请情况\n';

describe('missing-table', () => {
	test('Should report sections 二 and 三 without tables, at their headings', () => {
		const found = findings(TEXT, 'missing-table');
		assert.deepEqual(found.map((f) => f.line), [3, 5]);
	});

	test('Should insert the blank table right after the heading', () => {
		const [f] = findings(TEXT, 'missing-table');
		const fixed = applyFix(TEXT, f.diagnostic.fixes[0]);
		const r = analyze(fixed);
		assert.equal(r.tables.active?.status, 'parsed');
		assert.equal(r.tables.active?.version, '2021');
		assert.ok(fixed.includes('二、主动公开政府信息情况\n\n第二十条第（一）项'));
		assert.equal(findings(fixed, 'missing-table').length, 1);
	});

	test('Should not fire where the table is present', () => assert.deepEqual(findings('二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t1\n', 'missing-table'), []));
});
