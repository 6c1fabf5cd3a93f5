import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, fixAll } from '../../server/src/engine/features/fixAll';
import { exportCsv, type ExportRecord } from '../../server/src/engine/features/export';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, corpusText, ROOT } from '../support/fixtures';
import { findings, makeReport } from '../support/reports';

describe('Issue 11: fixes that never lose a word', () => {
	test('Should keep the sentence written after a heading on its line, and not flag the heading', () => {
		const line = '六、其他需要报告的事项：本机关本年度未收取信息处理费。';
		const text = makeReport().replace('六、其他需要报告的事项', line);
		assert.deepEqual(findings(text, 'heading-wording'), []);
		const fixed = fixAll(text, analyze).text;
		assert.ok(fixed.includes(line));
	});

	test('Should replace only the words of a variant heading, keeping the sentence after them', () => {
		const text = makeReport().replace('六、其他需要报告的事项', '六、其他报告的事项：本机关本年度未收取信息处理费。');
		const [f] = findings(text, 'heading-wording');
		assert.equal(f.text, '六、其他报告的事项');
		assert.ok(f.diagnostic.fixes[0].safe);
		assert.ok(fixAll(text, analyze).text.includes('六、其他需要报告的事项：本机关本年度未收取信息处理费。'));
	});

	test('Should not fix safely a heading whose words cannot be told from the sentence after them', () => {
		const heading = '六、其他：需要报告的事项为本机关未收取信息处理费';
		const text = makeReport().replace('六、其他需要报告的事项', heading);
		const [f] = findings(text, 'heading-wording');
		assert.equal(f.text, heading);
		assert.equal(f.diagnostic.fixes[0].safe, false);
		assert.ok(fixAll(text, analyze).text.includes(heading));
	});

	test('Should reach a fixed point on short texts: a second run changes nothing', () => {
		for (const text of ['a\nb', '标题\n正文。\n', 'x\ry', '\t1\n\t2', '# 说明\n文字', '二、主动公开政府信息情况\n\t0\n\t1']) {
			const once = fixAll(text, analyze).text;
			assert.equal(fixAll(once, analyze).text, once, JSON.stringify(text));
		}
	});

	test('Should insert lines with the document\'s own line break, a lone CR included', () => {
		// 一, not 五: a bare 五 heading would leave an empty section, so its insertion is a choice that fix-all leaves alone.
		const text = makeReport().replace('一、总体情况\n', '').replace(/\n/g, '\r');
		const fixed = fixAll(text, analyze).text;
		assert.ok(fixed.includes('一、总体情况\r'));
		assert.ok(!fixed.includes('\n'));
	});

	test('Should fill a table it inserts with 0, so no blank-cell warning replaces the finding', () => {
		const text = '某某局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n';
		const before = analyze(text).diagnostics.length;
		const fixed = fixAll(text, analyze).text;
		assert.ok(analyze(fixed).diagnostics.length <= before);
		assert.deepEqual(findings(fixed, 'blank-cell'), []);
	});

	test('Should insert the table of a repeated section once, after its first heading', () => {
		const text = '一、总体情况\n二、主动公开政府信息情况\n文字。\n二、主动公开政府信息情况\n文字。\n';
		assert.equal(findings(text, 'missing-table').length, 1);
	});
});

describe('CSV export against formula injection', () => {
	const record = (body: string, value: number): ExportRecord => ({
		file: 'a.txt', version: '2021', year: 2023, title: null, body, date: null, sections: [],
		tables: { active: { licensing: { change: value } }, requests: null, appeals: null }, tableStatus: {},
	});

	test('Should neutralise text starting with =, +, -, @, a tab or a CR', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			const csv = exportCsv([record(`${start}HYPERLINK("x")`, 1)]);
			const field = csv.split('\n')[1].split(',')[1];
			assert.ok(field.startsWith(`'${start}`) || field.startsWith(`"'${start}`), JSON.stringify(field));
		}
	});

	test('Should keep a negative number a number', () => {
		const csv = exportCsv([record('某局', -3)]);
		assert.ok(csv.split('\n')[1].endsWith(',-3,'));
	});
});

describe('Issue 11: a row present but unreadable', () => {
	test('Should report a typo in a number as not-a-number on that cell, never the row as missing, and change no total', () => {
		const text = makeReport({ rows: { newRequests: [10, 2, 0, 0, 0, 0, 12], granted: [10, 2, 0, 0, 0, 0, 12], resultTotal: [10, 2, 0, 0, 0, 0, 12] } });
		const typo = text.replace(/(（一）予以公开\t\t)10\t/, '$11O\t');
		assert.notEqual(typo, text);
		const found = findings(typo);
		assert.deepEqual(found.map((f) => [f.code, f.text]), [['not-a-number', '1O']]);
		assert.equal(fixAll(typo, analyze).text, typo);
	});
});

