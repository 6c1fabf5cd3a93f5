import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as iconv from 'iconv-lite';
import { parseConfig, RULE_IDS } from '../../server/src/engine/index';
import { cli } from '../support/cli';
import { CORPUS, CORPUS_DIR, corpusText, EXAMPLES_DIR } from '../support/fixtures';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-check-'));
const file002 = path.join(CORPUS_DIR, CORPUS.taonan);

describe('Configuration', () => {
	test('Should accept rule severities and "off"', async () => {
		const { config, problems } = parseConfig({ rules: { 'blank-cell': 'off', 'heading-wording': 'info' } }, RULE_IDS);
		assert.deepEqual(problems, []);
		assert.deepEqual(config.rules, { 'blank-cell': 'off', 'heading-wording': 'info' });
	});

	test('Should name unknown rules, bad values and unknown settings, keeping what is valid', async () => {
		const { config, problems } = parseConfig({ rules: { 'blank-cel': 'off', 'balance': 'loud', 'row-total': 'warning' }, extra: 1 }, RULE_IDS);
		assert.deepEqual(config.rules, { 'row-total': 'warning' });
		assert.equal(problems.length, 3);
		assert.match(problems.map((p) => p.zh).join('\n'), /未知的配置项“extra”[\s\S]*未知的规则“blank-cel”[\s\S]*规则“balance”的取值 "loud" 无效/);
	});

	test('Should reject a configuration that is not an object', async () => assert.equal(parseConfig([1], RULE_IDS).problems.length, 1));
});

describe('nianbao check', () => {
	test('Should print compiler-style lines and exit 1 when there are errors', async () => {
		const r = await cli(['check', file002]);
		assert.equal(r.status, 1);
		const lines = r.stdout.trim().split('\n');
		assert.equal(lines.length, 7);
		assert.match(lines[1], /002_e239baf21c7f3eb8\.txt:344:2: error result-total （七）总计·自然人 为 0/);
		assert.match(r.stderr, /共检查 1 个文件：4 个错误，1 个警告/);
	});

	test('Should exit 0 when only warnings remain', async () => assert.equal((await cli(['check', path.join(CORPUS_DIR, CORPUS.linkou)])).status, 0));

	test('Should print one JSON array with 0-based UTF-16 ranges', async () => {
		const r = await cli(['check', '--format', 'json', file002]);
		const [entry] = JSON.parse(r.stdout);
		assert.equal(entry.version, '2021');
		assert.equal(entry.year, 2023);
		const first = entry.diagnostics.find((d: { code: string }) => d.code === 'result-total');
		assert.deepEqual(first.range, { start: { line: 343, character: 1 }, end: { line: 343, character: 2 } });
		assert.equal(first.severity, 'error');
	});

	test('Should print SARIF 2.1.0 with the rules and 1-based regions', async () => {
		const sarif = JSON.parse((await cli(['check', '--format', 'sarif', file002])).stdout);
		assert.equal(sarif.version, '2.1.0');
		const run = sarif.runs[0];
		assert.equal(run.tool.driver.name, 'nianbao');
		assert.equal(run.tool.driver.rules.length, RULE_IDS.length);
		const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'result-total');
		assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 344, startColumn: 2, endLine: 344, endColumn: 3 });
		assert.equal(result.level, 'error');
		assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'result-total');
	});

	test('Should speak English when asked', async () => {
		assert.match((await cli(['check', '--lang', 'en', file002])).stdout, /3\(7\) Total, natural persons is 0, but the results add up to 1/);
	});

	test('Should read .nianbao.json from the report\'s folder or above', async () => {
		const dir = tmp();
		fs.mkdirSync(path.join(dir, 'reports'));
		fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'blank-cell': 'off' } }));
		fs.writeFileSync(path.join(dir, 'reports', '003.txt'), corpusText(CORPUS.linkou));
		const r = await cli(['check', '--format', 'json', path.join(dir, 'reports')]);
		assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics, []);
	});

	test('Should let --config override, and report a bad configuration clearly with exit 2', async () => {
		const dir = tmp();
		const config = path.join(dir, 'strict.json');
		fs.writeFileSync(config, JSON.stringify({ rules: { 'blank-cell': 'error', 'no-such-rule': 'off' } }));
		const r = await cli(['check', '--config', config, path.join(CORPUS_DIR, CORPUS.linkou)]);
		assert.equal(r.status, 2);
		assert.match(r.stderr, /strict\.json: 配置问题：未知的规则“no-such-rule”/);
		assert.match(r.stdout, /error blank-cell/);
		fs.writeFileSync(config, '{ not json');
		assert.match((await cli(['check', '--config', config, file002])).stderr, /不是有效的 JSON/);
	});

	test('Should report unreadable input and still check the rest, exiting 2', async () => {
		const r = await cli(['check', path.join(tmp(), 'gone.txt'), file002]);
		assert.equal(r.status, 2);
		assert.match(r.stdout, /result-total/);
	});

	test('Should check the examples shipped in the repository', async () => {
		const r = await cli(['check', '--format', 'json', EXAMPLES_DIR]);
		const byFile = new Map<string, string[]>(JSON.parse(r.stdout).map((e: { file: string; diagnostics: { code: string }[] }) => [path.basename(e.file), e.diagnostics.map((d) => d.code)]));
		assert.equal(byFile.size, 4);
		assert.deepEqual(byFile.get('2023年度某某县交通运输局政府信息公开工作年度报告.md'), []);
		assert.deepEqual(byFile.get('2022年某某市统计局政府信息公开工作年度报告.txt'), ['balance', 'balance', 'heading-wording']);
		assert.ok(byFile.get('2021年某某区教育局政府信息公开工作年度报告.txt')?.includes('format-version'));
	});
});

