import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runAsync } from '../../server/src/cli/main';
import { CORPUS_DIR, ROOT } from '../support/fixtures';

const SOURCES = path.join(ROOT, 'test/fixtures/sources');
const PDF = path.join(CORPUS_DIR, '005_hongze-2024.pdf');
const DOCX = path.join(CORPUS_DIR, '010_template-2021.docx');

async function cli(args: string[], lang = 'zh_CN.UTF-8'): Promise<{ status: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const status = await runAsync(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), env: { LANG: lang }, now: () => new Date('2026-01-10T00:00:00Z') });
	return { status, stdout, stderr };
}

function tempDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-sources-'));
}

describe('nianbao check and export on PDF, Word and web pages', () => {
	test('Should check a PDF and name the page, table, row and column of each finding instead of a line', async () => {
		const r = await cli(['check', '--format', 'json', PDF]);
		const [report] = JSON.parse(r.stdout) as { file: string; year: number; diagnostics: { code: string; location?: { page?: number; table?: number; row?: number; column?: number; text: string } }[] }[];
		assert.equal(report.year, 2024);
		assert.ok(report.diagnostics.length > 0);
		for (const d of report.diagnostics) assert.ok(d.location && d.location.page !== undefined && d.location.text.startsWith(`第 ${d.location.page} 页`), JSON.stringify(d));
		const text = await cli(['check', PDF], 'en_US.UTF-8');
		assert.match(text.stdout, /005_hongze-2024\.pdf \(page \d, table \d, row \d+, column \d\): /);
	});

	test('Should carry the place in SARIF as a logical location, without a line region', async () => {
		const r = await cli(['check', '--format', 'sarif', PDF]);
		const results = (JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { region?: unknown }; logicalLocations: { name: string }[]; properties: { page: number } }[] }[] }[] }).runs[0].results;
		assert.ok(results.length > 0);
		for (const x of results) {
			assert.equal(x.locations[0].physicalLocation.region, undefined);
			assert.match(x.locations[0].logicalLocations[0].name, /^第 \d 页/);
			assert.ok(x.locations[0].properties.page >= 1);
		}
	});

	test('Should export a Word file with the same fields as text', async () => {
		const r = await cli(['export', DOCX]);
		assert.equal(r.status, 0, r.stderr);
		const [record] = JSON.parse(r.stdout) as { file: string }[];
		assert.equal(record.file, DOCX);
	});

	test('Should expand a folder to its PDF, Word and web page files, name each bad one with its reason, and go on with the rest', async () => {
		const dir = tempDir();
		try {
			fs.copyFileSync(PDF, path.join(dir, 'a.pdf'));
			fs.copyFileSync(DOCX, path.join(dir, 'b.docx'));
			fs.copyFileSync(path.join(CORPUS_DIR, '009_test-city-2025.html'), path.join(dir, 'c.html'));
			for (const bad of ['encrypted.pdf', 'scanned.pdf', 'damaged.pdf', 'old.doc', 'letter.docx']) fs.copyFileSync(path.join(SOURCES, bad), path.join(dir, bad));
			const r = await cli(['check', '--format', 'json', dir]);
			assert.equal(r.status, 2);
			assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => path.basename(x.file)), ['a.pdf', 'b.docx', 'c.html']);
			const line = (name: string): string => r.stderr.split('\n').find((l) => l.startsWith(path.join(dir, name))) ?? '';
			assert.match(line('encrypted.pdf'), /已加密/);
			assert.match(line('scanned.pdf'), /OCR/);
			assert.match(line('damaged.pdf'), /损坏/);
			assert.match(line('old.doc'), /\.doc.*\.docx/);
			assert.match(line('letter.docx'), /不是年度报告/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('Should never fix a PDF or Word file, and say so', async () => {
		const dir = tempDir();
		try {
			const copy = path.join(dir, 'r.pdf');
			fs.copyFileSync(PDF, copy);
			const before = fs.readFileSync(copy);
			const r = await cli(['check', '--fix', copy]);
			assert.match(r.stderr, /--fix 不修改 PDF/);
			assert.ok(fs.readFileSync(copy).equals(before));
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('nianbao convert', () => {
	test('Should write the report text of a PDF to stdout, and to a file with -o', async () => {
		const r = await cli(['convert', PDF]);
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /^一、本年新收政府信息公开申请数量\t\t\t95\t0\t0\t0\t0\t0\t95$/m);
		const dir = tempDir();
		try {
			const out = path.join(dir, 'report.md');
			const w = await cli(['convert', DOCX, '-o', out]);
			assert.equal(w.status, 0, w.stderr);
			assert.equal(w.stdout, '');
			assert.match(fs.readFileSync(out, 'utf8'), /^三、收到和处理政府信息公开申请情况$/m);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('Should name a file it cannot convert with the reason and exit 2', async () => {
		const r = await cli(['convert', path.join(SOURCES, 'scanned.pdf')], 'en_US.UTF-8');
		assert.equal(r.status, 2);
		assert.match(r.stderr, /scanned\.pdf: cannot read: .*OCR/);
		assert.equal(r.stdout, '');
	});
});
