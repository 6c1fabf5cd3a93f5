import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, read, type Report } from '../../server/src/engine/index';
import { splitRows } from '../../server/src/engine/syntax/rows';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { cell, corpusText, lineOf, values } from '../support/fixtures';

const CITY = '009_test-city-2025.html';

/** Table 三 of corpus 009, row by row, as a person reads it on the page. */
const CITY_REQUESTS: Record<string, number[]> = {
	newRequests: [13612, 252, 0, 45, 128, 32, 14069],
	carriedOver: [535, 6, 0, 1, 18, 0, 560],
	granted: [5345, 129, 0, 41, 19, 14, 5548],
	partlyGranted: [2120, 39, 0, 1, 6, 2, 2168],
	'denied.stateSecret': [13, 0, 0, 0, 0, 0, 13],
	'denied.otherLaws': [30, 0, 0, 0, 0, 0, 30],
	'denied.security': [11, 0, 0, 0, 0, 0, 11],
	'denied.thirdParty': [49, 2, 0, 0, 0, 0, 51],
	'denied.internalAffairs': [103, 1, 0, 0, 0, 0, 104],
	'denied.processInfo': [84, 1, 0, 0, 0, 0, 85],
	'denied.enforcementFiles': [282, 4, 0, 0, 0, 0, 286],
	'denied.queryMatters': [147, 0, 0, 0, 1, 2, 150],
	'unavailable.notHeld': [3075, 50, 0, 0, 89, 8, 3222],
	'unavailable.needsCreation': [177, 3, 0, 0, 0, 0, 180],
	'unavailable.stillUnclear': [19, 0, 0, 0, 0, 0, 19],
	'notProcessed.petition': [199, 1, 0, 0, 3, 0, 203],
	'notProcessed.repeated': [147, 1, 0, 0, 0, 0, 148],
	'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
	'notProcessed.excessive': [100, 1, 0, 0, 0, 0, 101],
	'notProcessed.confirmation': [5, 0, 0, 0, 0, 0, 5],
	'otherHandling.noCorrection': [315, 3, 0, 0, 0, 0, 318],
	'otherHandling.unpaidFee': [202, 0, 0, 1, 0, 0, 203],
	'otherHandling.other': [941, 17, 0, 1, 3, 3, 965],
	resultTotal: [13364, 252, 0, 44, 121, 29, 13810],
	carriedForward: [783, 6, 0, 2, 25, 3, 819],
};

/** What a person reads in corpus 009, however the page around it is written. */
function assertReadsCity(r: Report, text: string): void {
	assert.equal(r.title?.value, '测试市2025年政府信息公开工作年度报告');
	assert.equal(r.body?.value, '测试市');
	assert.equal(r.year, 2025);
	assert.equal(r.version, '2021');
	assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
	assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在问题及改进情况', '六、其他需要报告的事项']);
	assert.deepEqual(values(r, 'active', 'regulations'), [3, 5, 74]);
	assert.deepEqual(values(r, 'active', 'normativeDocuments'), [564, 984, 4185]);
	assert.deepEqual(values(r, 'active', 'licensing'), [11398889]);
	assert.deepEqual(values(r, 'active', 'penalties'), [6937489]);
	assert.deepEqual(values(r, 'active', 'coercion'), [166105]);
	assert.deepEqual(values(r, 'active', 'fees'), [316441]);
	assert.deepEqual(r.tables.requests?.rows.map((x) => x.key), Object.keys(CITY_REQUESTS));
	for (const [key, expected] of Object.entries(CITY_REQUESTS)) assert.deepEqual(values(r, 'requests', key), expected, key);
	assert.deepEqual(values(r, 'appeals', 'appeals'), [376, 97, 196, 121, 790, 16, 1, 12, 27, 56, 74, 1, 30, 51, 156]);
	// Every cell's span holds exactly the number it was read from.
	for (const t of [r.tables.active, r.tables.requests, r.tables.appeals]) {
		for (const row of t?.rows ?? []) for (const c of row.cells) assert.equal(text.slice(c.span.start, c.span.end), c.text);
	}
	// 五 is one placeholder sentence on this year's 短板, nothing on last year's problems (missing-rectification).
	assert.deepEqual(r.diagnostics.map((d) => d.code), ['heading-wording', 'missing-rectification'], '五、存在问题及改进情况 is the only deviation');
}

