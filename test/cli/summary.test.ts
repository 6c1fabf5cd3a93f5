import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { hrefFrom } from '../../server/src/cli/summary';
import { cli } from '../support/cli';
import { reportFolder } from '../support/summary';

describe('nianbao summary', () => {
	test('Should print CSV with a BOM and Chinese column names, one row per report, a README left out', async () => {
		const dir = reportFolder();
		const r = await cli(['summary', 'reports'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 0, r.stderr);
		assert.ok(r.stdout.startsWith('\ufeff文件,机关,年度,'));
		const lines = r.stdout.slice(1).trimEnd().split('\r\n');
		assert.equal(lines.length, 4, 'a header and three reports');
		assert.match(r.stderr, /README\.md: 不是年度报告/);
		const late = lines.find((l) => l.startsWith(path.join('reports', '交通局.txt')));
		assert.match(late ?? '', /,2024-02-03,2024-01-31,否,/);
		const second = lines.find((l) => l.includes('2023 年 #1.txt')) ?? '';
		assert.ok(second.includes(',不一致'), second);
		assert.ok(second.includes(path.join('reports', '林业局', '2022.txt')), 'last year’s report named beside it');
		const header = lines[0].split(',');
		assert.equal(second.split(',')[header.indexOf('carryover-mismatch')], '2', 'the rule ran with last year’s report as companion');
	});

	test('Should use English column names under an English locale or --lang en', async () => {
		const dir = reportFolder();
		for (const [env, args] of [[{ LANG: 'en_US.UTF-8' }, []], [{ LANG: 'zh_CN.UTF-8' }, ['--lang', 'en']]] as const) {
			const r = await cli(['summary', ...args, 'reports'], env, { cwd: dir });
			assert.ok(r.stdout.startsWith('\ufefffile,body,year,format version,'), r.stdout.slice(0, 60));
		}
	});

	test('Should write the HTML page to -o with links relative to it', async () => {
		const dir = reportFolder();
		fs.mkdirSync(path.join(dir, 'out'));
		const r = await cli(['summary', '--format', 'html', '-o', path.join('out', 'summary.html'), 'reports'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 0, r.stderr);
		const html = fs.readFileSync(path.join(dir, 'out', 'summary.html'), 'utf8');
		assert.ok(html.includes('<a href="../reports/%E6%9E%97%E4%B8%9A%E5%B1%80/2023%20%E5%B9%B4%20%231.txt">'));
		assert.equal(r.stdout, '');
	});

	test('Should refuse an unknown format and a missing path with exit status 2', async () => {
		assert.equal((await cli(['summary', '--format', 'xlsx', 'x'])).status, 2);
		assert.equal((await cli(['summary'])).status, 2);
		assert.equal((await cli(['summary', 'no/such/folder'])).status, 2);
	});

	test('Should link with relative, percent-encoded URLs', () => {
		assert.equal(hrefFrom('/a/out', '/a/reports/x y#?.txt'), '../reports/x%20y%23%3F.txt');
		assert.equal(hrefFrom('/a', undefined), null);
	});
});
