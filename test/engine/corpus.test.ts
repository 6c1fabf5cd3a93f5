import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REQUEST_COLUMNS, requestRows } from '../../server/src/engine/format/tables';
import { analyze, cell, CORPUS, corpusText, lineOf, row, values } from '../support/fixtures';

const Z7 = [0, 0, 0, 0, 0, 0, 0];

describe('000 绥棱县林业和草原局: Word tab rows, table 三 truncated, heading of 四 lost', () => {
	const text = corpusText(CORPUS.suiling);
	const r = analyze(text);

	test('reads the metadata and the five surviving sections', () => {
		assert.equal(r.version, '2019');
		assert.equal(r.year, 2020);
		assert.equal(r.body?.value, '绥棱县林业和草原局');
		assert.equal(r.title?.value, '绥棱县林业和草原局 2020年政府信息公开工作年度报告');
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 5, 6]);
		assert.deepEqual(r.sections.map((s) => lineOf(text, s.heading.span.start)), [5, 19, 41, 65, 79]);
	});

	test('reads table 二 completely, with signs kept as written', () => {
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'licensing'), [10, 19, 1219]);
		assert.equal(cell(r, 'active', 'licensing', 'change').text, '+19');
		assert.deepEqual(values(r, 'active', 'otherServices'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'penalties'), [3, 1, 20]);
		assert.deepEqual(values(r, 'active', 'coercion'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'fees'), [0, 0]);
		assert.deepEqual(values(r, 'active', 'procurement'), [0, 0]);
		assert.equal(r.tables.active?.version, '2019');
		assert.deepEqual(r.tables.active?.missingRows, []);
		assert.equal(lineOf(text, cell(r, 'active', 'licensing', 'decisions').span.start), 27);
	});

	test('reads the surviving rows of table 三, the wrapped label of （四）2 included, and knows the rest is missing', () => {
		const t = r.tables.requests!;
		assert.equal(t.status, 'parsed');
		const read = requestRows('2019').slice(0, 14).map((d) => d.key);
		assert.deepEqual(t.rows.map((x) => x.key), read);
		for (const key of read) assert.deepEqual(values(r, 'requests', key), Z7, key);
		assert.equal(lineOf(text, row(r, 'requests', 'unavailable.needsCreation').label.span.start), 60);
		assert.deepEqual(t.missingRows, [
			'unavailable.stillUnclear', 'notProcessed.petition', 'notProcessed.repeated', 'notProcessed.publication',
			'notProcessed.excessive', 'notProcessed.confirmation', 'otherHandling', 'resultTotal', 'carriedForward',
		]);
	});

	test('finds the 15 orphaned figures of table 四 under their damaged header', () => {
		const t = r.tables.appeals!;
		assert.equal(t.status, 'parsed');
		assert.equal(t.rows[0].cells.length, 15);
		assert.ok(t.rows[0].cells.every((c) => c.value === 0));
		assert.equal(lineOf(text, t.rows[0].cells[0].span.start), 63);
		assert.equal(lineOf(text, t.span.start), 62);
	});
});

describe('001 偃师市林业局: the pre-2019 structure', () => {
	const text = corpusText(CORPUS.yanshi);
	const r = analyze(text);

	test('is recognised as the pre-2019 structure with no tables', () => {
		assert.equal(r.version, 'pre-2019');
		assert.deepEqual(r.tables, { active: null, requests: null, appeals: null });
	});

	test('lists its four headings as written', () => {
		assert.deepEqual(r.sections.map((s) => s.writtenNumber), [1, 2, 3, 4]);
		assert.ok(r.sections[0].heading.text.startsWith('一、机构设置和人员配备'));
		assert.equal(r.sections[1].heading.text, '二、政府信息公开情况');
		assert.ok(r.sections[2].heading.text.startsWith('三、政府网站建设'));
		assert.ok(r.sections[3].heading.text.includes('存在的主要问题及 2020 年工作打算'));
	});

	test('reads the year, the body from the two-line title, and the signing date', () => {
		assert.equal(r.year, 2019);
		assert.equal(r.body?.value, '偃师市林业局');
		assert.deepEqual(r.date?.value, { year: 2020, month: 1, day: 22 });
		assert.equal(lineOf(text, r.date!.span.start), 57);
	});
});

