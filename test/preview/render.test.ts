/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import assert from 'node:assert/strict';

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Analysis, previewModel, reportSkeleton } from '../../server/src/engine/index';
import type { FromWebview, TablesResult } from '../../server/src/protocol';
import { CORPUS, corpusText, ROOT } from '../support/fixtures';
import { makeReport, replaceRow } from '../support/reports';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LABELS = { notChecked: '未检查', partlyChecked: '部分未检查', notFullyChecked: '未全部检查', oneError: '1 个错误', content: '信息内容', balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'copy.tsv': '复制为制表符格式', 'copy.markdown': '复制为 Markdown', 'copy.csv': '复制为 CSV', blank: '空', jump: '在原文中查看', applicants: '申请人情况', organisations: '法人或其他组织', review: '行政复议', suits: '行政诉讼', suitDirect: '未经复议直接起诉', suitAfterReview: '复议后起诉', balance: '勾稽关系', version: '{0} 年版格式', year: '{0} 年度', errors: '{0} 个错误', noErrors: '没有错误' };

function modelOf(name: string, text: string): TablesResult {
	return { uri: `file:///${name}`, version: 1, ...previewModel(new Analysis(text), 'zh') };
}

/** The webview bundle in a page of its own, with a stand-in for VS Code's webview API that records messages. */
function harness(dir: string): string {
	const file = path.join(dir, 'preview.html');
	const dist = pathToFileURL(path.join(ROOT, 'dist/webview')).href;
	fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${dist}/preview.css"></head><body><main id="root"></main>
<script>window.posted = []; function acquireVsCodeApi() { return { postMessage: (m) => window.posted.push(m), setState() {}, getState() {} }; }</script>
<script src="${dist}/preview.js"></script></body></html>`);
	return pathToFileURL(file).href;
}

async function render(page: Page, url: string, model: TablesResult): Promise<void> {
	await page.goto(url);
	await page.evaluate(([m, labels]) => window.postMessage({ type: 'model', model: m, labels }, '*'), [model, LABELS] as const);
	await page.waitForSelector('header.summary');
}

describe('The table preview in Chromium', { skip: !available && !process.env.CI ? 'chromium is not installed' : false }, () => {
	let browser: Browser;
	let page: Page;
	let url: string;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-preview-'));
	before(async () => {
		assert.ok(available, 'Chromium must be installed on CI');
		browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
		page = await browser.newPage({ viewport: { width: 1300, height: 2400 } });
		url = harness(dir);
	});
	after(async () => {
		await browser?.close();
	});

	test('Should lay table 三 out officially: the merged header and the merged row groups (002)', async () => {
		await render(page, url, modelOf('002.txt', corpusText(CORPUS.taonan)));
		const head = await page.$$eval('table.requests thead tr', (rows) => rows.map((r) => [...r.children].map((c) => `${c.textContent}|${(c as HTMLTableCellElement).colSpan}|${(c as HTMLTableCellElement).rowSpan}`)));
		assert.equal(head.length, 3);
		assert.deepEqual(head[0].slice(1), ['申请人情况|7|1']);
		assert.ok(head[0][0].endsWith('|3|3'));
		assert.deepEqual(head[1], ['自然人|1|2', '法人或其他组织|5|1', '总计|1|2']);
		assert.deepEqual(head[2], ['商业企业|1|1', '科研机构|1|1', '社会公益组织|1|1', '法律服务机构|1|1', '其他|1|1']);
		assert.equal(await page.$$eval('table.requests tbody tr', (r) => r.length), 25);
		const groups = await page.$$eval('table.requests th.group', (cells) => cells.map((c) => `${c.textContent}|${(c as HTMLTableCellElement).rowSpan}`));
		assert.deepEqual(groups, ['三、本年度办理结果|22', '（三）不予公开|8', '（四）无法提供|3', '（五）不予处理|5', '（六）其他处理|3']);
		const t4 = await page.$$eval('table.appeals thead tr', (rows) => rows.map((r) => [...r.children].map((c) => `${c.textContent}|${(c as HTMLTableCellElement).colSpan}`)));
		assert.deepEqual(t4[0], ['行政复议|5', '行政诉讼|10']);
		assert.equal(t4[2].length, 15);
		const fees = await page.$$eval('table.official th', (cells) => cells.map((c) => c.textContent));
		assert.ok(fees.includes('本年收费金额（单位：万元）') && !fees.includes('采购总金额'));
	});

	test('Should mark 002\'s failing （七）总计 cells, with an icon and the relation in the tooltip', async () => {
		const failing = await page.$$eval('td.problem.error', (cells) => cells.map((c) => ({ text: c.textContent, title: (c as HTMLElement).title })));
		assert.equal(failing.length, 2);
		assert.ok(failing.every((c) => c.text === '✗0'));
		assert.match(failing[0].title, /result-total: （七）总计·自然人 为 0，但各项办理结果之和为 1/);
		assert.match(failing[0].title, /balance: 勾稽关系不成立/);
		assert.match(await page.locator('header.summary').innerText(), /自然人 ✗[\s\S]*总计 ✗/);
		fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
		await page.screenshot({ path: path.join(ROOT, 'test-results/preview-002.png'), fullPage: true });
	});

	test('Should ask the host to reveal a cell\'s source when it is clicked', async () => {
		await page.click('td.problem.error');
		const posted = (await page.evaluate(() => (window as unknown as { posted: FromWebview[] }).posted)).filter((m) => m.type === 'reveal');
		assert.deepEqual(posted.at(-1), { type: 'reveal', range: { start: { line: 343, character: 1 }, end: { line: 343, character: 2 } } });
	});

	test('Should highlight the cell under the editor\'s cursor', async () => {
		await page.evaluate(() => window.postMessage({ type: 'cursor', position: { line: 349, character: 1 } }, '*'));
		// The message is handled in a later task: wait for it (under load the check ran first), then count.
		await page.waitForSelector('td.cursor', { timeout: 5000 });
		assert.equal(await page.$$eval('td.cursor', (c) => c.length), 1);
	});

	test('Should show blank cells, unparsed tables with a way to jump to them, and absent tables', async () => {
		await render(page, url, modelOf('003.txt', corpusText(CORPUS.linkou)));
		assert.equal(await page.$$eval('table.appeals td.blank', (c) => c.length), 5);
		await render(page, url, modelOf('004.txt', corpusText(CORPUS.gongxin)));
		assert.equal(await page.$$eval('.unparsed', (c) => c.length), 6);
		await page.click('.unparsed button.jump');
		await render(page, url, modelOf('001.txt', corpusText(CORPUS.yanshi)));
		assert.equal(await page.$$eval('.absent-table', (c) => c.length), 3);
		await render(page, url, modelOf('000.txt', corpusText(CORPUS.suiling)));
		assert.equal(await page.$$eval('table.requests tr.absent-row', (c) => c.length), 9);
	});

	test('Should show no ✓ for a blank skeleton: "not checked" with the reason on each table it applies to', async () => {
		await render(page, url, modelOf('blank.txt', reportSkeleton({ version: '2021', style: 'tsv', year: 2024, body: '某某县某某局' })));
		const summary = await page.locator('header.summary').innerText();
		assert.ok(!summary.includes('✓'), summary);
		assert.equal(await page.$$eval('header.summary .pill.unchecked', (p) => p.length), 1);
		assert.deepEqual(await page.$$eval('.not-checked', (p) => p.map((x) => x.textContent)), ['未检查：尚未填写', '未检查：尚未填写']);
	});

	test('Should scroll to the table a code lens asked for, even when the request comes before the model', async () => {
		await page.setViewportSize({ width: 1300, height: 600 });
		await page.goto(url);
		await page.evaluate(() => window.postMessage({ type: 'scroll', table: 'appeals' }, '*'));
		await page.evaluate(([m, labels]) => window.postMessage({ type: 'model', model: m, labels }, '*'), [modelOf('002.txt', corpusText(CORPUS.taonan)), LABELS] as const);
		await page.waitForSelector('header.summary');
		// Table 四 comes last: scrolled to it, its heading is in view and the page is no longer at the top.
		await page.waitForFunction(() => window.scrollY > 0 && document.getElementById('table-appeals')!.getBoundingClientRect().top < window.innerHeight);
		await page.setViewportSize({ width: 1300, height: 2400 });
	});

	test('Should show markup from a report as text and run nothing', async () => {
		const text = replaceRow(makeReport({ version: '2019', body: '<script>window.pwned=1</script>' }), '规范性文件', '规范性文件\t0\t0\t0\n<img src=x onerror="window.pwned=2">\t1\t1\t1\n<a href="javascript:window.pwned=3">链接</a>\t1\t1\t1');
		const model = modelOf('evil.txt', text);
		assert.equal(model.tables.active?.extraRows.length, 2);
		await render(page, url, model);
		await page.locator('.extra').first().click();
		assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
		const shown = await page.locator('.extra-rows').innerText();
		assert.ok(shown.includes('<img src=x onerror="window.pwned=2">'));
		assert.equal(await page.$$eval('img, a, script:not([src])', (e) => e.filter((x) => !(x as HTMLScriptElement).src?.includes('preview.js')).length), 1);
	});
});

