import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze, corpusText, CORPUS, lineOf } from '../support/fixtures';

describe('missing-section', () => {
	test('Should report nothing when all six sections are there', () => assert.deepEqual(findings(makeReport(), 'missing-section'), []));

	test('Should report a missing 五 and insert its heading before 六', () => {
		const text = makeReport().replace('五、存在的主要问题及改进情况\n', '');
		const [f] = findings(text, 'missing-section');
		assert.match(f.message, /缺少第五部分“五、存在的主要问题及改进情况”/);
		const fixed = applyFix(text, f.diagnostic.fixes[0]);
		assert.deepEqual(analyze(fixed).sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.deepEqual(findings(fixed, 'missing-section'), []);
	});

	test('Should insert 三 with a blank table of the report version when the table is gone too', () => {
		const text = makeReport({ version: '2019' });
		const start = text.indexOf('三、收到和处理');
		const cut = text.slice(0, start) + text.slice(text.indexOf('四、政府信息公开行政复议'));
		const [f] = findings(cut, 'missing-section');
		const fixed = applyFix(cut, f.diagnostic.fixes[0]);
		const r = analyze(fixed);
		assert.equal(r.tables.requests?.version, '2019');
		assert.equal(r.tables.requests?.rows.length, 23);
	});

	test('Should put the heading of 四 just before its orphaned figures in 000', () => {
		const text = corpusText(CORPUS.suiling);
		const [f] = findings(text, 'missing-section');
		assert.equal(f.line, 62);
		const fixed = applyFix(text, f.diagnostic.fixes[0]);
		const lines = fixed.split('\n');
		assert.equal(lines[61], '四、政府信息公开行政复议、行政诉讼情况');
		const r = analyze(fixed);
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.equal(lineOf(fixed, r.tables.appeals!.span.start), 64);
	});
});
