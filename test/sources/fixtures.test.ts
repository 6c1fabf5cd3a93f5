import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, type Report } from '../../server/src/engine/index';
import { locate } from '../../server/src/engine/sources/source';
import { convertSource } from '../../server/src/node/sources/index';
import { CORPUS_DIR, ROOT } from '../support/fixtures';

const SOURCES = path.join(ROOT, 'test/fixtures/sources');
type TableKey = 'active' | 'requests' | 'appeals';

/** What a reader finds in a report's tables, cell by cell: row keys and values (blank cells as null). */
function cells(r: Report, table: TableKey): unknown {
	const t = r.tables[table];
	return t && { status: t.status, version: t.version, missing: t.missingRows, rows: t.rows.map((x) => [x.key, x.cells.map((c) => c.value)]) };
}

const TEXTS = {
	'000': '000_256c7a68cd8dcdde.txt',
	'003': '003_7aca508e0e60934a.txt',
} as const;

const EXAMPLES = {
	vertical: '2022年某某市统计局政府信息公开工作年度报告.txt',
	break: '2021年某某区教育局政府信息公开工作年度报告.txt',
} as const;

describe('Generated fixtures (test/fixtures/sources/generate.sh): each reads cell-identical to its text', () => {
	for (const [name, text] of Object.entries(EXAMPLES)) {
		test(`Should read ${name}.pdf (Chromium print) cell by cell as examples/${text} reads`, async () => {
			const expected = analyze(fs.readFileSync(path.join(ROOT, 'examples', text), 'utf8'));
			const r = analyze((await convertSource(path.join(SOURCES, `${name}.pdf`))).text);
			assert.deepEqual(r.sections.map((s) => s.number), expected.sections.map((s) => s.number));
			for (const t of ['active', 'requests', 'appeals'] as const) assert.deepEqual(cells(r, t), cells(expected, t), t);
			assert.equal(r.tables.requests!.status, 'parsed');
			assert.deepEqual(r.tables.requests!.missingRows, []);
		});
	}

	test('Should read vertical.pdf\'s label 三、本年度办理结果, one character per line and cut by the page break, whole beside （一）予以公开', async () => {
		const source = await convertSource(path.join(SOURCES, 'vertical.pdf'));
		assert.match(source.text, /^三、本年度办理结果\t（一）予以公开\t\t4\t0\t0\t0\t0\t0\t4$/m);
		assert.doesNotMatch(source.text, /^(?:理|结果|理结果)\t/m);
		const t = analyze(source.text).tables.requests!;
		const page = (key: string): number | undefined => locate(source.map!, t.rows.find((x) => x.key === key)!.cells[0].span.start)?.page;
		assert.equal(page('granted'), 2);
		assert.equal(page('denied.stateSecret'), 3);
	});

	for (const [name, text] of Object.entries(TEXTS)) {
		const expected = analyze(fs.readFileSync(path.join(CORPUS_DIR, text), 'utf8'));
		for (const kind of ['html', 'docx', 'pdf'] as const) {
			test(`Should read ${name}.${kind} (${kind === 'pdf' ? 'Chromium print' : kind === 'docx' ? 'LibreOffice' : 'the page'}) as ${text} reads`, async () => {
				const r = analyze((await convertSource(path.join(SOURCES, `${name}.${kind}`))).text);
				assert.deepEqual(r.sections.map((s) => s.number), expected.sections.map((s) => s.number));
				for (const t of ['active', 'requests', 'appeals'] as const) assert.deepEqual(cells(r, t), cells(expected, t), t);
			});
		}
	}

	test('Should keep the five blank cells of 003\'s table 四 in the PDF blank, by its ruled cells, so the ten counts keep their columns', async () => {
		const source = await convertSource(path.join(SOURCES, '003.pdf'));
		assert.match(source.text, /^\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0$/m);
		const r = analyze(source.text);
		assert.deepEqual(r.tables.appeals!.rows[0].cells.map((c) => c.value), [null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
	});

	test('Should carry table 三 across the page break of break.pdf, one table throughout', async () => {
		const source = await convertSource(path.join(SOURCES, 'break.pdf'));
		const r = analyze(source.text);
		const t = r.tables.requests!;
		assert.equal(t.status, 'parsed');
		assert.deepEqual(t.missingRows, []);
		const places = t.rows.map((x) => locate(source.map!, x.cells[0].span.start)!);
		assert.ok(new Set(places.map((p) => p.page)).size >= 2, 'the table spans two pages');
		assert.equal(new Set(places.map((p) => p.table)).size, 1);
	});
});