describe('nianbao check --fix', () => {
	test('Should leave 002\'s wrong totals to the user: --fix never changes a number the user typed', async () => {
		const dir = tmp();
		const file = path.join(dir, '002.txt');
		fs.writeFileSync(file, corpusText(CORPUS.taonan));
		const r = await cli(['check', '--fix', file]);
		assert.equal(r.status, 1);
		assert.equal(fs.readFileSync(file, 'utf8'), corpusText(CORPUS.taonan));
	});

	test('Should keep a GB18030 file in GB18030, with its CRLF line ends', async () => {
		const dir = tmp();
		const file = path.join(dir, 'gbk.txt');
		const text = corpusText(CORPUS.linkou).replace(/\n/g, '\r\n');
		fs.writeFileSync(file, iconv.encode(text, 'gb18030'));
		assert.equal((await cli(['check', '--fix', file])).status, 0);
		const bytes = fs.readFileSync(file);
		assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		const back = iconv.decode(bytes, 'gb18030');
		assert.ok(back.includes(`\r\n${Array(15).fill('0').join('\t')}\r\n`));
		assert.equal(back.split('\r\n').length, text.split('\r\n').length);
		assert.ok(!/[^\r]\n/.test(back));
	});

	test('Should keep a UTF-8 BOM', async () => {
		const dir = tmp();
		const file = path.join(dir, 'bom.txt');
		fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(corpusText(CORPUS.linkou))]));
		await cli(['check', '--fix', file]);
		const bytes = fs.readFileSync(file);
		assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
		assert.ok(bytes.toString('utf8').includes(`\n${Array(15).fill('0').join('\t')}\n`));
	});

	test('Should never apply the 勾稽关系 choice', async () => {
		const dir = tmp();
		const file = path.join(dir, 'stats.txt');
		const source = fs.readFileSync(path.join(EXAMPLES_DIR, '2022年某某市统计局政府信息公开工作年度报告.txt'), 'utf8');
		fs.writeFileSync(file, source);
		assert.equal((await cli(['check', '--fix', file])).status, 1);
		const fixed = fs.readFileSync(file, 'utf8');
		assert.ok(fixed.includes('五、存在的主要问题及改进情况'));
		assert.match((await cli(['check', file])).stdout, /balance/);
	});
});
