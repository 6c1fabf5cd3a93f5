import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, cell, CORPUS, corpusText, LATER_CORPUS, lineOf, row, values } from '../support/fixtures';

const Z7 = [0, 0, 0, 0, 0, 0, 0];

/** Every row of table 三 with its values and the line of its first value, as read by hand from the file. */
function assertRequests(text: string, expected: Record<string, [number, (number | null)[]]>): void {
	const r = analyze(text);
	const t = r.tables.requests!;
	assert.equal(t.status, 'parsed');
	assert.deepEqual(t.rows.map((x) => x.key), Object.keys(expected));
	for (const [key, [line, vals]] of Object.entries(expected)) {
		assert.deepEqual(values(r, 'requests', key), vals, key);
		assert.equal(lineOf(text, row(r, 'requests', key).cells[0].span.start), line, key);
	}
	assert.deepEqual(t.missingRows, []);
	assert.deepEqual(t.unplaced, []);
}

describe('006 上海市科委: PDF → Markdown, pipe rows and bare rows whose labels sit apart', () => {
	const text = corpusText(LATER_CORPUS.kewei);

	test('Should read every row of table 三, bare rows by row order, the lone 1 in no row', () => {
		assertRequests(text, {
			newRequests: [102, [32, 2, 0, 0, 0, 0, 34]], carriedOver: [103, [2, 0, 0, 0, 0, 0, 2]], granted: [104, [9, 0, 0, 0, 0, 0, 9]],
			partlyGranted: [105, Z7], 'denied.stateSecret': [114, Z7], 'denied.otherLaws': [116, Z7], 'denied.security': [118, Z7],
			'denied.thirdParty': [120, Z7], 'denied.internalAffairs': [128, [1, 0, 0, 0, 0, 0, 1]], 'denied.processInfo': [130, [1, 0, 0, 0, 0, 0, 1]],
			'denied.enforcementFiles': [132, Z7], 'denied.queryMatters': [133, Z7], 'unavailable.notHeld': [134, [4, 0, 0, 0, 0, 0, 4]],
			'unavailable.needsCreation': [141, [6, 0, 0, 0, 0, 0, 6]], 'unavailable.stillUnclear': [143, Z7], 'notProcessed.petition': [145, Z7],
			'notProcessed.repeated': [147, Z7], 'notProcessed.publication': [148, Z7], 'notProcessed.excessive': [159, Z7],
			'notProcessed.confirmation': [161, Z7], 'otherHandling.noCorrection': [163, [8, 2, 0, 0, 0, 0, 10]], 'otherHandling.unpaidFee': [173, Z7],
			'otherHandling.other': [175, [4, 0, 0, 0, 0, 0, 4]], resultTotal: [177, [33, 2, 0, 0, 0, 0, 35]], carriedForward: [178, [1, 0, 0, 0, 0, 0, null]],
		});
	});

	test('Should keep the blank 总计 of 四 blank and not count the empty 9th cells', () => {
		const r = analyze(text);
		assert.equal(cell(r, 'requests', 'carriedForward', 'total').kind, 'blank');
		assert.deepEqual(row(r, 'requests', 'newRequests').extraCells, []);
		assert.ok(!r.diagnostics.some((d) => d.code === 'unparsed-table'));
	});

	test('Should read table 四 under its fragmented header', () => {
		const r = analyze(text);
		assert.deepEqual(r.tables.appeals?.rows[0].cells.map((c) => c.value), [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
		assert.equal(lineOf(text, r.tables.appeals!.rows[0].cells[0].span.start), 189);
	});
});

describe('007 上海市人民政府办公厅: PDF → Markdown with page markers', () => {
	const text = corpusText(LATER_CORPUS.shanghai);

	test('Should read every row of table 三, split labels and bare rows included', () => {
		assertRequests(text, {
			newRequests: [115, [1259, 36, 0, 0, 0, 0, 1295]], carriedOver: [117, [170, 15, 0, 0, 4, 0, 189]], granted: [118, [201, 5, 0, 0, 0, 0, 206]],
			partlyGranted: [122, [2, 0, 0, 0, 0, 0, 2]], 'denied.stateSecret': [124, [4, 0, 0, 0, 0, 0, 4]], 'denied.otherLaws': [126, Z7],
			'denied.security': [127, [1, 0, 0, 0, 0, 0, 1]], 'denied.thirdParty': [128, Z7], 'denied.internalAffairs': [129, [8, 0, 0, 0, 1, 0, 9]],
			'denied.processInfo': [130, [1, 0, 0, 0, 0, 0, 1]], 'denied.enforcementFiles': [131, Z7], 'denied.queryMatters': [132, [5, 0, 0, 0, 0, 0, 5]],
			'unavailable.notHeld': [133, [484, 28, 0, 0, 1, 0, 513]], 'unavailable.needsCreation': [136, [47, 1, 0, 0, 0, 0, 48]],
			'unavailable.stillUnclear': [146, [3, 0, 0, 0, 0, 0, 3]], 'notProcessed.petition': [148, [61, 1, 0, 0, 0, 0, 62]],
			'notProcessed.repeated': [150, [16, 0, 0, 0, 0, 0, 16]], 'notProcessed.publication': [152, [1, 0, 0, 0, 0, 0, 1]],
			'notProcessed.excessive': [153, [1, 0, 0, 0, 0, 0, 1]], 'notProcessed.confirmation': [154, Z7],
			'otherHandling.noCorrection': [156, [40, 1, 0, 0, 2, 0, 43]], 'otherHandling.unpaidFee': [164, Z7],
			'otherHandling.other': [166, [264, 12, 0, 0, 0, 0, 276]], resultTotal: [168, [1139, 48, 0, 0, 4, 0, 1191]],
			carriedForward: [169, [290, 3, 0, 0, 0, 0, 293]],
		});
	});

	test('Should check table 三 and find no arithmetic defect', () => {
		const codes = analyze(text).diagnostics.map((d) => d.code);
		for (const code of ['row-total', 'result-total', 'balance', 'appeal-total']) assert.ok(!codes.includes(code), code);
	});

	test('Should not guess the （一） block of table 二 and read the clean blocks', () => {
		const r = analyze(text);
		const t = r.tables.active!;
		assert.deepEqual(t.unplaced.map((u) => u.keys), [['regulations', 'normativeDocuments']]);
		assert.ok(!t.rows.some((x) => x.key === 'regulations' || x.key === 'normativeDocuments'));
		assert.deepEqual(['licensing', 'penalties', 'coercion', 'fees'].map((k) => values(r, 'active', k)), [[0], [0], [0], [0]]);
	});

	test('Should read table 四 under its note', () => {
		const r = analyze(text);
		assert.deepEqual(r.tables.appeals?.rows[0].cells.map((c) => c.value), [40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]);
	});
});

describe('008 沭阳县人民政府: one pipe table per row group, placeholder headers', () => {
	const text = corpusText(LATER_CORPUS.shuyang);

	test('Should read every row of table 三 and take no header row for （七）总计', () => {
		assertRequests(text, {
			newRequests: [99, [705, 3, 0, 0, 5, 0, 713]], carriedOver: [104, [36, 0, 0, 0, 0, 0, 36]], granted: [111, [290, 1, 0, 0, 3, 0, 294]],
			partlyGranted: [116, [99, 0, 0, 0, 2, 0, 101]], 'denied.stateSecret': [121, Z7], 'denied.otherLaws': [122, Z7],
			'denied.security': [123, [2, 0, 0, 0, 0, 0, 2]], 'denied.thirdParty': [124, [2, 0, 0, 0, 0, 0, 2]],
			'denied.internalAffairs': [125, [13, 0, 0, 0, 0, 0, 13]], 'denied.processInfo': [126, [2, 0, 0, 0, 0, 0, 2]],
			'denied.enforcementFiles': [127, [4, 0, 0, 0, 0, 0, 4]], 'denied.queryMatters': [128, [9, 0, 0, 0, 0, 0, 9]],
			'unavailable.notHeld': [133, [111, 0, 0, 0, 0, 0, 111]], 'unavailable.needsCreation': [134, [2, 0, 0, 0, 0, 0, 2]],
			'unavailable.stillUnclear': [135, Z7], 'notProcessed.petition': [140, [12, 0, 0, 0, 0, 0, 12]],
			'notProcessed.repeated': [141, [6, 1, 0, 0, 0, 0, 7]], 'notProcessed.publication': [142, Z7], 'notProcessed.excessive': [143, Z7],
			'notProcessed.confirmation': [144, Z7], 'otherHandling.noCorrection': [149, [9, 0, 0, 0, 0, 0, 9]],
			'otherHandling.unpaidFee': [153, [7, 0, 0, 0, 0, 0, 7]], 'otherHandling.other': [154, [142, 1, 0, 0, 0, 0, 143]],
			resultTotal: [155, [710, 3, 0, 0, 5, 0, 718]], carriedForward: [156, [31, 0, 0, 0, 0, 0, 31]],
		});
	});

	test('Should read table 二 from its clean pipe tables', () => {
		const r = analyze(text);
		assert.deepEqual(values(r, 'active', 'regulations'), [0, 0, 0]);
		assert.deepEqual(values(r, 'active', 'normativeDocuments'), [6, 1, 32]);
		assert.deepEqual(['licensing', 'penalties', 'coercion', 'fees'].map((k) => values(r, 'active', k)), [[517645], [693957], [2154], [4068.208]]);
	});

	test('Should read table 四 from its three small tables under their group names', () => {
		const r = analyze(text);
		assert.deepEqual(r.tables.appeals?.rows[0].cells.map((c) => c.value), [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
		assert.equal(lineOf(text, r.tables.appeals!.rows[0].cells[0].span.start), 163);
	});

	test('Should find no arithmetic defect in table 三', () => {
		const codes = analyze(text).diagnostics.map((d) => d.code);
		for (const code of ['row-total', 'result-total', 'balance']) assert.ok(!codes.includes(code), code);
	});
});

describe('Where table 二 ends: the next table\'s rows, also when its heading and first rows are lost', () => {
	type Read = ReturnType<typeof analyze>;
	const rowsOf = (r: Read): Map<string, string[]> => {
		const out = new Map<string, string[]>();
		for (const t of [r.tables.active, r.tables.requests]) for (const x of t?.rows ?? []) out.set(`${t!.key}:${x.key}`, x.cells.map((c) => c.text));
		return out;
	};

	test('Should read 007 from its line 78 on (table 二\'s first block, no heading) without table 三\'s rows in table 二', () => {
		const full = analyze(corpusText(LATER_CORPUS.shanghai));
		const excerpt = corpusText(LATER_CORPUS.shanghai).split('\n').slice(77).join('\n');
		const r = analyze(excerpt);
		const active = r.tables.active!;
		const requests = r.tables.requests!;
		assert.deepEqual(active.extraRows, []);
		assert.ok(active.span.end <= requests.span.start);
		assert.deepEqual(active.rows.map((x) => x.key), ['licensing', 'penalties', 'coercion', 'fees']);
		assert.deepEqual(active.unplaced.map((u) => u.keys), [['regulations', 'normativeDocuments']]);
		assert.deepEqual(requests.rows.map((x) => [x.key, x.cells.map((c) => c.text)]), full.tables.requests!.rows.map((x) => [x.key, x.cells.map((c) => c.text)]));
		assert.ok(!r.diagnostics.some((d) => d.code === 'unknown-row'));
	});

	for (const name of [CORPUS.suiling, CORPUS.linkou, LATER_CORPUS.kewei, LATER_CORPUS.shanghai, LATER_CORPUS.shuyang]) {
		test(`Should end table 二 of ${name.slice(0, 3)} at table 三's rows when the heading of 三 and up to 14 lines after it are cut`, () => {
			const text = corpusText(name);
			const full = analyze(text);
			const onLines = rowsOf(full);
			const lines = text.split('\n');
			const heading = full.sections.find((s) => s.number === 3)!.heading.span.start;
			const at = text.slice(0, heading).split('\n').length - 1;
			for (let cut = 1; cut <= 14; cut++) {
				const r = analyze([...lines.slice(0, at), ...lines.slice(at + cut)].join('\n'));
				assert.deepEqual(r.tables.active?.extraRows.map((x) => x.label.text), full.tables.active?.extraRows.map((x) => x.label.text), `cut ${cut}`);
				// Table 二 reads as on the whole report, and table 三's first row left is no row of table 二.
				for (const [key, cells] of rowsOf(r)) if (key.startsWith('active:')) assert.deepEqual(cells, onLines.get(key), `${key}, cut ${cut}`);
				assert.ok(!r.diagnostics.some((d) => d.code === 'unknown-row' && r.tables.active && d.span.start >= r.tables.active.span.start && d.span.end <= r.tables.active.span.end), `cut ${cut}`);
				// No piece of table 三's group labels becomes a sub-heading of the section before.
				assert.deepEqual(r.sections.flatMap((s) => s.subheadings.map((h) => h.text)).filter((h) => /^[（(][三四五六][)）].?$/.test(h)), [], `cut ${cut}`);
			}
		});
	}
});

describe('Markdown reports whose lines a crawler joined (006–008 on one line)', () => {
	type Read = ReturnType<typeof analyze>;
	const keys = ['active', 'requests', 'appeals'] as const;
	const rowsOf = (r: Read): Map<string, string[]> => {
		const out = new Map<string, string[]>();
		for (const k of keys) for (const x of r.tables[k]?.rows ?? []) out.set(`${k}:${x.key}`, x.cells.map((c) => c.text));
		return out;
	};
	const unplacedOf = (r: Read): string[] => keys.flatMap((k) => (r.tables[k]?.unplaced ?? []).flatMap((u) => u.keys.map((key) => `${k}:${key}`)));

	for (const name of [LATER_CORPUS.kewei, LATER_CORPUS.shanghai, LATER_CORPUS.shuyang]) {
		test(`Should read ${name.slice(0, 3)} with its lines joined by a space exactly as on lines: every row, every cell, the same rows not placed`, () => {
			const onLines = analyze(corpusText(name));
			const oneLine = analyze(corpusText(name).replace(/\r?\n/g, ' '));
			assert.deepEqual([...rowsOf(oneLine)], [...rowsOf(onLines)]);
			assert.deepEqual(unplacedOf(oneLine), unplacedOf(onLines));
			assert.ok(!oneLine.diagnostics.some((d) => d.code === 'missing-table'));
		});

		test(`Should read table 三 of ${name.slice(0, 3)} with its lines joined by nothing as on lines, and no row with other cells anywhere`, () => {
			const onLines = analyze(corpusText(name));
			const glued = analyze(corpusText(name).replace(/\r?\n/g, ''));
			const expected = rowsOf(onLines);
			for (const [key, cells] of rowsOf(glued)) assert.deepEqual(cells, expected.get(key), key);
			assert.deepEqual(glued.tables.requests?.rows.map((x) => x.key), onLines.tables.requests?.rows.map((x) => x.key));
			assert.deepEqual(glued.tables.requests?.unplaced, []);
		});
	}
});