describe('002 洮南市林业和草原局: one cell per line, no title, a real arithmetic defect', () => {
	const text = corpusText(CORPUS.taonan);
	const r = analyze(text);

	test('reads the metadata from the prose and the signature', () => {
		assert.equal(r.version, '2021');
		assert.equal(r.year, 2023);
		assert.equal(r.title, null);
		assert.equal(r.body?.value, '洮南市林业和草原局');
		assert.equal(lineOf(text, r.body!.span.start), 414);
		assert.deepEqual(r.date?.value, { year: 2024, month: 1, day: 3 });
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
	});

	test('reads table 二 of the 2021 version', () => {
		assert.equal(r.tables.active?.version, '2021');
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'licensing'), [652]);
		assert.deepEqual(values(r, 'active', 'penalties'), [0]);
		assert.deepEqual(values(r, 'active', 'coercion'), [0]);
		assert.deepEqual(values(r, 'active', 'fees'), [0]);
		assert.equal(cell(r, 'active', 'fees', 'amount').unit, '万元');
	});

	test('reads every cell of table 三 at its line', () => {
		const t = r.tables.requests!;
		assert.equal(t.version, '2021');
		assert.deepEqual(t.rows.map((x) => x.key), requestRows('2021').map((d) => d.key));
		for (const d of requestRows('2021')) {
			const expected = d.key === 'newRequests' || d.key === 'denied.thirdParty' ? [1, 0, 0, 0, 0, 0, 1] : Z7;
			assert.deepEqual(values(r, 'requests', d.key), expected, d.key);
		}
		assert.equal(lineOf(text, cell(r, 'requests', 'newRequests', 'natural').span.start), 79);
		assert.equal(lineOf(text, cell(r, 'requests', 'newRequests', 'total').span.start), 85);
		assert.equal(lineOf(text, cell(r, 'requests', 'denied.thirdParty', 'natural').span.start), 169);
		assert.equal(lineOf(text, cell(r, 'requests', 'denied.thirdParty', 'total').span.start), 175);
		REQUEST_COLUMNS.forEach((c, k) => assert.equal(lineOf(text, cell(r, 'requests', 'resultTotal', c.key).span.start), 344 + k));
		assert.equal(lineOf(text, cell(r, 'requests', 'carriedForward', 'natural').span.start), 353);
	});

	test('reads table 四 below its three header rows', () => {
		const cells = r.tables.appeals!.rows[0].cells;
		assert.equal(cells.length, 15);
		assert.ok(cells.every((c) => c.value === 0));
		assert.equal(lineOf(text, cells[0].span.start), 390);
		assert.equal(lineOf(text, cells[14].span.start), 404);
		assert.equal(cells[4].column, 'review.total');
	});
});

describe('003 林口县: Markdown headings and tab tables', () => {
	const text = corpusText(CORPUS.linkou);
	const r = analyze(text);

	test('reads the metadata and all six sections under mixed Markdown heading levels', () => {
		assert.equal(r.version, '2019');
		assert.equal(r.year, 2020);
		assert.equal(r.body?.value, '林口县');
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.equal(r.sections[5].heading.text, '六、其他需要报告的事项');
		assert.deepEqual(r.sections[0].subheadings.map((h) => h.text), ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理情况', '（四）平台建设情况', '（五）监督保障情况']);
	});

	test('reads table 二 with its real numbers and the amount with its unit', () => {
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [6, 6, 48]);
		assert.deepEqual(values(r, 'active', 'licensing'), [246, 0, 22826]);
		assert.deepEqual(values(r, 'active', 'otherServices'), [684, 0, 77786]);
		assert.deepEqual(values(r, 'active', 'penalties'), [2375, 0, 4141]);
		assert.deepEqual(values(r, 'active', 'coercion'), [188, 0, 434]);
		assert.deepEqual(values(r, 'active', 'fees'), [23, 0]);
		const amount = cell(r, 'active', 'procurement', 'amount');
		assert.deepEqual([cell(r, 'active', 'procurement', 'projects').value, amount.value, amount.unit, amount.decimal], [271, 10807.1713, '万元', true]);
	});

	test('reads table 三 as all zeros, the wrapped row included', () => {
		const t = r.tables.requests!;
		assert.equal(t.version, '2019');
		assert.deepEqual(t.rows.map((x) => x.key), requestRows('2019').map((d) => d.key));
		for (const d of requestRows('2019')) assert.deepEqual(values(r, 'requests', d.key), Z7, d.key);
		assert.equal(lineOf(text, row(r, 'requests', 'notProcessed.publication').label.span.start), 81);
		assert.deepEqual(t.missingRows, []);
	});

	test('reads the five 行政复议 cells of table 四 as blank, in place', () => {
		const cells = r.tables.appeals!.rows[0].cells;
		assert.deepEqual(cells.slice(0, 5).map((c) => c.kind), ['blank', 'blank', 'blank', 'blank', 'blank']);
		assert.ok(cells.slice(0, 5).every((c) => lineOf(text, c.span.start) === 94 && c.span.start === c.span.end && !c.missing));
		assert.ok(cells.slice(5).every((c) => c.value === 0));
	});
});