describe('Issue 11: an inserted row never adds a finding', () => {
	const excerpt = (file: string, from: number, length: number) => corpusText(file).split(/\r\n|\r|\n/).slice(from, from + length).join('\n');

	test('Should not offer rows of 0 where the prose states the numbers they would hold (corpus 007, truncated table 三)', () => {
		const text = excerpt('007_shanghai-office-2025.md', 0, 120);
		const [f] = findings(text, 'missing-row');
		assert.deepEqual(f.diagnostic.fixes, []);
		assert.ok(f.diagnostic.related.some((r) => r.message.zh.startsWith('正文称“办结1191件”')), 'the note names the claim the rows would contradict');
	});

	test('Should not add findings with any single missing-row fix, on excerpts of the corpus', () => {
		for (const file of ['000_256c7a68cd8dcdde.txt', '003_7aca508e0e60934a.txt', '007_shanghai-office-2025.md']) {
			const lines = corpusText(file).split(/\r\n|\r|\n/).length;
			for (let from = 0; from < lines; from += 9) {
				for (const length of [20, 40, 80, 120]) {
					const text = excerpt(file, from, length);
					const before = analyze(text).diagnostics;
					for (const d of before.filter((x) => x.code === 'missing-row')) {
						for (const fix of d.fixes) {
							const after = analyze(applyEdits(text, fix.edits)).diagnostics.length;
							assert.ok(after <= before.length, `${file} lines ${from}+${length}: “${fix.title.zh}” raises the findings ${before.length} → ${after}`);
						}
					}
				}
			}
		}
	});
});

describe('Issue 11: a table not filled in yet', () => {
	test('Should insert its missing rows and blocks blank, so its one blank-table hint does not become a blank-cell warning per cell (a template, real report nanyuan 2020)', () => {
		const text = ['某某局2020年政府信息公开工作年度报告', '一、总体情况', '文字。', '二、主动公开政府信息情况', '第二十条第（五）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t\t\t', ''].join('\n');
		const before = analyze(text).diagnostics;
		assert.equal(before.filter((d) => d.code === 'blank-table').length, 1);
		const fixes = before.filter((d) => d.code === 'missing-row').flatMap((d) => d.fixes);
		assert.equal(fixes.length, 5);
		for (const fix of fixes) {
			assert.ok(!/\t0/.test(fix.edits[0].newText), JSON.stringify(fix.edits[0].newText));
			const after = analyze(applyEdits(text, fix.edits)).diagnostics;
			assert.deepEqual(after.filter((d) => d.code === 'blank-cell'), []);
			assert.ok(after.length < before.length);
		}
	});
});

describe('Issue 11: fixes in a web page', () => {
	// An excerpt of corpus 009 from inside table 二 (found by the monotone property): a page, read as markup.
	const page = ['<tr><td>行政许可</td><td colspan="3">11398889</td></tr>', '<tr><td colspan="4">第二十条第（六）项</td></tr>', '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>',
		'<tr><td>行政处罚</td><td colspan="3">6937489</td></tr>', '<tr><td>行政强制</td><td colspan="3">166105</td></tr>', '</table>', '<p>三、收到和处理政府信息公开申请情况</p>'].join('\n');

	test('Should insert a heading before the page\'s first tag as markup, so the page still reads as a page', () => {
		const before = analyze(page).diagnostics;
		const [two] = before.filter((d) => d.code === 'missing-section' && d.message.zh.includes('第二部分')).flatMap((d) => d.fixes);
		assert.ok(two.edits[0].newText.startsWith('<p>二、主动公开政府信息情况</p>'), JSON.stringify(two.edits[0].newText));
		for (const d of before) for (const fix of d.fixes) assert.ok(analyze(applyEdits(page, fix.edits)).diagnostics.length <= before.length, `${d.code}: “${fix.title.zh}”`);
	});

	test('Should insert no table of text lines into a page, where line breaks mean nothing', () => {
		for (const d of analyze(page).diagnostics) for (const fix of d.fixes) for (const e of fix.edits) assert.ok(!e.newText.includes('\t'), `${d.code}: “${fix.title.zh}”`);
	});
});

describe('Issue 11: the preview\'s webview', () => {
	const sources = (dir: string): string[] => fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
	const preview = fs.readFileSync(path.join(ROOT, 'client/src/preview.ts'), 'utf8');

	test('Should take the script nonce from crypto, and nothing from Math.random anywhere', () => {
		for (const file of [...sources('client'), ...sources('server/src')]) assert.ok(!fs.readFileSync(path.join(ROOT, file), 'utf8').includes('Math.random'), file);
		const nonce = /function nonce\(\)[^]*?\n}/.exec(preview)?.[0] ?? '';
		assert.match(nonce, /crypto\.getRandomValues\(new Uint8Array\((\d+)\)\)/);
		assert.ok(Number(/Uint8Array\((\d+)\)/.exec(nonce)?.[1]) >= 16, 'at least 128 bits');
		assert.match(preview, /script-src 'nonce-\$\{n\}'/);
	});

	test('Should use a message from the webview only once isFromWebview accepts it', () => {
		const handlers = [...preview.matchAll(/onDidReceiveMessage\(\((\w+): unknown\) => \{([^]*?)\n\t*\}\)/g)];
		assert.equal(handlers.length, (preview.match(/onDidReceiveMessage/g) ?? []).length, 'every handler takes its message as unknown');
		for (const [, name, body] of handlers) assert.match(body, new RegExp(`if \\(isFromWebview\\(${name}\\)\\) void this\\.receive\\(${name}\\);`));
	});
});
