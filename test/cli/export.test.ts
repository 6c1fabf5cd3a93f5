import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as iconv from 'iconv-lite';
import type { ExportRecord } from '../../server/src/engine/features/export';
import { defaultReportYear } from '../../server/src/engine/format/skeleton';
import { analyze, CORPUS, CORPUS_DIR, corpusText, ROOT } from '../support/fixtures';
import { cli, cliAsync } from '../support/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));

describe('nianbao export', () => {
	test('Should export the corpus folder as one JSON array with the values a correct reader finds', async () => {
		// The folder holds a PDF too, which only the asynchronous entry (the installed command's) reads.
		const r = await cliAsync(['export', '--format', 'json', CORPUS_DIR]);
		assert.equal(r.status, 0, r.stderr);
		const all = JSON.parse(r.stdout) as ExportRecord[];
		// The folder also holds the later Markdown fixtures (asserted in test/engine/); these five come first.
		const known = new Set<string>(Object.values(CORPUS));
		const records = all.filter((x) => known.has(path.basename(x.file)));
		assert.deepEqual(records.map((x) => path.basename(x.file)), Object.values(CORPUS));
		const [suiling, yanshi, taonan, linkou, gongxin] = records;
		assert.deepEqual(suiling.tables.active?.licensing, { previousYear: 10, change: 19, decisions: 1219 });
		assert.equal(suiling.tables.requests?.resultTotal.natural, null);
		assert.deepEqual(suiling.sections.map((s) => s.number), [1, 2, 3, 5, 6]);
		assert.equal(yanshi.version, 'pre-2019');
		assert.deepEqual(yanshi.tables, { active: null, requests: null, appeals: null });
		assert.deepEqual(taonan.tables.requests?.newRequests, { natural: 1, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0, total: 1 });
		assert.deepEqual(taonan.tables.requests?.resultTotal.total, 0);
		assert.equal(taonan.body, '洮南市林业和草原局');
		assert.equal(taonan.date, '2024-01-03');
		assert.deepEqual(linkou.tables.active?.procurement, { projects: 271, amount: { value: 10807.1713, unit: '万元' } });
		assert.equal(linkou.tables.appeals?.review.upheld, null);
		assert.equal(linkou.sections[0].line, 6);
		assert.deepEqual(gongxin.tableStatus, { active: 'parsed', requests: 'unparsed', appeals: 'unparsed' });
		assert.deepEqual(gongxin.tables.active?.regulations, { newlyMade: 0, newlyPublished: 0, totalPublished: 0 });
		assert.deepEqual(gongxin.tables.active?.licensing, { previousYear: null, change: null, decisions: null });
	});

	test('Should export CSV, one line per cell', async () => {
		const r = await cli(['export', '--format', 'csv', path.join(CORPUS_DIR, CORPUS.linkou)]);
		assert.equal(r.status, 0);
		const lines = r.stdout.trim().split('\n');
		assert.equal(lines[0], 'file,body,year,version,table,row,column,value,unit');
		assert.ok(lines.some((l) => l.endsWith(',林口县,2020,2019,active,procurement,amount,10807.1713,万元')));
		assert.equal(lines.filter((l) => l.includes(',requests,')).length, 23 * 7);
		assert.equal(lines.filter((l) => l.includes(',appeals,')).length, 15);
	});

	test('Should report a file that cannot be read, keep going with the rest, and exit 2', async () => {
		const missing = path.join(tmp, 'missing.txt');
		const r = await cli(['export', missing, path.join(CORPUS_DIR, CORPUS.taonan)]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /missing\.txt: 无法读取/);
		assert.equal((JSON.parse(r.stdout) as ExportRecord[]).length, 1);
	});

	test('Should decode a report saved in GB18030', async () => {
		const file = path.join(tmp, 'gbk.txt');
		fs.writeFileSync(file, iconv.encode(corpusText(CORPUS.linkou), 'gb18030'));
		const r = await cli(['export', file]);
		assert.equal(r.status, 0, r.stderr);
		const [record] = JSON.parse(r.stdout) as ExportRecord[];
		assert.equal(record.body, '林口县');
		assert.equal(record.tables.active?.normativeDocuments.totalPublished, 48);
	});

	test('Should refuse an undecodable file with a clear message, never mojibake', async () => {
		const file = path.join(tmp, 'garbage.txt');
		fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xc0, 0xff, 0x30].concat(Array(50).fill(0xff))).subarray(2));
		const r = await cli(['export', file], { LANG: 'en_US.UTF-8' });
		assert.equal(r.status, 2);
		assert.match(r.stderr, /garbage\.txt: cannot read: unknown text encoding/);
		assert.deepEqual(JSON.parse(r.stdout), []);
	});

	test('Should reject bad usage with exit 2', async () => {
		assert.equal((await cli(['export', '--format', 'xml', CORPUS_DIR])).status, 2);
		assert.equal((await cli(['export'])).status, 2);
		assert.equal((await cli(['frobnicate'])).status, 2);
		assert.equal((await cli(['export', '--nope', CORPUS_DIR])).status, 2);
	});
});

describe('nianbao skeleton', () => {
	for (const version of ['2019', '2021'] as const) {
		for (const style of ['tsv', 'markdown']) {
			test(`Should print a ${version} ${style} report that reads back with every section and blank cell`, async () => {
				const r = await cli(['skeleton', '--version', version, '--style', style]);
				assert.equal(r.status, 0);
				const report = analyze(r.stdout);
				assert.equal(report.version, version);
				assert.equal(report.year, defaultReportYear(version, new Date().getFullYear()));
				assert.deepEqual(report.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
				assert.ok(Object.values(report.tables).every((t) => t !== null && t.status === 'parsed' && t.missingRows.length === 0));
			});
		}
	}
});

describe('The installed command', () => {
	test('Should run as dist/cli.js with the exit status of the contract', async () => {
		const bin = path.join(ROOT, 'dist/cli.js');
		const ok = spawnSync(process.execPath, [bin, 'export', path.join(CORPUS_DIR, CORPUS.taonan)], { encoding: 'utf8' });
		assert.equal(ok.status, 0, ok.stderr);
		assert.equal((JSON.parse(ok.stdout) as ExportRecord[])[0].year, 2023);
		const bad = spawnSync(process.execPath, [bin, 'export', path.join(tmp, 'nope')], { encoding: 'utf8' });
		assert.equal(bad.status, 2);
	});
});