describe('004 绥棱县工业信息科技局: a flattened PDF', () => {
	const text = corpusText(CORPUS.gongxin);
	const r = analyze(text);

	test('finds all six sections in the hard-wrapped text', () => {
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.equal(r.version, '2019');
		assert.equal(r.year, 2020);
		assert.equal(r.body?.value, '绥棱县工业信息科技局');
	});

	test('recovers the clean block 第（一）项 of table 二 and only that', () => {
		const t = r.tables.active!;
		assert.deepEqual(t.blocks.map((b) => [b.key, b.status]), [['item1', 'parsed'], ['item5', 'unparsed'], ['item6', 'unparsed'], ['item8', 'unparsed'], ['item9', 'unparsed']]);
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [0, 0, 0]);
		assert.deepEqual(t.rows.map((x) => x.key), ['regulations', 'normativeDocuments']);
	});

	test('says tables 三 and 四 are present but unparsed, with their ranges, and guesses nothing', () => {
		const requests = r.tables.requests!;
		const appeals = r.tables.appeals!;
		assert.equal(requests.status, 'unparsed');
		assert.equal(appeals.status, 'unparsed');
		assert.deepEqual(requests.rows, []);
		assert.deepEqual(appeals.rows, []);
		assert.ok(lineOf(text, requests.span.start) >= 141 && lineOf(text, requests.span.end) <= 531);
		assert.ok(lineOf(text, appeals.span.start) >= 531 && lineOf(text, appeals.span.end) <= 646);
	});
});

describe('Word-exported reports whose lines a crawler joined (tab and cell rows run together on one line)', () => {
	type Read = ReturnType<typeof analyze>;
	const rowsOf = (r: Read): Map<string, string[]> => {
		const out = new Map<string, string[]>();
		for (const t of [r.tables.active, r.tables.requests, r.tables.appeals]) for (const x of t?.rows ?? []) out.set(`${t!.key}:${x.key}`, x.cells.map((c) => c.text));
		return out;
	};
	for (const name of [CORPUS.suiling, CORPUS.taonan, CORPUS.linkou]) {
		for (const [how, join] of [['a space', ' '], ['nothing', '']] as const) {
			test(`Should read ${name.slice(0, 3)} with its lines joined by ${how} as on lines, never a row with other cells`, () => {
				const onLines = rowsOf(analyze(corpusText(name)));
				const oneLine = analyze(corpusText(name).replace(/\r?\n/g, join));
				const got = rowsOf(oneLine);
				for (const [key, cells] of got) assert.deepEqual(cells, onLines.get(key), key);
				assert.ok(!oneLine.diagnostics.some((d) => d.code === 'missing-table'));
			});
		}
	}

	test('Should read every row of 002 (one cell per line) and tables 二 and 三 of 003 (tab rows) joined by a space', () => {
		for (const [name, tables] of [[CORPUS.taonan, ['active', 'requests', 'appeals']], [CORPUS.linkou, ['active', 'requests']]] as const) {
			const onLines = analyze(corpusText(name));
			const oneLine = analyze(corpusText(name).replace(/\r?\n/g, ' '));
			for (const key of tables) assert.deepEqual(oneLine.tables[key]?.rows.map((x) => x.key), onLines.tables[key]?.rows.map((x) => x.key), key);
		}
	});

	test('Should read table 四 of 000 joined by a space under its header spaced out character by character (果 维 持), and end table 三 there', () => {
		const onLines = analyze(corpusText(CORPUS.suiling));
		const oneLine = analyze(corpusText(CORPUS.suiling).replace(/\r?\n/g, ' '));
		assert.deepEqual(oneLine.tables.appeals?.rows[0]?.cells.map((c) => c.text), onLines.tables.appeals?.rows[0]?.cells.map((c) => c.text));
		assert.equal(oneLine.tables.appeals?.rows[0]?.cells.length, 15);
		// Table 三 is cut short, not unreadable: the same rows missing, none left unplaced.
		assert.deepEqual(oneLine.tables.requests?.missingRows, onLines.tables.requests?.missingRows);
		assert.deepEqual(oneLine.tables.requests?.unplaced, []);
		assert.deepEqual(oneLine.diagnostics.map((d) => d.code).sort(), onLines.diagnostics.map((d) => d.code).sort());
	});

	test('Should keep 002\'s section 六 on one line as written (its text runs to the date on the same line)', () => {
		const r = analyze(corpusText(CORPUS.taonan).replace(/\r?\n/g, ' '));
		assert.ok(!r.diagnostics.some((d) => d.code === 'empty-section'));
	});
});
