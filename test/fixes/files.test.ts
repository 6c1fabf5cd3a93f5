import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, mock, test } from 'node:test';
import { fixAll } from '../../server/src/engine/features/fixAll';
import { encode, readReport, writeReport, type Encoding } from '../../server/src/node/files';
import { cli } from '../support/cli';
import { analyze, CORPUS, corpusText } from '../support/fixtures';
import { makeReport } from '../support/reports';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-fix-'));

/** A report with something to fix at both ends: a placeholder cell, and 四's heading lost (五's insertion would be a choice: see empty-section). */
const FOUR = '四、政府信息公开行政复议、行政诉讼情况';
const REPORT = makeReport().replace(`${FOUR}\n`, '').replace('行政许可\t0', '行政许可\t-');

/** Writes `text` in an encoding, runs `check --fix` on it, and returns the bytes before and after. */
async function fixBytes(text: string, encoding: Encoding, bom: boolean): Promise<{ before: Buffer; after: Buffer; file: string; status: number }> {
	const file = path.join(tmp(), 'report.txt');
	const before = encode(text, encoding, bom);
	fs.writeFileSync(file, before);
	const status = (await cli(['check', '--fix', file])).status;
	return { before, after: fs.readFileSync(file), file, status };
}

/** What `--fix` must write: the engine's fixed text in the file's own encoding and BOM. */
function expected(text: string, encoding: Encoding, bom: boolean): Buffer {
	return encode(fixAll(text, analyze).text, encoding, bom);
}

describe('check --fix, byte for byte', () => {
	for (const [name, encoding, bom] of [['UTF-8', 'utf-8', false], ['UTF-8 with BOM', 'utf-8', true], ['GB18030', 'gb18030', false], ['UTF-16LE with BOM', 'utf-16le', true]] as const) {
		test(`Should write ${name} back in ${name}, changing only what the fixes name`, async () => {
			const { before, after } = await fixBytes(REPORT, encoding, bom);
			assert.notDeepEqual(after, before);
			assert.deepEqual(after, expected(REPORT, encoding, bom));
		});
	}

	for (const [name, eol] of [['CRLF', '\r\n'], ['CR only', '\r']] as const) {
		test(`Should keep ${name} line ends, inserted lines included`, async () => {
			const text = REPORT.replace(/\n/g, eol);
			const { after } = await fixBytes(text, 'utf-8', false);
			const fixed = after.toString('utf8');
			assert.ok(fixed.includes(`${FOUR}${eol}`));
			assert.equal(fixed.split(eol).length, fixed.split(/\r\n|\r|\n/).length);
			assert.deepEqual(after, expected(text, 'utf-8', false));
		});
	}

	test('Should keep mixed line ends where they are, inserting with the most common one', async () => {
		const lines = REPORT.split('\n');
		const text = lines.map((l, k) => l + (k === lines.length - 1 ? '' : k % 3 === 0 ? '\r\n' : '\n')).join('');
		const { after } = await fixBytes(text, 'utf-8', false);
		const fixed = after.toString('utf8');
		assert.deepEqual(after, expected(text, 'utf-8', false));
		// Every CRLF stays, and the inserted lines end with LF, the most common break here.
		assert.equal(fixed.split('\r\n').length, text.split('\r\n').length);
		assert.ok(fixed.split('\n').length > text.split('\n').length);
	});

	test('Should handle a file without a final line break', async () => {
		const text = REPORT.replace(/\n+$/, '');
		const { after } = await fixBytes(text, 'utf-8', false);
		assert.deepEqual(after, expected(text, 'utf-8', false));
		assert.ok(after.toString('utf8').startsWith(text.slice(0, text.indexOf('行政许可'))));
	});

	test('Should keep every GB18030 sequence outside the fixed cells, the 19 that two codecs disagree on included', async () => {
		// A3A0, FE59 … and the four-byte sequences that decode to the same characters in Node's decoder, and 0x80-free text.
		const special = Buffer.from('a3a0a1a1fe5982359037a6d984318236fea082359134', 'hex');
		const head = encode('某某县某某局2023年政府信息公开工作年度报告\n特殊字符：', 'gb18030', false);
		const rest = encode(REPORT.slice(REPORT.indexOf('\n') + 1), 'gb18030', false);
		const file = path.join(tmp(), 'gb.txt');
		const before = Buffer.concat([head, special, Buffer.from('\n'), rest]);
		fs.writeFileSync(file, before);
		await cli(['check', '--fix', file]);
		const after = fs.readFileSync(file);
		assert.notDeepEqual(after, before);
		assert.deepEqual(after.subarray(0, head.length + special.length + 1), before.subarray(0, head.length + special.length + 1));
	});

	test('Should refuse to write a GB18030 file whose bytes its text cannot give back (0x80, code page 936\'s €)', async () => {
		const file = path.join(tmp(), 'cp936.txt');
		const before = Buffer.concat([encode(REPORT.replace('\n', '\n欧元'), 'gb18030', false)]);
		const withEuro = Buffer.concat([before.subarray(0, before.indexOf(Buffer.from('\n')) + 1), Buffer.from([0x80]), before.subarray(before.indexOf(Buffer.from('\n')) + 1)]);
		fs.writeFileSync(file, withEuro);
		const r = await cli(['check', '--fix', file]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /未写入修复：文件中有无法按原字节写回的编码序列/);
		assert.deepEqual(fs.readFileSync(file), withEuro);
	});

	test('Should not grow a two-line file on every run (it went 2 → 172 → 342 lines)', async () => {
		const file = path.join(tmp(), 'two.txt');
		fs.writeFileSync(file, '某某局2023年政府信息公开工作年度报告\n一、总体情况\n');
		await cli(['check', '--fix', file]);
		const once = fs.readFileSync(file, 'utf8');
		for (let run = 0; run < 2; run++) {
			await cli(['check', '--fix', file]);
			assert.equal(fs.readFileSync(file, 'utf8'), once);
		}
	});

	test('Should change nothing on a second run', async () => {
		const { file } = await fixBytes(corpusText(CORPUS.suiling), 'utf-8', false);
		const once = fs.readFileSync(file);
		await cli(['check', '--fix', file]);
		assert.deepEqual(fs.readFileSync(file), once);
	});
});

