import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { cli } from '../support/cli';
import { makeReport } from '../support/reports';

const requests = (natural: number) => ({ newRequests: [natural, 0, 0, 0, 0, 0, natural], granted: [natural, 0, 0, 0, 0, 0, natural], resultTotal: [natural, 0, 0, 0, 0, 0, natural] });

/** A county's consolidated report beside the folder of its departments' reports. */
function county(parentRequests: number): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-sum-'));
	fs.mkdirSync(path.join(dir, 'depts'));
	fs.writeFileSync(path.join(dir, 'county.txt'), makeReport({ body: '某某县人民政府', rows: requests(parentRequests) }).replace('某某县某某局\n2024年1月20日', '某某县人民政府\n2024年3月20日'));
	fs.writeFileSync(path.join(dir, 'depts', 'a.txt'), makeReport({ body: '某某县甲局', rows: requests(3) }));
	fs.writeFileSync(path.join(dir, 'depts', 'b.txt'), makeReport({ body: '某某县乙局', rows: requests(2) }));
	return dir;
}

describe('nianbao check --sum', () => {
	test('Should exit 0 when the consolidated tables are the sum of the reports in a folder', async () => {
		const r = await cli(['check', '--sum', 'county.txt', 'depts'], { LANG: 'zh_CN.UTF-8' }, { cwd: county(5) });
		assert.equal(r.status, 0, r.stderr);
		assert.equal(r.stdout, '');
		assert.match(r.stderr, /合并报告与 2 份下级报告核对了 190 个单元格：0 处不等于下级报告之和/);
	});

	test('Should point at the parent’s cells with the children’s sum, and exit 1', async () => {
		const dir = county(6);
		const r = await cli(['check', '--sum', 'county.txt', path.join('depts', 'a.txt'), path.join('depts', 'b.txt')], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 1, r.stderr);
		const lines = r.stdout.trimEnd().split('\n');
		assert.equal(lines.length, 6);
		assert.match(lines[0], /^county\.txt:\d+:\d+: error sum-mismatch 合并报告的一、本年新收政府信息公开申请数量·自然人为 6，但 2 份下级报告之和为 3 \+ 2 = 5（相差 1）$/);
		const json = await cli(['check', '--sum', '--format', 'json', 'county.txt', 'depts'], { LANG: 'en_US.UTF-8' }, { cwd: dir });
		const [entry] = JSON.parse(json.stdout) as { file: string; diagnostics: { code: string; message: string }[] }[];
		assert.equal(entry.file, 'county.txt');
		assert.equal(entry.diagnostics.length, 6);
		assert.match(entry.diagnostics[0].message, /^The consolidated .* is 6, but the 2 reports it consolidates sum to 3 \+ 2 = 5 \(off by 1\)$/);
	});

	test('Should leave the parent out of a folder that holds it too', async () => {
		const dir = county(5);
		fs.renameSync(path.join(dir, 'county.txt'), path.join(dir, 'depts', 'county.txt'));
		const r = await cli(['check', '--sum', path.join('depts', 'county.txt'), 'depts'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 0, r.stderr);
	});

	test('Should exit 2 on bad usage and when nothing could be compared', async () => {
		const dir = county(5);
		assert.equal((await cli(['check', '--sum', 'county.txt'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir })).status, 2);
		assert.equal((await cli(['check', '--sum', '--fix', 'county.txt', 'depts'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir })).status, 2);
		assert.equal((await cli(['check', '--sum', 'depts', 'county.txt'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir })).status, 2, 'the parent is one file');
		fs.writeFileSync(path.join(dir, 'depts', 'old.txt'), makeReport({ year: 2022, body: '某某县丙局' }));
		const r = await cli(['check', '--sum', 'county.txt', 'depts'], { LANG: 'zh_CN.UTF-8' }, { cwd: dir });
		assert.equal(r.status, 2);
		assert.match(r.stderr, /未核对：下级报告的年度与合并报告（2023）不同：depts\/old\.txt（2022）/);
	});
});
