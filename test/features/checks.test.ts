import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, applyEdits, exportCsv, exportReport, previewModel, refactorEdits, reportSkeleton, tableChecks, tableSummaries } from '../../server/src/engine/index';
import { defaultReportYear } from '../../server/src/engine/format/skeleton';
import { makeReport } from '../support/reports';

describe('What was checked', () => {
	test('Should mark a complete, consistent report checked in full, with a ✓ on each table', () => {
		const a = new Analysis(makeReport());
		assert.deepEqual(tableChecks(a).map((c) => c.state), ['checked', 'checked', 'checked']);
		assert.deepEqual(tableSummaries(a).map((s) => s.title.zh), ['表二：✓', '表三 勾稽关系 ✓', '表四 合计 ✓']);
	});

	test('Should say "not checked" and why for a blank skeleton, never ✓', () => {
		const a = new Analysis(reportSkeleton({ version: '2021', style: 'tsv', year: 2024, body: '某某县某某局' }));
		const checks = tableChecks(a);
		assert.deepEqual(checks.map((c) => c.state), ['checked', 'unchecked', 'unchecked']);
		assert.equal(checks[1].reason?.zh, '尚未填写');
		const titles = tableSummaries(a).map((s) => s.title);
		assert.ok(titles.every((t) => !t.zh.includes('✓') || t.zh === '表二：✓'), titles.map((t) => t.zh).join(' | '));
		assert.equal(titles[1].zh, '表三：未检查（尚未填写）');
		assert.equal(titles[1].en, 'Table 3: not checked (not filled in yet)');
	});

	test('Should count totals a blank cell leaves unchecked, in correct English', () => {
		const text = makeReport().replace(/^(二、上年结转政府信息公开申请数量\t\t\t)0/m, '$1');
		const check = tableChecks(new Analysis(text))[1];
		assert.equal(check.state, 'partial');
		assert.match(check.reason!.en, /^\d+ totals? cannot be checked because of blank cells$/);
		assert.match(tableSummaries(new Analysis(text))[1].title.zh, /^表三：部分未检查（\d+ 处合计因空白单元格无法检查）$/);
	});

	test('Should report an absent table as not checked, in the preview model too', () => {
		const text = makeReport().replace(/四、政府信息公开行政复议、行政诉讼情况[\s\S]*?(?=五、)/, '四、政府信息公开行政复议、行政诉讼情况\n\n');
		const model = previewModel(new Analysis(text), 'en');
		assert.deepEqual(model.checks.find((c) => c.table === 'appeals'), { table: 'appeals', state: 'unchecked', reason: 'the table was not found' });
	});
});

describe('Converting table 二 between the formats', () => {
	test('Should keep 2019\'s 政府集中采购 block and 其他对外管理服务事项 row, verbatim, when converting to 2021', () => {
		const text = makeReport({ version: '2019', rows: { procurement: [7, 8], otherServices: [3, 4, 5] } });
		const converted = applyEdits(text, refactorEdits(new Analysis(text), 'convert:active')!);
		assert.match(converted, /^行政规范性文件\t0\t\t$/m);
		assert.match(converted, /^其他对外管理服务事项\t3\t4\t5$/m);
		assert.match(converted, /^第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t7\t8$/m);
	});
});

describe('CSV for a spreadsheet', () => {
	test('Should start with a BOM and Chinese headers when asked, and stay plain otherwise', () => {
		const text = makeReport();
		const record = exportReport('r.txt', text, new Analysis(text).model);
		const zh = exportCsv([record], { lang: 'zh', bom: true });
		assert.ok(zh.startsWith('\uFEFF文件,机关,年度,格式版本,表,行,列,数值,单位\n'));
		assert.ok(exportCsv([record]).startsWith('file,body,year,version,table,row,column,value,unit\n'));
		assert.equal(zh.split('\n').length, exportCsv([record]).split('\n').length);
	});
});

describe('The year of a new report', () => {
	test('Should be last year, inside the years the format applies to', () => {
		assert.equal(defaultReportYear('2021', 2026), 2025);
		assert.equal(defaultReportYear('2021', 2021), 2021);
		assert.equal(defaultReportYear('2019', 2026), 2020);
		assert.equal(defaultReportYear('2019', 2020), 2019);
	});
});
