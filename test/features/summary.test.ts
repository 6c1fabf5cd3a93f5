import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analysis, RULE_IDS, summarize, summaryCsv, summaryHtml, withLastYear, type SummaryInput, type SummaryRow } from '../../server/src/engine/index';
import { allTextCorpus } from '../support/fixtures';
import { makeReport, replaceRow } from '../support/reports';

const input = (file: string, text: string): SummaryInput => ({ file, analysis: new Analysis(text) });
const zeros = (n: number) => Array<number>(n).fill(0);
/** A consistent 2021-format table 三 row set: `carriedOver` in, `carriedForward` out, all through 予以公开. */
function flow(newRequests: number, carriedOver: number, carriedForward: number): Record<string, number[]> {
	const row = (n: number) => [n, ...zeros(5), n];
	return { newRequests: row(newRequests), carriedOver: row(carriedOver), granted: row(newRequests + carriedOver - carriedForward), resultTotal: row(newRequests + carriedOver - carriedForward), carriedForward: row(carriedForward) };
}
const byFile = (rows: readonly SummaryRow[], file: string): SummaryRow => rows.find((r) => r.file === file) ?? assert.fail(`no row ${file}`);

describe('summary of many reports', () => {
	const body = '某某县某某局';
	const y2022 = makeReport({ year: 2022, body, rows: flow(10, 0, 3) });
	const y2023 = makeReport({ year: 2023, body, rows: flow(7, 3, 1) });
	const y2023Wrong = makeReport({ year: 2023, body, rows: flow(7, 2, 0) });

	test('Should give one row per report with its identity, figures and counts', () => {
		const { rows } = summarize([input('b/2023.txt', y2023)]);
		assert.equal(rows.length, 1);
		const [r] = rows;
		assert.equal(r.body, body);
		assert.equal(r.year, 2023);
		assert.equal(r.version, '2021');
		assert.equal(r.date, '2024-01-20');
		assert.equal(r.deadline, '2024-01-31');
		assert.equal(r.onTime, true);
		assert.deepEqual(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value])), { newRequests: 7, carriedOver: 3, resultTotal: 9, carriedForward: 1, review: 0, suitDirect: 0, suitAfterReview: 0 });
		assert.equal(r.errors, 0);
		assert.equal(r.carryover.status, 'none');
	});

	test('Should put a body’s years side by side and compare 上年结转 with last year’s 结转下年度', () => {
		const other = makeReport({ year: 2023, body: '另一个局' });
		const { rows } = summarize([input('z/2023.txt', y2023), input('x/other.txt', other), input('a/2022.txt', y2022)]);
		assert.equal(rows.length, 3);
		const at2022 = rows.findIndex((r) => r.file === 'a/2022.txt');
		assert.equal(rows[at2022 + 1].file, 'z/2023.txt', 'the later year follows the earlier one');
		const r = byFile(rows, 'z/2023.txt');
		assert.deepEqual(r.carryover, { status: 'match', lastYearFile: 'a/2022.txt', lastYearCarriedForward: 3, differences: [] });
		assert.equal(byFile(rows, 'a/2022.txt').carryover.status, 'none');
	});

	test('Should report a carry-over that differs, column by column, and count the rule when companions are set', () => {
		const inputs = withLastYear([input('2022.txt', y2022), input('2023.txt', y2023Wrong)]);
		const { rows, rules } = summarize(inputs);
		const r = byFile(rows, '2023.txt');
		assert.equal(r.carryover.status, 'mismatch');
		assert.deepEqual(r.carryover.differences.map((d) => [d.column, d.here, d.lastYear]), [['natural', 2, 3], ['total', 2, 3]]);
		assert.equal(r.byRule['carryover-mismatch'], 2);
		assert.ok(rules.includes('carryover-mismatch'));
		assert.ok(r.figures.carriedOver.problems.length > 0, 'the 上年结转 figure is marked failing');
	});

	test('Should say when a carry-over cannot be compared rather than guess', () => {
		const blank = replaceRow(y2023, '二、上年结转', '二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t');
		const { rows } = summarize([input('2022.txt', y2022), input('2023.txt', blank)]);
		assert.equal(byFile(rows, '2023.txt').carryover.status, 'unknown');
	});

	test('Should tell late from on time by 条例第四十九条: 1月31日 for a department, 3月31日 for a government', () => {
		const late = y2023.replace('2024年1月20日', '2024年2月5日');
		const county = makeReport({ year: 2023, body: '某某县人民政府' }).replace('某某县某某局\n2024年1月20日', '某某县人民政府\n2024年3月20日');
		const undated = y2023.replace('2024年1月20日\n', '');
		const { rows } = summarize([input('late.txt', late), input('county.txt', county), input('undated.txt', undated)]);
		assert.deepEqual([byFile(rows, 'late.txt').onTime, byFile(rows, 'county.txt').onTime, byFile(rows, 'undated.txt').onTime], [false, true, null]);
		assert.equal(byFile(rows, 'county.txt').deadline, '2024-03-31');
	});

	test('Should mark a failing figure with the finding on its cell, and count findings by rule in registry order', () => {
		const wrong = replaceRow(y2023, '（七）总计', '（七）总计\t9\t0\t0\t0\t0\t0\t8');
		const { rows, rules } = summarize([input('wrong.txt', wrong)]);
		const [r] = rows;
		assert.ok(r.figures.resultTotal.problems.some((m) => /总计/.test(m.zh)));
		assert.deepEqual(r.figures.newRequests.problems, []);
		assert.ok(r.errors > 0);
		assert.deepEqual(rules, [...rules].sort((a, b) => ruleIndex(a) - ruleIndex(b)));
		assert.equal(Object.values(r.byRule).reduce((a, b) => a + b, 0), r.errors + r.warnings);
	});

	test('Should read the corpus: figures where tables are certain, nothing where they are not', () => {
		const corpus = allTextCorpus();
		const { rows } = summarize(corpus.map((c) => input(c.name, c.text)));
		assert.equal(rows.length, corpus.length);
		const shanghai = byFile(rows, '007_shanghai-office-2025.md');
		assert.deepEqual([shanghai.figures.newRequests.value, shanghai.figures.carriedOver.value, shanghai.figures.resultTotal.value, shanghai.figures.carriedForward.value], [1295, 189, 1191, 293]);
		assert.deepEqual([shanghai.figures.review.value, shanghai.figures.suitDirect.value, shanghai.figures.suitAfterReview.value], [55, 12, 22]);
		const taonan = byFile(rows, '002_e239baf21c7f3eb8.txt');
		assert.equal(taonan.figures.resultTotal.value, 0);
		assert.ok(taonan.figures.resultTotal.problems.length > 0, '002’s （七）总计 is wrong');
		assert.equal(byFile(rows, '004_4ba04a4f04c18fe3.txt').figures.newRequests.value, null, '004’s table 三 is scrambled: no figure');
		assert.equal(byFile(rows, '001_26372b56d3dce9cf.txt').version, 'pre-2019');
		assert.equal(byFile(rows, '001_26372b56d3dce9cf.txt').onTime, true, 'signed 2020年1月22日');
	});
});

