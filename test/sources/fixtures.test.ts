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

describe('Generated fixtures (test/fixtures/sources/generate.sh): each reads cell-identical to its text', () => {
	for (const [name, text] of Object.entries(TEXTS)) {
		const expected = analyze(fs.readFileSync(path.join(CORPUS_DIR, text), 'utf8'));
		for (const kind of ['html', 'docx', 'pdf'] as const) {
			test(`Should read ${name}.${kind} (${kind === 'pdf' ? 'Chromium print' : kind === 'docx' ? 'LibreOffice' : 'the page'}) as ${text} reads`, async () => {
				const r = analyze((await convertSource(path.join(SOURCES, `${name}.${kind}`))).text);
				assert.deepEqual(r.sections.map((s) => s.number), expected.sections.map((s) => s.number));
				const tables: TableKey[] = kind === 'pdf' && name === '003' ? ['active', 'requests'] : ['active', 'requests', 'appeals'];
				for (const t of tables) assert.deepEqual(cells(r, t), cells(expected, t), t);
			});
		}
	}

	test('Should read the counts of 003\'s table 四 from the PDF, though its five blank cells print as nothing', async () => {
		// Without ruling lines a blank cell leaves no trace in a PDF's text: the ten counts are found, the blanks are not placed.
		const r = analyze((await convertSource(path.join(SOURCES, '003.pdf'))).text);
		assert.deepEqual(r.tables.appeals!.rows[0].cells.map((c) => c.value).filter((v) => v !== null), Array<number>(10).fill(0));
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