describe('check --fix, safely', () => {
	test('Should report a read-only file with exit 2, leave it alone, and fix the others', async () => {
		const dir = tmp();
		const locked = path.join(dir, 'a.txt');
		const open = path.join(dir, 'b.txt');
		fs.writeFileSync(locked, REPORT);
		fs.writeFileSync(open, REPORT);
		fs.chmodSync(locked, 0o444);
		const r = await cli(['check', '--fix', dir]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /a\.txt: 未写入修复：文件为只读/);
		assert.equal(fs.readFileSync(locked, 'utf8'), REPORT);
		assert.notEqual(fs.readFileSync(open, 'utf8'), REPORT);
	});

	test('Should keep the file\'s mode and leave no temporary file behind', async () => {
		const dir = tmp();
		const file = path.join(dir, 'report.txt');
		fs.writeFileSync(file, REPORT);
		fs.chmodSync(file, 0o640);
		await cli(['check', '--fix', file]);
		assert.equal(fs.statSync(file).mode & 0o777, 0o640);
		assert.deepEqual(fs.readdirSync(dir), ['report.txt']);
	});

	test('Should leave the report whole when a write fails half-way (no space left), and no temporary file behind', () => {
		const dir = tmp();
		const file = path.join(dir, 'report.txt');
		fs.writeFileSync(file, REPORT);
		const read = readReport(file);
		// The module object files.ts reads its functions from: a disk that fills up after half the bytes.
		const nodeFs = createRequire(__filename)('node:fs') as typeof fs;
		const realWrite = nodeFs.writeSync;
		const write = mock.method(nodeFs, 'writeSync', (fd: number, bytes: Buffer) => {
			realWrite(fd, bytes.subarray(0, bytes.length >> 1));
			throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
		});
		try {
			assert.throws(() => writeReport(read, fixAll(read.text, analyze).text), /ENOSPC/);
			assert.equal(write.mock.callCount(), 1);
		} finally {
			write.mock.restore();
		}
		assert.equal(fs.readFileSync(file, 'utf8'), REPORT);
		assert.deepEqual(fs.readdirSync(dir), ['report.txt']);
	});

	test('Should not overwrite a file saved since it was read, and say so', async () => {
		const file = path.join(tmp(), 'report.txt');
		fs.writeFileSync(file, REPORT);
		const read = readReport(file);
		const saved = REPORT.replace('某某县某某局', '某某县某某局（改）');
		fs.writeFileSync(file, saved);
		assert.throws(() => writeReport(read, fixAll(read.text, analyze).text), (e: Error & { problem?: string }) => e.problem === 'changed');
		assert.equal(fs.readFileSync(file, 'utf8'), saved);
	});

	test('Should refuse a FIFO named like a report at once, and check the rest', async () => {
		const dir = tmp();
		execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
		fs.writeFileSync(path.join(dir, 'report.txt'), REPORT);
		const r = await cli(['check', '--fix', dir]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /pipe\.txt: 无法读取：不是普通文件/);
		assert.notEqual(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), REPORT);
	});

	test('Should refuse a symlink to /dev/zero, and follow a symlink to a report, keeping the link', async () => {
		const dir = tmp();
		fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
		const r = await cli(['check', path.join(dir, 'zero.txt')]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /zero\.txt: 无法读取：不是普通文件/);
		const target = path.join(dir, 'target.md');
		fs.writeFileSync(target, REPORT);
		fs.symlinkSync(target, path.join(dir, 'link.txt'));
		await cli(['check', '--fix', path.join(dir, 'link.txt')]);
		assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
		assert.notEqual(fs.readFileSync(target, 'utf8'), REPORT);
	});

	test('Should refuse a file beyond the size limit with a clear message', async () => {
		const file = path.join(tmp(), 'huge.txt');
		const fd = fs.openSync(file, 'w');
		fs.ftruncateSync(fd, 17 * 1024 * 1024);
		fs.closeSync(fd);
		const r = await cli(['check', file]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /huge\.txt: 无法读取：文件超过 16 MB/);
	});

	test('Should leave a README in the folder alone, neither fixed nor reported', async () => {
		const dir = tmp();
		const readme = '# 报告汇总\n\n本目录收录各部门 2023 年政府信息公开工作年度报告，按部门分文件存放。\n';
		fs.writeFileSync(path.join(dir, 'README.md'), readme);
		fs.writeFileSync(path.join(dir, 'report.txt'), REPORT);
		const r = await cli(['check', '--fix', '--format', 'json', dir]);
		assert.equal(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'), readme);
		assert.deepEqual(JSON.parse(r.stdout).map((e: { file: string }) => path.basename(e.file)), ['report.txt']);
		assert.match(r.stderr, /README\.md: 不是年度报告，未检查/);
	});
});