const ruleIndex = (id: string) => RULE_IDS.indexOf(id);

describe('summary writers', () => {
	const report = makeReport({ year: 2023, body: '某某县某某局' });

	test('Should write CSV with a BOM, CRLF line ends and Chinese column names in Chinese', () => {
		const csv = summaryCsv(summarize([input('a.txt', report)]), 'zh');
		assert.ok(csv.startsWith('\ufeff文件,机关,年度,格式版本,发布日期,公开期限,按时公开,错误,警告,提示,'));
		assert.ok(csv.includes('本年新收,上年结转,办理结果总计,结转下年度,行政复议总计'));
		assert.ok(csv.endsWith('\r\n'));
		const lines = csv.slice(1).split('\r\n');
		assert.equal(lines.length, 3);
		assert.match(lines[1], /^a\.txt,某某县某某局,2023,2021 版,2024-01-20,2024-01-31,是,0,/);
		assert.ok(summaryCsv(summarize([input('a.txt', report)]), 'en').startsWith('\ufefffile,body,year,format version,date,deadline,on time,errors,'));
	});

	test('Should neutralise CSV fields a spreadsheet would run as formulas', () => {
		const csv = summaryCsv(summarize([input('=HYPERLINK("http://x","y").txt', report), input('@sum.txt', report)]), 'zh');
		assert.ok(csv.includes(`"'=HYPERLINK(""http://x"",""y"").txt"`));
		assert.ok(csv.includes("'@sum.txt"));
		assert.ok(!/(^|,)[=@+]/m.test(csv.replace(/"[^"]*"/g, '')));
	});

	test('Should write one self-contained page: escaped text, links to the reports, failing cells marked, no network', () => {
		const wrong = replaceRow(report, '（七）总计', '（七）总计\t9\t0\t0\t0\t0\t0\t8');
		const html = summaryHtml(summarize([input('<img src=x onerror=alert(1)>.txt', report), input('dir/wrong "1".txt', wrong)]), 'zh', { href: (f) => f.split('/').map(encodeURIComponent).join('/') });
		assert.ok(!html.includes('<img'), 'markup in a file name is text');
		assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;.txt'));
		assert.ok(html.includes('<a href="dir/wrong%20%221%22.txt">dir/wrong &quot;1&quot;.txt</a>'));
		assert.match(html, /<td class="n fail" data-sort="8" title="[^"]*总计[^"]*">8<\/td>/);
		assert.ok(!/\b(?:src|href)="(?:https?:)?\/\//.test(html), 'nothing loads from the network');
		assert.ok(/<style>[\s\S]*<\/style>/.test(html) && /<script>[\s\S]*<\/script>/.test(html), 'style and script inline');
		assert.match(html, /<th scope="col" data-key="errors" data-numeric="1">错误<\/th>/);
	});
});
