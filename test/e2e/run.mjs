// The real-VS-Code lane (`npm run test:e2e`): code-server 4.100.3 (VS Code 1.100.3) and Debian's Chromium,
// driven by playwright-core. 1. The packaged extension (nianbao.vsix, unpacked) runs the integration suite
// inside the real extension host. 2. A UI pass opens 002 in the workbench, finds the error squiggle and the
// Problems panel, and saves a screenshot to test-results/. 3. The same workbench in Chinese (a stub language
// pack and --locale zh-cn): the palette, the status bar, a diagnostic and the preview. Prints a closing
// "N passed, N failed" line.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = path.join(ROOT, '.e2e');
const RUN = path.join(E2E, 'run');
const RESULTS = path.join(ROOT, 'test-results');
const CODE_SERVER = path.join(E2E, 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const results = [];

function log(s) {
	process.stdout.write(`${s}\n`);
}

async function freePort() {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

async function waitFor(fn, timeout, what) {
	const end = Date.now() + timeout;
	for (;;) {
		try {
			if (await fn()) return;
		} catch {
			// Not yet.
		}
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

function prepare() {
	fs.rmSync(RUN, { recursive: true, force: true });
	for (const d of ['ud/User', 'ext', 'ws', 'tmp', 'xdg/config', 'xdg/data', 'xdg/cache', 'browser']) fs.mkdirSync(path.join(RUN, d), { recursive: true });
	fs.mkdirSync(RESULTS, { recursive: true });
	fs.writeFileSync(path.join(RUN, 'ud/User/settings.json'), JSON.stringify({
		'workbench.startupEditor': 'none',
		'security.workspace.trust.enabled': false,
		'extensions.autoUpdate': false,
		'update.mode': 'none',
		'telemetry.telemetryLevel': 'off',
		'nianbao.diagnosticsDelay': 0,
		'git.enabled': false,
		'git.openRepositoryInParentFolders': 'never',
	}, null, 2));
	for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/corpus'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/corpus', f), path.join(RUN, 'ws', f));
	// A report saved in GB18030, as many government offices' Windows machines save text, and a published PDF to import.
	const corpus003 = fs.readFileSync(path.join(ROOT, 'test/fixtures/corpus/003_7aca508e0e60934a.txt'), 'utf8');
	fs.writeFileSync(path.join(RUN, 'ws', 'gb18030-report.txt'), createRequire(import.meta.url)('iconv-lite').encode(corpus003, 'gb18030'));
	fs.mkdirSync(path.join(RUN, 'ws', 'sources'));
	fs.copyFileSync(path.join(ROOT, 'test/fixtures/sources/003.pdf'), path.join(RUN, 'ws', 'sources', '003.pdf'));
	// The packaged extension, unpacked: exactly the files a user installs.
	const unpacked = path.join(RUN, 'vsix');
	fs.mkdirSync(unpacked, { recursive: true });
	execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', path.join(ROOT, 'nianbao.vsix'), unpacked]);
	return path.join(unpacked, 'extension');
}

function codeServerEnv() {
	return {
		...process.env,
		TMPDIR: path.join(RUN, 'tmp'),
		XDG_CONFIG_HOME: path.join(RUN, 'xdg/config'),
		XDG_DATA_HOME: path.join(RUN, 'xdg/data'),
		XDG_CACHE_HOME: path.join(RUN, 'xdg/cache'),
	};
}

/** Installs nianbao.vsix as a user would, for the workbench UI pass. */
function installVsix() {
	execFileSync(CODE_SERVER, ['--user-data-dir', path.join(RUN, 'ud'), '--extensions-dir', path.join(RUN, 'ext'), '--install-extension', path.join(ROOT, 'nianbao.vsix')], { env: codeServerEnv(), stdio: 'pipe' });
}

async function startCodeServer(port, extra = []) {
	const env = codeServerEnv();
	const args = [...extra, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', path.join(RUN, 'ud'), '--extensions-dir', path.join(RUN, 'ext'), path.join(RUN, 'ws')];
	const out = fs.openSync(path.join(RESULTS, extra.length > 0 ? 'code-server-zh.log' : 'code-server.log'), 'w');
	const proc = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', out, out] });
	await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000, 'code-server');
	return proc;
}

function stop(proc) {
	try {
		process.kill(-proc.pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}

async function integration(port, extension, context) {
	const suite = path.join(RUN, 'suite.js');
	await esbuild.build({ entryPoints: [path.join(ROOT, 'test/e2e/suite/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], outfile: suite, logLevel: 'warning' });
	const host = `127.0.0.1:${port}`;
	const payload = [['extensionDevelopmentPath', `vscode-remote://${host}${extension}`], ['extensionTestsPath', `vscode-remote://${host}${suite}`], ['skipWelcome', 'true']];
	const page = await context.newPage();
	const lines = [];
	let exit;
	await page.exposeFunction('codeAutomationLog', (type, args) => {
		const text = (args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
		lines.push(text);
		if (/^(✓|✗|ok |not ok)/.test(text)) log(`  ${text}`);
	});
	await page.exposeFunction('codeAutomationExit', (code) => {
		exit = code;
	});
	await page.goto(`http://${host}/?folder=${encodeURIComponent(path.join(RUN, 'ws'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
	await waitFor(() => exit !== undefined, 240_000, 'the integration suite');
	fs.writeFileSync(path.join(RESULTS, 'integration.log'), lines.join('\n'));
	for (const l of lines) {
		const m = /^(✓|✗) (.*)$/.exec(l);
		if (m) results.push({ name: `vscode: ${m[2]}`, ok: m[1] === '✓' });
	}
	if (exit !== 0) {
		log(lines.slice(-30).join('\n'));
		if (!results.some((r) => !r.ok)) results.push({ name: 'vscode: integration suite', ok: false });
	}
	await page.close();
}

/** Runs one UI check on a page, records it, and saves a screenshot when it fails. */
function checker(page) {
	return async (name, fn) => {
		try {
			await fn();
			results.push({ name: `ui: ${name}`, ok: true });
			log(`  ✓ ${name}`);
		} catch (e) {
			results.push({ name: `ui: ${name}`, ok: false });
			log(`  ✗ ${name}: ${e.message}`);
			await page.screenshot({ path: path.join(RESULTS, `failed-${results.length}.png`) }).catch(() => undefined);
		}
	};
}

/** A workbench page on the test workspace, once the workbench is drawn. */
async function openWorkbench(port, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.join(RUN, 'ws'))}`);
	await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
	return page;
}

/** Opens a workspace file by name through Quick Open (Ctrl+P). */
async function quickOpen(page, name) {
	await page.keyboard.press('Control+P');
	await page.waitForSelector('.quick-input-widget input', { timeout: 20_000 });
	await page.keyboard.type(name);
	const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
	await row.waitFor({ timeout: 20_000 });
	await row.click();
}

async function ui(port, context) {
	const page = await openWorkbench(port, context);
	const check = checker(page);
	await check('opens 002 with Quick Open and shows an error squiggle on the cell', async () => {
		await quickOpen(page, '002_e239baf21c7f3eb8.txt');
		await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20_000 });
		await page.waitForTimeout(1500);
		// Reveal line 344, where （七）总计·自然人 is wrong.
		await page.keyboard.press('Control+G');
		await page.keyboard.type('344');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
	});
	await check('lists the diagnostics with their codes in the Problems panel', async () => {
		await page.keyboard.press('Control+Shift+M');
		await page.waitForSelector('.markers-panel', { timeout: 20_000 });
		await waitFor(async () => {
			const text = await page.locator('.markers-panel').innerText();
			return text.includes('result-total') && text.includes('balance');
		}, 30_000, 'the Problems panel');
	});
	await page.screenshot({ path: path.join(RESULTS, 'vscode-002.png') });
	await check('the preview shows the marked （七）总计 cells, and a click selects the cell in the editor', async () => {
		await page.keyboard.press('Escape');
		await page.keyboard.press('F1');
		await page.waitForSelector('.quick-input-widget input', { timeout: 20_000 });
		await page.keyboard.type('Show Table Preview');
		const item = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Table Preview' }).first();
		await item.waitFor({ timeout: 20_000 });
		await item.click();
		// A webview is an iframe holding the content's iframe.
		const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
		const marked = view.locator('td.problem.error');
		await marked.first().waitFor({ timeout: 60_000 });
		const count = await marked.count();
		if (count !== 2) throw new Error(`${count} marked cells, expected 2`);
		await page.screenshot({ path: path.join(RESULTS, 'vscode-preview.png') });
		await view.locator('td.problem.error').last().click();
		await waitFor(async () => /Ln 350, Col \d+ \(1 selected\)/.test(await page.locator('.statusbar').innerText()), 20_000, 'the editor selection to move to line 350');
	});
	await page.close();
}

/**
 * VS Code in Chinese, offline (../shared/E2E-NOTES.md): no real language pack is reachable, so a stub pack
 * with empty translations makes `--locale zh-cn` take; VS Code's own UI stays English, and every string the
 * extension contributes (package.nls.zh-cn.json, l10n/bundle.l10n.zh-cn.json, the server's messages) is Chinese.
 */
function installChineseStub() {
	const dir = path.join(RUN, 'zh-stub');
	fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
	const id = { publisher: 'nianbao-e2e', name: 'zh-stub', version: '1.0.0' };
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
		...id, displayName: 'Chinese (Simplified) stub for the e2e lane', description: 'Empty translations: only the locale.', license: 'MIT', engines: { vscode: '^1.91.0' },
		contributes: { localizations: [{ languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
	}, null, 2));
	fs.writeFileSync(path.join(dir, 'translations/main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
	fs.writeFileSync(path.join(dir, 'README.md'), '# zh-stub\n\nA stub language pack for the nianbao e2e lane.\n');
	fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
	const vsix = path.join(RUN, 'zh-stub.vsix');
	execFileSync(path.join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: dir, stdio: 'pipe' });
	execFileSync(CODE_SERVER, ['--user-data-dir', path.join(RUN, 'ud'), '--extensions-dir', path.join(RUN, 'ext'), '--install-extension', vsix], { env: codeServerEnv(), stdio: 'pipe' });
	// Installing does not register a language pack: VS Code reads languagepacks.json, written here as it would write it.
	const translations = path.join(RUN, 'ext', `${id.publisher}.${id.name}-${id.version}`, 'translations/main.i18n.json');
	fs.writeFileSync(path.join(RUN, 'ud', 'languagepacks.json'), JSON.stringify({
		'zh-cn': { hash: 'stub0001', extensions: [{ extensionIdentifier: { id: `${id.publisher}.${id.name}` }, version: id.version }], translations: { vscode: translations }, label: '中文(简体)' },
	}));
}

/** The workbench in Chinese: the palette's command names, the status bar, a diagnostic and the preview. */
async function uiChinese(port, context) {
	const page = await openWorkbench(port, context);
	const check = checker(page);
	await check('zh: the status bar names the format version and the year in Chinese', async () => {
		await quickOpen(page, '002_e239baf21c7f3eb8.txt');
		await waitFor(async () => /(\d{4} 年版格式|旧结构|版本未知) · \d{4} 年度/.test(await page.locator('.statusbar').innerText()), 60_000, 'the Chinese status bar item');
	});
	await check('zh: the Problems panel shows the diagnostic in Chinese', async () => {
		await page.keyboard.press('Control+Shift+M');
		await page.waitForSelector('.markers-panel', { timeout: 20_000 });
		await waitFor(async () => (await page.locator('.markers-panel').innerText()).includes('（七）总计·自然人 为 0'), 30_000, 'the Chinese diagnostic');
	});
	await page.screenshot({ path: path.join(RESULTS, 'vscode-zh.png') });
	await check('zh: the palette lists the commands under 年报 in Chinese, and the preview opens in Chinese', async () => {
		await page.keyboard.press('Escape');
		await page.keyboard.press('F1');
		await page.waitForSelector('.quick-input-widget input', { timeout: 20_000 });
		await page.keyboard.type('年报');
		const rows = page.locator('.quick-input-list .monaco-list-row');
		await rows.first().waitFor({ timeout: 20_000 });
		await waitFor(async () => {
			const text = (await rows.allInnerTexts()).join('\n');
			return ['年报: 显示统计表预览', '年报: 从 PDF、Word 或网页导入', '年报: 插入年度报告模板'].every((name) => text.includes(name));
		}, 20_000, 'the Chinese command names');
		// The palette's input starts with '>' (commands); without it, Quick Open searches files.
		await page.locator('.quick-input-widget input').fill('>年报: 显示统计表预览');
		const item = page.locator('.quick-input-list .monaco-list-row', { hasText: '显示统计表预览' }).first();
		await item.waitFor({ timeout: 20_000 });
		await item.click();
		const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
		await view.locator('header.summary').waitFor({ timeout: 60_000 });
		const summary = await view.locator('header.summary').innerText();
		if (!/年版格式/.test(summary) || !/个错误/.test(summary) || !/勾稽关系/.test(summary)) throw new Error(`summary: ${summary}`);
		// Two editor groups: the report's and the preview's.
		await waitFor(async () => (await page.locator('.tabs-container').allInnerTexts()).some((t) => t.includes('统计表预览')), 20_000, 'the preview tab in Chinese');
		await page.screenshot({ path: path.join(RESULTS, 'vscode-zh-preview.png') });
	});
	await page.close();
}

/** The package a user installs: under 1.5 MiB (the desktop and the web extension), bundles only (no node_modules, tests, fixtures or source maps). */
function checkPackage() {
	const size = fs.statSync(path.join(ROOT, 'nianbao.vsix')).size;
	const names = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', path.join(ROOT, 'nianbao.vsix')], { encoding: 'utf8' }).trim().split('\n');
	const stray = names.filter((n) => /node_modules|\/test\/|fixtures|\.map$|\.ts$/.test(n));
	const ok = size < 1.5 * 1024 * 1024 && stray.length === 0 && ['webview/preview.js', 'browser/client.js', 'browser/server.js'].every((f) => names.includes(`extension/dist/${f}`));
	results.push({ name: 'package: nianbao.vsix is under 1.5 MiB and holds bundles only, the web extension\'s among them', ok });
	log(`  ${ok ? '✓' : '✗'} nianbao.vsix: ${(size / 1024).toFixed(0)} KiB, ${names.length} files${stray.length ? `, unexpected: ${stray.join(', ')}` : ''}`);
}

async function main() {
	if (!fs.existsSync(CODE_SERVER)) throw new Error('code-server is not installed: run test/e2e/install.sh');
	checkPackage();
	const extension = prepare();
	installVsix();
	const port = await freePort();
	let server = await startCodeServer(port);
	const context = await chromium.launchPersistentContext(path.join(RUN, 'browser'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
	try {
		log('integration tests in the extension host');
		await integration(port, extension, context);
		log('workbench UI');
		await ui(port, context);
		stop(server);
		log('workbench UI in Chinese');
		installChineseStub();
		// A new port: a fresh origin, so the browser restores nothing from the English session.
		const zhPort = await freePort();
		server = await startCodeServer(zhPort, ['--locale', 'zh-cn']);
		await uiChinese(zhPort, context);
	} finally {
		await context.close().catch(() => undefined);
		stop(server);
	}
	const failed = results.filter((r) => !r.ok).length;
	log(`${results.length - failed} passed, ${failed} failed`);
	process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;
}

main().catch((e) => {
	log(`e2e: ${e.stack ?? e}`);
	log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
	process.exitCode = 1;
});
