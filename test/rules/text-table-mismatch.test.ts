import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, type Found, type ReportOptions } from '../support/reports';
import { withProse } from '../support/prose';

/** Table 三: 95 new, 5 carried over, 90 granted of 98 concluded, 2 carried forward; table 四: 1 review, 1 + 1 lawsuits. */
const TABLES: ReportOptions = {
	rows: {
		newRequests: [95, 0, 0, 0, 0, 0, 95], carriedOver: [5, 0, 0, 0, 0, 0, 5], granted: [90, 0, 0, 0, 0, 0, 90],
		'denied.thirdParty': [8, 0, 0, 0, 0, 0, 8], resultTotal: [98, 0, 0, 0, 0, 0, 98], carriedForward: [2, 0, 0, 0, 0, 0, 2],
		normativeDocuments: [6, 1, 30],
	},
	appeals: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1],
};

const found = (prose: string, options: ReportOptions = TABLES): Found[] => findings(withProse(prose, options), 'text-table-mismatch');
const silent = (prose: string): void => assert.deepEqual(found(prose).map((f) => f.message), [], prose);

describe('text-table-mismatch', () => {
	test('Should point at the number of requests received that table 三 contradicts, with both values and the cell', () => {
		const [f, ...rest] = found('全年共受理政府信息公开申请17件，均已按时答复。');
		assert.equal(rest.length, 0);
		assert.equal(f.text, '17件');
		assert.equal(f.severity, 'warning');
		assert.match(f.message, /17件/);
		assert.match(f.message, /95/);
		assert.match(f.diagnostic.message.en, /17.*95/);
		assert.ok(f.diagnostic.related.length >= 1);
		assert.match(f.diagnostic.related[0].message.zh, /本年新收/);
	});

	test('Should accept requests received read as new (一) or as new plus carried over (一 + 二)', () => {
		silent('全年共受理政府信息公开申请95件。');
		silent('全年共受理政府信息公开申请100件，其中自然人申请100件。');
		silent('全年收到政府信息公开申请95件，上年结转政府信息公开申请5件。');
	});

	test('Should read Chinese numerals', () => {
		silent('全年共收到政府信息公开申请九十五件，办结九十八件。');
		assert.deepEqual(found('全年共收到政府信息公开申请一百零五件。').map((f) => f.text), ['一百零五件']);
		assert.deepEqual(found('全年共收到政府信息公开申请三件。').map((f) => f.text), ['三件']);
	});

	test('Should compare 办结, 予以公开, 不予公开, 结转 and 办理 with their rows', () => {
		silent('办结98件，其中予以公开90件，不予公开8件，结转下一年2件。');
		silent('共办理98件。');
		assert.deepEqual(found('办结97件，其中予以公开91件，不予公开7件，结转下一年3件。').map((f) => f.text), ['97件', '91件', '7件', '3件']);
		assert.deepEqual(found('共办理50件。').map((f) => f.text), ['50件']);
	});

	test('Should compare 行政复议 and 行政诉讼 with the totals of table 四', () => {
		silent('全年发生行政复议1件，行政诉讼2件。');
		silent('本年度有 1 件涉及政府信息公开工作的行政复议，涉及的行政诉讼数为 2 件。');
		assert.deepEqual(found('全年发生行政复议3件，行政诉讼1件。').map((f) => f.text), ['3件', '1件']);
	});

	test('Should report 未收到政府信息公开申请 when table 三 counts new requests, and accept it when it counts none', () => {
		const [f] = found('本年度未收到政府信息公开申请。');
		assert.equal(f.text, '未收到政府信息公开申请');
		assert.match(f.message, /95/);
		assert.deepEqual(found('本年度未收到政府信息公开申请。', { ...TABLES, rows: {} }), []);
	});

	test('Should compare 制发规范性文件 with table 二, in both versions', () => {
		silent('全年制发行政规范性文件6件。');
		assert.deepEqual(found('全年制发行政规范性文件5件。').map((f) => f.text), ['5件']);
		const v2019 = { version: '2019' as const, rows: { normativeDocuments: [6, 6, 48] } };
		assert.deepEqual(found('全年制发规范性文件6个，全部在网站公开。', v2019), []);
		assert.deepEqual(found('全年制发规范性文件7个。', v2019).map((f) => f.text), ['7个']);
	});

	test('Should stay silent on a sentence about part of the body (corpus 005)', () => {
		silent('区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。');
		silent('县教育局受理政府信息公开申请5件。');
		silent('各乡镇共受理政府信息公开申请5件，其中予以公开3件。');
	});

	test('Should stay silent on percentages, dates, document numbers, other years, cumulative and approximate figures', () => {
		silent('按时答复率100%，办结率98%。');
		silent('依据国办公开办函〔2021〕30号，自2023年1月1日起受理申请。');
		silent('2022年共受理政府信息公开申请10件。');
		silent('全年累计受理政府信息公开申请10件。');
		silent('截至12月31日，现行有效行政规范性文件12件。');
		silent('受理量同比增加10件。');
		silent('全年受理政府信息公开申请近100件。');
		silent('全年受理政府信息公开申请300余件。');
	});

	test('Should not read one number for two items, or a result as the total', () => {
		silent('予以公开及部分公开93件。');
		silent('同意公开答复 90 件，部分公开答复 0 件，不予公开答复 8 件。');
		silent('依法做好相关行政复议、行政诉讼案件的应诉工作，共办理相关案件74件。');
	});
});
