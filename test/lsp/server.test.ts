import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CodeLens, CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint } from 'vscode-languageserver-types';
import type { DiagnosticData, TablesResult } from '../../server/src/protocol';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, corpusText, EXAMPLES_DIR } from '../support/fixtures';
import { applyTextEdits, LspClient } from '../support/lsp';

const URI = (name: string) => `file:///reports/${name}`;

describe('The language server over stdio', () => {
	let client: LspClient;
	before(async () => {
		client = await LspClient.start({ commands: { showProblems: 'test.problems' } });
	});
	after(async () => {
		await client.stop();
	});

	test('Should publish 002\'s diagnostics with rule codes, documentation links and fixes as data', async () => {
		client.open(URI('002.txt'), corpusText(CORPUS.taonan));
		const diagnostics = await client.diagnostics(URI('002.txt'), 1);
		assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [
			['missing-title', 0], ['result-total', 343], ['balance', 343], ['result-total', 349], ['balance', 349], ['missing-rectification', 406], ['missing-fee-report', 411],
		]);
		const first = diagnostics[1];
		assert.equal(first.source, 'nianbao');
		assert.deepEqual(first.range, { start: { line: 343, character: 1 }, end: { line: 343, character: 2 } });
		assert.match(first.codeDescription?.href ?? '', /docs\/rules\.md#result-total$/);
		assert.match(String(first.message), /（七）总计·自然人 为 0/);
		assert.deepEqual(first.data as DiagnosticData, { version: 1, index: 1 }, 'a reference, not the edits');
		assert.ok(diagnostics[2].relatedInformation && diagnostics[2].relatedInformation.length === 4);
	});

	test('Should apply the quick fix of （七）总计 and publish without its diagnostic', async () => {
		const uri = URI('002-fix.txt');
		const text = corpusText(CORPUS.taonan);
		client.open(uri, text);
		const diagnostics = await client.diagnostics(uri, 1);
		const target = diagnostics.find((d) => d.code === 'result-total')!;
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ['quickfix'] } });
		const fix = actions.find((a) => a.kind === 'quickfix')!;
		// It changes a number the user typed: offered, never preferred (issue 11).
		assert.notEqual(fix.isPreferred, true);
		const edits = fix.edit!.changes![uri];
		client.change(uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
		const next = await client.diagnostics(uri, 2);
		assert.deepEqual(next.map((d) => d.code), ['missing-title', 'missing-rectification', 'missing-fee-report']);
		assert.equal(applyTextEdits(text, edits).split('\n')[343], '\t1');
	});

	test('Should recompute a quick fix from a stale diagnostic for the current text', async () => {
		const uri = URI('002-stale.txt');
		const text = corpusText(CORPUS.taonan);
		client.open(uri, text);
		const stale = (await client.diagnostics(uri, 1)).find((d) => d.code === 'result-total')!;
		// A line inserted above: the diagnostic the client still holds names line 343; the cell is now on 344.
		client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '新的一行\n' }]);
		await client.diagnostics(uri, 2);
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale], only: ['quickfix'] } });
		const edits = actions.find((a) => a.kind === 'quickfix')!.edit!.changes![uri];
		assert.ok(edits.every((e) => e.range.start.line >= 1));
		const fixed = applyTextEdits('新的一行\n' + text, edits).split('\n');
		assert.equal(fixed[344], '\t1');
		assert.equal(fixed[343], ('新的一行\n' + text).split('\n')[343], 'the line above is untouched');
		// A diagnostic whose problem the user already corrected gets no fix at all.
		client.change(uri, 3, edits.map((e) => ({ range: e.range, text: e.newText })));
		await client.diagnostics(uri, 3);
		const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale], only: ['quickfix'] } });
		assert.deepEqual(none, []);
	});

	test('Should survive any URI: a host, an encoded slash, another scheme', async () => {
		for (const uri of ['file://server/share/年报.txt', 'file:///reports/a%2Fb.txt', 'untitled:Untitled-1', 'vscode-vfs://github/org/repo/report.txt']) {
			client.open(uri, corpusText(CORPUS.taonan));
			const diagnostics = await client.diagnostics(uri, 1);
			assert.ok(diagnostics.some((d) => d.code === 'result-total'), uri);
			assert.equal((await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).length, 6, uri);
		}
	});

	test('Should offer fix-all and refactors as code actions', async () => {
		const uri = URI('003-actions.txt');
		client.open(uri, corpusText(CORPUS.linkou));
		await client.diagnostics(uri, 1);
		const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 70, character: 0 }, end: { line: 70, character: 0 } }, context: { diagnostics: [] } });
		const kinds = all.map((a) => a.kind);
		assert.ok(kinds.includes('source.fixAll.nianbao'));
		assert.ok(kinds.includes('refactor.rewrite.nianbao.convert'));
		assert.ok(kinds.includes('refactor.rewrite.nianbao.reformat'));
		assert.ok(all.every((a) => a.edit === undefined), 'edits wait for codeAction/resolve');
		const fixAll = await client.request<CodeAction>('codeAction/resolve', all.find((a) => a.kind === 'source.fixAll.nianbao'));
		const [edit] = fixAll.edit!.changes![uri];
		assert.equal(edit.range.start.line, 93);
		assert.equal(edit.newText.replace(/\t/g, ''), '00000');
	});

	test('Should give 003\'s outline: six sections, their sub-headings and tables', async () => {
		const uri = URI('003.txt');
		client.open(uri, corpusText(CORPUS.linkou));
		const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		assert.deepEqual(symbols.map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
		assert.equal(symbols[0].children?.length, 5);
		assert.deepEqual(symbols[1].children?.map((c) => c.name), ['表二（主动公开政府信息情况）']);
		assert.equal(symbols[1].children?.[0].children?.length, 5);
		assert.deepEqual(symbols[2].children?.map((c) => c.name), ['表三（收到和处理政府信息公开申请情况）']);
		const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
		assert.ok(folds.some((f) => f.startLine === 58 && f.endLine === 86));
		assert.ok(folds.some((f) => f.startLine === 6));
	});

	test('Should hover a cell with its row, column and relations, and a heading with what it requires', async () => {
		const uri = URI('002.txt');
		const cell = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 343, character: 1 } });
		const text = (cell.contents as { value: string }).value;
		assert.match(text, /\*\*（七）总计·自然人\*\*/);
		assert.match(text, /✗ （七）总计 = 各项办理结果之和：计算 1，填写 0/);
		assert.match(text, /✗ 勾稽关系：一 \+ 二 = （七）总计 \+ 四（自然人列）/);
		const heading = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 4 } });
		assert.match((heading.contents as { value: string }).value, /条例》第五十条/);
	});

	test('Should complete standard headings at a line start, and row labels inside a table', async () => {
		const uri = URI('002.txt');
		const atStart = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 415, character: 0 } });
		assert.deepEqual(atStart.filter((i) => i.kind === 14).map((i) => i.label).slice(0, 6), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
		assert.ok(atStart.some((i) => i.kind === 15 && /表三/.test(String(i.label))));
		const inTable = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 120, character: 0 } });
		assert.ok(inTable.some((i) => i.label === '（七）总计'));
	});

	test('Should show a check summary lens above each table and hints beside wrong totals', async () => {
		const uri = URI('002.txt');
		const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
		const titles = lenses.map((l) => l.command?.title);
		assert.ok(titles.includes('表三：4 处合计错误'));
		assert.ok(titles.includes('表四 合计 ✓'));
		assert.ok(lenses.every((l) => l.command?.command === 'test.problems'), 'only the commands the client declared');
		assert.ok(!titles.includes('打开表格预览'));
		const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 420, character: 0 } } });
		assert.deepEqual(hints.map((h) => [h.position.line, h.label]), [[343, ' ≠ 1'], [349, ' ≠ 1']]);
	});

	test('Should write skeletons and export text for the client', async () => {
		const skeleton = await client.request<string>('nianbao/skeleton', { kind: 'requests', version: '2019', style: 'markdown' });
		assert.ok(skeleton.startsWith('| （本列数据的勾稽关系为'));
		const csv = await client.request<string>('nianbao/export', { textDocument: { uri: URI('002.txt') }, format: 'csv' });
		assert.ok(csv.includes(',洮南市林业和草原局,2023,2021,requests,newRequests,natural,1,'));
		const tab = await client.request<string>('nianbao/tableText', { textDocument: { uri: URI('002.txt') }, table: 'requests', format: 'tsv' });
		assert.ok(tab.includes('一、本年新收政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1\n'));
		const md = await client.request<string>('nianbao/tableText', { textDocument: { uri: URI('002.txt') }, table: 'active', format: 'markdown' });
		assert.ok(md.includes('| 行政许可 | 652 |'));
		const rows = await client.request<string>('nianbao/tableText', { textDocument: { uri: URI('002.txt') }, table: 'appeals', format: 'csv' });
		assert.equal(rows.trim().split('\n').length, 2);
	});

	test('Should answer nianbao/tables with the model the preview renders', async () => {
		const result = await client.request<TablesResult>('nianbao/tables', { textDocument: { uri: URI('002.txt') } });
		assert.equal(result.formatVersion, '2021');
		const requests = result.tables.requests!;
		const total = requests.blocks[0].rows.find((r) => r.key === 'resultTotal')!;
		assert.deepEqual(total.cells[0].problems.map((p) => p.code), ['result-total', 'balance']);
		assert.deepEqual(result.balance.map((b) => [b.column, b.holds]).filter(([, h]) => !h), [['natural', false], ['total', false]]);
		assert.equal(result.tables.active?.blocks.length, 4);
	});

	test('Should analyse plain text and Markdown only when they read as a report', async () => {
		client.open(URI('000.txt'), corpusText(CORPUS.suiling), 'plaintext');
		assert.deepEqual((await client.diagnostics(URI('000.txt'), 1)).map((d) => d.code), ['missing-row', 'missing-section']);
		assert.ok(client.recognised.includes(URI('000.txt')), 'the client is told a plain-text report is one');
		const markdownReport = fs.readFileSync(path.join(EXAMPLES_DIR, '2023年度某某县交通运输局政府信息公开工作年度报告.md'), 'utf8').replace('| 行政许可 | 1523 |', '| 行政许可 | - |');
		client.open(URI('report.md'), markdownReport, 'markdown');
		assert.deepEqual((await client.diagnostics(URI('report.md'), 1)).map((d) => d.code), ['not-a-number']);
		assert.equal((await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI('report.md') } })).length, 6);
		assert.ok(!client.recognised.includes(URI('report.md')), 'a Markdown report stays Markdown');
		client.open(URI('notes.md'), '# 会议纪要\n\n一、讨论事项\n\n- 年度报告的起草分工\n- 下次会议时间\n', 'markdown');
		assert.deepEqual(await client.diagnostics(URI('notes.md'), 1), []);
		assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: URI('notes.md') } }), []);
		client.open(URI('app.ts'), corpusText(CORPUS.taonan), 'typescript');
		assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: URI('app.ts') } }), []);
	});

	test('Should survive garbage, a huge document and malformed requests', async () => {
		const garbage = Array.from({ length: 5000 }, (_, k) => String.fromCharCode((k * 7919) % 0xd7ff)).join('');
		client.open(URI('garbage.txt'), garbage);
		assert.ok(Array.isArray(await client.diagnostics(URI('garbage.txt'), 1)));
		const huge = corpusText(CORPUS.taonan).repeat(Math.ceil(2_000_000 / corpusText(CORPUS.taonan).length));
		client.open(URI('huge.txt'), huge);
		const diagnostics = await client.diagnostics(URI('huge.txt'), 1, 60_000);
		assert.ok(diagnostics.some((d) => d.code === 'result-total'));
		assert.equal(diagnostics.length, 1001, 'at most 1000 published, and a note of how many more');
		assert.match(String(diagnostics[1000].message), /^另有 \d+ 个问题未显示/);
		assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI('nowhere.txt') }, position: { line: 0, character: 0 } }), null);
		assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI('002.txt') }, position: { line: 99999, character: -5 } }), null);
		assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: {} }), []);
		await assert.rejects(client.request('nianbao/noSuchThing', {}), (e: { code?: number }) => e.code === -32601);
		const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI('003.txt') } });
		assert.equal(symbols.length, 6);
	});
});