/** Corpus 009's article inside a page as a browser saves it: head, scripts, navigation, breadcrumb, footer. */
function wholePage(article: string): string {
	return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>测试市2025年政府信息公开工作年度报告_测试市人民政府</title>
<style>td > p { margin: 0 } .a[data-x=">"] {}</style>
<script>var s = "<table><tr><td>99</td></tr></table>"; if (a > b && c < d) {}</script></head>
<body><div class="top-bar"><a href="/">测试市人民政府</a> <a href="/en">English</a></div>
<div id="header"><h1>测试市人民政府</h1></div>
<nav class="main-nav"><ul><li><a href="/zwgk">一、政务公开</a></li><li><a href="/xxgk">二、主动公开政府信息情况</a></li></ul></nav>
<div class="breadcrumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a> &gt; 年度报告</div>
<!-- <p>一、总体情况</p><table><tr><td>规章</td><td>7</td></tr></table> -->
<div class="article">${article}</div>
<div class="share">分享到：<a href="#">微信</a></div>
<div class="footer"><p>主办单位：测试市人民政府办公室 网站标识码：1234 2026年1月1日</p></div>
<script>document.write('<p>六、其他需要报告的事项</p>')</script>
</body></html>`;
}

describe('HTML read by a real parser', () => {
	const city = corpusText(CITY);

	test('Should read corpus 009: sections, the title from <title>, year 2025 and the three tables cell by cell', () => {
		const r = analyze(city);
		assertReadsCity(r, city);
		assert.deepEqual(r.sections.map((s) => lineOf(city, s.heading.span.start)), [5, 9, 26, 64, 82, 84]);
		assert.equal(lineOf(city, r.title!.span.start), 1);
		// Spans of merged cells: the rowspan and colspan survive for the table reader.
		const rows = splitRows(city, new LineIndex(city));
		const merged = rows.flatMap((x) => x.cells).find((c) => c.text === '三、本年度办理结果');
		assert.equal(merged?.rowSpan, 22);
		assert.equal(rows.flatMap((x) => x.cells).find((c) => c.text === '一、本年新收政府信息公开申请数量')?.colSpan, 3);
	});

	test('Should read corpus 009 written on one line exactly as on many lines', () => {
		const oneLine = city.replace(/\r?\n/g, '');
		assert.equal(new LineIndex(oneLine).lineCount, 1);
		assertReadsCity(analyze(oneLine), oneLine);
	});

	test('Should find the article in a whole saved page: navigation, breadcrumb, comments, scripts and footer are not the report', () => {
		const article = /<div id="zoom"[^]*<\/div>/.exec(city)![0];
		const page = wholePage(article);
		const r = analyze(page);
		assertReadsCity(r, page);
		assert.equal(r.date, null, 'the footer date is not the signing date');
		const rows = splitRows(page, new LineIndex(page));
		const words = rows.flatMap((x) => x.cells.map((c) => c.text)).join(' ');
		for (const chrome of ['English', '一、政务公开', '首页', '分享到', '主办单位', '网站标识码', 'document', '测试市人民政府']) assert.ok(!words.includes(chrome), chrome);
	});

	test('Should take the body headline over the page title and skip a breadcrumb that repeats it', () => {
		const page = `<html><head><title>政府信息公开年报 - 某某网</title></head><body>
<p class="path">您当前所在位置：首页 &gt; 信息公开 &gt; 某某县2018年政府信息公开工作年度报告</p>
<h2>政府信息公开年报</h2>
<h1>某某县民政局</h1><h1>2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>本机关……</p></body></html>`;
		const r = analyze(page);
		assert.equal(r.title?.value, '某某县民政局2023年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '某某县民政局');
		assert.equal(r.year, 2023);
		assert.equal(page.slice(r.body!.span.start, r.body!.span.end), '某某县民政局');
	});

	test('Should decode entities outside tables: a heading ending in &nbsp; is the standard heading', () => {
		const page = '<p>一、总体情况&nbsp;</p><p>2023年&ldquo;放管服&rdquo;改革……</p><p>六、其他需要报告的事项&nbsp;&nbsp;</p><p>无。</p>';
		const r = analyze(page);
		assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、总体情况', '六、其他需要报告的事项']);
		assert.ok(!r.diagnostics.some((d) => d.code === 'heading-wording'));
		assert.ok(r.sections.every((s) => !page.slice(s.heading.span.start, s.heading.span.end).includes('&')));
	});

	test('Should read a heading split by inline markup as the words a person reads', () => {
		const page = '<p><strong>一、</strong>总体情况</p><p>本机关……</p><p><b>六、其他需要报告的事项</b></p><p>无。</p>';
		const r = analyze(page);
		assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、总体情况', '六、其他需要报告的事项']);
		assert.ok(!r.diagnostics.some((d) => d.code === 'heading-wording'));
	});

	test('Should read `>` inside attribute values and ignore tables inside comments', () => {
		const page = `<p>二、主动公开政府信息情况</p><!-- <table><tr><td>规章</td><td>9</td><td>9</td><td>9</td></tr></table> -->
<table title="a > b"><tr><td data-note="x>y">信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td class="c>">规章</td><td>1</td><td>2</td><td>3</td></tr></table>`;
		const rows = splitRows(page, new LineIndex(page));
		const texts = rows.map((x) => x.cells.map((c) => c.text));
		assert.deepEqual(texts, [['二、主动公开政府信息情况'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '2', '3']]);
		const two = rows[2].cells[1];
		assert.equal(page.slice(two.span.start, two.span.end), '1');
	});

	test('Should read several tables on one line inside a text document, and the headings between them', () => {
		const text = [
			'某某局2023年政府信息公开工作年度报告',
			'一、总体情况',
			'本机关认真落实条例。',
			'二、主动公开政府信息情况<table><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table><p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>',
			'五、存在的主要问题及改进情况',
			'无。',
		].join('\n');
		const r = read(text);
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5]);
		assert.deepEqual(values(r as Report, 'requests', 'newRequests'), [1, 0, 0, 0, 0, 0, 1]);
		// All three tables reach the table reader, the last one too.
		const htmlRows = splitRows(text, new LineIndex(text)).filter((x) => x.style === 'html');
		assert.deepEqual(htmlRows.map((x) => x.cells.length), [4, 8, 15]);
		const first = cell(r as Report, 'requests', 'newRequests', 'natural');
		assert.equal(text.slice(first.span.start, first.span.end), '1');
	});
});
