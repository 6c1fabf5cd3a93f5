import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { Analysis } from '../../server/src/engine/index';
import { WorkspaceReports } from '../../server/src/node/workspace';
import { makeReport } from '../support/reports';

const BODY = '某某县某某局';
const carried = (n: number) => makeReport({ year: 2022, body: BODY, rows: { newRequests: [n, 0, 0, 0, 0, 0, n], carriedForward: [n, 0, 0, 0, 0, 0, n] } });
const THIS = makeReport({ year: 2023, body: BODY, rows: { carriedOver: [2, 0, 0, 0, 0, 0, 2], granted: [2, 0, 0, 0, 0, 0, 2], resultTotal: [2, 0, 0, 0, 0, 0, 2] } });

function workspace(files: Record<string, string>, maxFiles = 2000) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-workspace-'));
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		fs.writeFileSync(path.join(dir, name), text);
	}
	const told: string[][] = [];
	const index = new WorkspaceReports([dir], (uris) => told.push([...uris]), { maxFiles, maxBytes: 1024 * 1024, maxDepth: 4 });
	const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
	return { dir, index, told, uri };
}

const carriedForward = (text: string) => new Analysis(text).model.tables.requests?.rows.find((r) => r.key === 'carriedForward')?.cells[0].value;

describe('The workspace index of reports', () => {
	test('Should find last year’s report on disk once the folders are scanned, and name the open documents to check again', async () => {
		const { index, told, uri } = workspace({ '2022/报告.txt': carried(2), 'notes.md': '# 笔记\n' });
		const me = uri('2023/报告.txt');
		assert.equal(index.lastYearFor(me, 1, new Analysis(THIS)).companion, null, 'nothing is known before the scan');
		await index.start();
		assert.deepEqual(told, [[me]]);
		const found = index.lastYearFor(me, 1, new Analysis(THIS));
		assert.equal(found.companion?.uri, uri('2022/报告.txt'));
		assert.equal(carriedForward(found.companion?.text ?? ''), 2);
		assert.equal(index.keyFor(me, new Analysis(THIS).model), found.key);
	});

	test('Should prefer an open document to its file, and go back to the file when it is closed', async () => {
		const { index, told, uri } = workspace({ '2022.txt': carried(2) });
		await index.start();
		const me = uri('2023.txt');
		const before = index.lastYearFor(me, 1, new Analysis(THIS));
		const lastUri = uri('2022.txt');
		index.lastYearFor(lastUri, 1, new Analysis(carried(3)));
		assert.deepEqual(told.at(-1), [me], 'the next year’s open report is named when last year’s changes');
		const open = index.lastYearFor(me, 1, new Analysis(THIS));
		assert.notEqual(open.key, before.key);
		assert.equal(carriedForward(open.companion?.text ?? ''), 3);
		index.close(lastUri);
		assert.equal(carriedForward(index.lastYearFor(me, 1, new Analysis(THIS)).companion?.text ?? ''), 2);
	});

	test('Should follow files changed, created and deleted on disk', async () => {
		const { dir, index, uri } = workspace({ 'a.txt': '无关的笔记\n' });
		await index.start();
		const me = uri('2023.txt');
		assert.equal(index.lastYearFor(me, 1, new Analysis(THIS)).companion, null);
		fs.writeFileSync(path.join(dir, '2022.txt'), carried(4));
		index.fileChanged(uri('2022.txt'));
		assert.equal(carriedForward(index.lastYearFor(me, 1, new Analysis(THIS)).companion?.text ?? ''), 4);
		fs.writeFileSync(path.join(dir, '2022.txt'), carried(5));
		index.fileChanged(uri('2022.txt'));
		assert.equal(carriedForward(index.lastYearFor(me, 1, new Analysis(THIS)).companion?.text ?? ''), 5);
		fs.rmSync(path.join(dir, '2022.txt'));
		index.fileChanged(uri('2022.txt'), true);
		assert.equal(index.lastYearFor(me, 1, new Analysis(THIS)).companion, null);
	});

	test('Should stay within its bounds and stay silent on two different candidates', async () => {
		const bounded = workspace({ 'a/2022.txt': carried(2), 'b/2022.txt': carried(2) }, 1);
		await bounded.index.start();
		assert.equal(bounded.index.lastYearFor(bounded.uri('2023.txt'), 1, new Analysis(THIS)).companion?.uri, bounded.uri('a/2022.txt'));
		const twoSame = workspace({ 'a/2022.txt': carried(2), 'b/2022.txt': carried(2) });
		await twoSame.index.start();
		assert.ok(twoSame.index.lastYearFor(twoSame.uri('2023.txt'), 1, new Analysis(THIS)).companion, 'two copies of one report are no ambiguity');
		const twoDifferent = workspace({ 'a/2022.txt': carried(2), 'b/2022.txt': carried(3) });
		await twoDifferent.index.start();
		assert.equal(twoDifferent.index.lastYearFor(twoDifferent.uri('2023.txt'), 1, new Analysis(THIS)).companion, null);
	});

	test('Should take an open report and its copy on disk as one candidate, and name no one when a new version keeps the text', async () => {
		const { index, told, uri } = workspace({ 'a/2022.txt': carried(2) });
		await index.start();
		const me = uri('2023.txt');
		const copy = uri('b/2022.txt');
		index.lastYearFor(me, 1, new Analysis(THIS));
		index.lastYearFor(copy, 1, new Analysis(carried(2)));
		assert.equal(carriedForward(index.lastYearFor(me, 1, new Analysis(THIS)).companion?.text ?? ''), 2, 'the same text twice is no ambiguity');
		const named = told.length;
		index.lastYearFor(copy, 2, new Analysis(carried(2)));
		assert.equal(told.length, named, 'a version with the same text changes nothing');
		index.lastYearFor(copy, 3, new Analysis(carried(3)));
		assert.deepEqual(told.at(-1), [me]);
		assert.equal(index.lastYearFor(me, 1, new Analysis(THIS)).companion, null, 'two different texts are an ambiguity');
	});
});
