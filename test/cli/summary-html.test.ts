/// <reference lib="dom" />
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cli } from '../support/cli';
import { reportFolder } from '../support/summary';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The text of one column (by its data-key) in the rows' current order. */
function column(page: Page, key: string): Promise<string[]> {
	return page.$$eval('#summary thead th', (heads, k) => {
		const index = heads.findIndex((h) => h.getAttribute('data-key') === k);
		return [...document.querySelectorAll('#summary tbody tr')].map((tr) => (tr as HTMLTableRowElement).cells[index].textContent ?? '');
	}, key);
}

describe('The summary page in Chromium', { skip: !available && !process.env.CI ? 'chromium is not installed (test/e2e/install.sh installs it)' : false }, () => {
	let browser: Browser;
	let page: Page;
	const requests: string[] = [];
	let url: string;
	let dir: string;

	before(async () => {
		assert.ok(available, 'Chromium must be installed on CI');
		dir = reportFolder();
		fs.mkdirSync(path.join(dir, 'out'));
		const r = await cli(['summary', '--format', 'html', '-o', path.join('out', 'summary.html'), 'reports'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 0, r.stderr);
		url = pathToFileURL(path.join(dir, 'out', 'summary.html')).href;
		browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
		page = await browser.newPage();
		page.on('request', (req) => requests.push(req.url()));
		await page.goto(url);
	});
	after(async () => {
		await browser?.close();
	});

	test('Should render one row per report, and load nothing but the page itself', async () => {
		assert.equal(await page.locator('#summary tbody tr').count(), 3);
		assert.deepEqual(requests, [url]);
	});

	test('Should sort by a column when its header is clicked, and reverse on a second click', async () => {
		await page.click('#summary th[data-key="newRequests"]');
		assert.deepEqual(await column(page, 'newRequests'), ['0', '7', '10']);
		assert.equal(await page.getAttribute('#summary th[data-key="newRequests"]', 'aria-sort'), 'ascending');
		await page.click('#summary th[data-key="newRequests"]');
		assert.deepEqual(await column(page, 'newRequests'), ['10', '7', '0']);
		await page.click('#summary th[data-key="body"]');
		assert.deepEqual(await column(page, 'body'), ['某某县交通运输局', '某某县林业局', '某某县林业局']);
	});

	test('Should mark the failing figures and say why on hover', async () => {
		const failing = await page.$$eval('#summary td.fail', (cells) => cells.map((c) => [c.textContent, c.getAttribute('title') ?? '']));
		assert.ok(failing.some(([text, title]) => text === '否' && /2024-01-31/.test(title)), 'the late report');
		assert.ok(failing.some(([text, title]) => text === '2' && /上年结转/.test(title)), 'the carried-over figure that differs from last year');
		assert.ok(failing.some(([text]) => text === '不一致'));
	});

	test('Should link each row to its report, relative to the page', async () => {
		const links = await page.$$eval('#summary tbody td[data-sort] a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
		assert.ok(links.length >= 3);
		for (const link of links) assert.ok(fs.existsSync(new URL(link)), link);
	});
});