describe('A server with more documents open than analyses it keeps', () => {
	let client: LspClient;
	before(async () => {
		client = await LspClient.start();
	});
	after(async () => {
		await client.stop();
	});

	test('Should answer hovers and code actions on a document whose analysis was dropped as when it was kept', async () => {
		const first = URI('kept-0.txt');
		client.open(first, corpusText(CORPUS.taonan));
		const target = (await client.diagnostics(first, 1)).find((d) => d.code === 'result-total')!;
		const ask = () => Promise.all([
			client.request<Hover>('textDocument/hover', { textDocument: { uri: first }, position: { line: 343, character: 1 } }),
			client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: first }, range: target.range, context: { diagnostics: [target] } }),
			client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: first } }),
		]);
		const kept = await ask();
		// Forty more reports opened and checked: far more than the server keeps analyses for.
		for (let k = 1; k <= 40; k++) client.open(URI(`kept-${k}.txt`), corpusText(CORPUS.linkou));
		for (let k = 1; k <= 40; k++) await client.diagnostics(URI(`kept-${k}.txt`), 1);
		const recomputed = await ask();
		assert.deepEqual(recomputed, kept);
		assert.match((recomputed[0].contents as { value: string }).value, /（七）总计·自然人/);
		assert.equal(recomputed[1].find((a) => a.kind === 'quickfix')?.edit?.changes?.[first]?.[0].range.start.line, 343);
	});
});

describe('A client that cannot resolve code actions', () => {
	test('Should get fix-all with its edit only when it asks for the kind, never with every lightbulb', async () => {
		const client = await LspClient.start({ resolve: false });
		const uri = URI('003.txt');
		client.open(uri, corpusText(CORPUS.linkou));
		await client.diagnostics(uri, 1);
		const range = { start: { line: 70, character: 0 }, end: { line: 70, character: 0 } };
		const any = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
		assert.deepEqual(any, []);
		const asked = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
		assert.deepEqual(asked.map((a) => a.kind), ['source.fixAll.nianbao']);
		assert.equal(asked[0].edit!.changes![uri][0].range.start.line, 93);
		await client.stop();
	});
});

describe('The server in English', () => {
	test('Should speak the client\'s locale, and exit with status 0 after shutdown', async () => {
		const client = await LspClient.start({ locale: 'en' });
		client.open(URI('002.txt'), corpusText(CORPUS.taonan));
		const diagnostics = await client.diagnostics(URI('002.txt'), 1);
		assert.match(String(diagnostics[1].message), /3\(7\) Total, natural persons is 0, but the results add up to 1/);
		assert.equal(await client.stop(), 0);
	});
});
