import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { analyze, type Report } from '../../server/src/engine/index';
import { locate } from '../../server/src/engine/sources/source';
import { convertSource, type ConvertedSource } from '../../server/src/node/sources/index';
import { CORPUS_DIR, values } from '../support/fixtures';

const Z7 = [0, 0, 0, 0, 0, 0, 0];

describe('005 淮安市洪泽区 2024: read from the PDF itself', () => {
	let source: ConvertedSource;
	let r: Report;
	before(async () => {
		source = await convertSource(path.join(CORPUS_DIR, '005_hongze-2024.pdf'));
		r = analyze(source.text);
	});

	test('Should find the title, body, year and the six sections on their pages', () => {
		assert.equal(r.year, 2024);
		assert.equal(r.body?.value, '淮安市洪泽区人民政府');
		assert.ok(r.title?.value.includes('2024年政府信息公开工作年度报告'));
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.deepEqual(r.sections.map((s) => locate(source.map!, s.heading.span.start)?.page), [1, 2, 3, 4, 4, 5]);
	});

	test('Should drop the page numbers - 1 - … - 5 -', () => {
		assert.doesNotMatch(source.text, /^\s*-\s*\d\s*-\s*$/m);
	});

	test('Should read table 二 across pages 2 and 3 cell by cell', () => {
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [3, 0, 8]);
		assert.deepEqual(values(r, 'active', 'licensing'), [9487]);
		assert.deepEqual(values(r, 'active', 'penalties'), [2776]);
		assert.deepEqual(values(r, 'active', 'coercion'), [84]);
		assert.deepEqual(values(r, 'active', 'fees'), [7545]);
		const licensing = r.tables.active!.rows.find((x) => x.key === 'licensing')!;
		assert.equal(locate(source.map!, licensing.cells[0].span.start)?.page, 2);
		const penalties = r.tables.active!.rows.find((x) => x.key === 'penalties')!;
		assert.equal(locate(source.map!, penalties.cells[0].span.start)?.page, 3);
	});

	test('Should read table 三 across pages 3 and 4 cell by cell: 95 new requests, 95 answered, the single 2019 （六） row', () => {
		const t = r.tables.requests!;
		assert.equal(t.status, 'parsed');
		assert.deepEqual(values(r, 'requests', 'newRequests'), [95, 0, 0, 0, 0, 0, 95]);
		assert.deepEqual(values(r, 'requests', 'carriedOver'), Z7);
		assert.deepEqual(values(r, 'requests', 'granted'), [50, 0, 0, 0, 0, 0, 50]);
		assert.deepEqual(values(r, 'requests', 'partlyGranted'), [9, 0, 0, 0, 0, 0, 9]);
		assert.deepEqual(values(r, 'requests', 'denied.stateSecret'), Z7);
		assert.deepEqual(values(r, 'requests', 'denied.security'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'denied.processInfo'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'denied.enforcementFiles'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'unavailable.notHeld'), [31, 0, 0, 0, 0, 0, 31]);
		assert.deepEqual(values(r, 'requests', 'unavailable.needsCreation'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'notProcessed.petition'), [1, 0, 0, 0, 0, 0, 1]);
		assert.deepEqual(values(r, 'requests', 'notProcessed.confirmation'), Z7);
		assert.deepEqual(values(r, 'requests', 'otherHandling'), Z7);
		assert.deepEqual(values(r, 'requests', 'resultTotal'), [95, 0, 0, 0, 0, 0, 95]);
		assert.deepEqual(values(r, 'requests', 'carriedForward'), Z7);
		for (const row of t.rows) assert.ok(row.cells.slice(1, 6).every((c) => c.value === 0), row.key);
		// （四）1. closes page 3; 2. opens page 4.
		const at = (key: string): number | undefined => locate(source.map!, t.rows.find((x) => x.key === key)!.cells[0].span.start)?.page;
		assert.equal(at('unavailable.notHeld'), 3);
		assert.equal(at('unavailable.needsCreation'), 4);
	});

	test('Should read every row of table 三 in the official order, each of its seven cells, from the ruled cells of pages 3 and 4', () => {
		// Only 自然人 has requests; the five 法人或其他组织 columns are 0 and 总计 repeats 自然人.
		const row = (n: number): number[] => [n, 0, 0, 0, 0, 0, n];
		const expected: [string, number][] = [
			['newRequests', 95], ['carriedOver', 0], ['granted', 50], ['partlyGranted', 9],
			['denied.stateSecret', 0], ['denied.otherLaws', 0], ['denied.security', 1], ['denied.thirdParty', 0],
			['denied.internalAffairs', 0], ['denied.processInfo', 1], ['denied.enforcementFiles', 1], ['denied.queryMatters', 0],
			['unavailable.notHeld', 31], ['unavailable.needsCreation', 1], ['unavailable.stillUnclear', 0],
			['notProcessed.petition', 1], ['notProcessed.repeated', 0], ['notProcessed.publication', 0], ['notProcessed.excessive', 0], ['notProcessed.confirmation', 0],
			['otherHandling', 0], ['resultTotal', 95], ['carriedForward', 0],
		];
		assert.deepEqual(r.tables.requests!.rows.map((x) => [x.key, x.cells.map((c) => c.value)]), expected.map(([key, n]) => [key, row(n)]));
	});

	test('Should read table 二\'s six rows in order, cell by cell', () => {
		assert.deepEqual(r.tables.active!.rows.map((x) => [x.key, x.cells.map((c) => c.value)]), [
			['regulations', [0, 0, 0]], ['normativeDocuments', [3, 0, 8]], ['licensing', [9487]], ['penalties', [2776]], ['coercion', [84]], ['fees', [7545]],
		]);
	});

	test('Should read the vertical label 三、本年度办理结果 whole, beside （一）予以公开', () => {
		assert.match(source.text, /^三、本年度办理结果\t（一）予以公开\t\t50\t/m);
	});

	test('Should read table 四 on page 4', () => {
		assert.deepEqual(r.tables.appeals!.rows[0].cells.map((c) => c.value), [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
	});

	test('Should find no arithmetic error: every row, result, balance and table 四 total holds', () => {
		const arithmetic = new Set(['row-total', 'result-total', 'balance', 'appeal-total']);
		assert.deepEqual(r.diagnostics.filter((d) => arithmetic.has(d.code)).map((d) => d.message.en), []);
	});

	test('Should not take 区政府办代表区政府受理…17 件 (a part of the body) for the report’s 95 requests', () => {
		assert.match(source.text.replace(/\s/g, ''), /区政府办代表区政府受理[^。]*17件/);
		assert.deepEqual(r.diagnostics.filter((d) => d.code === 'text-table-mismatch').map((d) => d.message.en), []);
	});
});

describe('010 the 2021 template: read from the .docx', () => {
	let source: ConvertedSource;
	let r: Report;
	before(async () => {
		source = await convertSource(path.join(CORPUS_DIR, '010_template-2021.docx'));
		r = analyze(source.text);
	});

	test('Should find the six standard headings and no body or year', () => {
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.equal(r.body, null);
		assert.equal(r.year, null);
	});

	test('Should find every row of the three 2021 tables, every count blank', () => {
		const { active, requests, appeals } = r.tables;
		assert.equal(active?.version, '2021');
		assert.equal(requests?.version, '2021');
		for (const t of [active!, requests!, appeals!]) {
			assert.equal(t.status, 'parsed');
			assert.deepEqual(t.missingRows, []);
			for (const row of t.rows) assert.ok(row.cells.every((c) => c.kind === 'blank' && !c.missing), `${t.key}.${row.key}`);
		}
		assert.equal(active!.rows.flatMap((x) => x.cells).length, 10);
		assert.equal(requests!.rows.flatMap((x) => x.cells).length, 175);
		assert.equal(appeals!.rows.flatMap((x) => x.cells).length, 15);
	});

	test('Should name the table, row and column of a cell', () => {
		const cell = r.tables.requests!.rows.find((x) => x.key === 'denied.stateSecret')!.cells[0];
		const at = locate(source.map!, cell.span.start);
		assert.equal(at?.table, 2);
		assert.equal(at?.paragraph, undefined);
	});

	test('Should find nothing to add up', () => {
		const arithmetic = new Set(['row-total', 'result-total', 'balance', 'appeal-total']);
		assert.deepEqual(r.diagnostics.filter((d) => arithmetic.has(d.code)), []);
	});
});
