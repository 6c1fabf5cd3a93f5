import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, LineIndex, type Cell, type Report, type Row } from '../../server/src/engine/index';

/** The repository root, whether tests run from sources or from `out/`. */
export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');
export const CORPUS_DIR = path.join(ROOT, 'test/fixtures/corpus');
export const EXAMPLES_DIR = path.join(ROOT, 'examples');

export const CORPUS = {
	suiling: '000_256c7a68cd8dcdde.txt',
	yanshi: '001_26372b56d3dce9cf.txt',
	taonan: '002_e239baf21c7f3eb8.txt',
	linkou: '003_7aca508e0e60934a.txt',
	gongxin: '004_4ba04a4f04c18fe3.txt',
} as const;

export function corpusText(name: string): string {
	return fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8');
}

export function allCorpus(): { name: string; text: string }[] {
	return Object.values(CORPUS).map((name) => ({ name, text: corpusText(name) }));
}

/** 1-based line number of an offset, as an editor shows it (and as corpus/README.md counts). */
export function lineOf(text: string, offset: number): number {
	return new LineIndex(text).positionAt(offset).line + 1;
}

export function row(report: Report, table: 'active' | 'requests' | 'appeals', key: string): Row {
	const t = report.tables[table];
	const r = t?.rows.find((x) => x.key === key);
	if (!r) throw new Error(`no row ${table}.${key}`);
	return r;
}

export function cell(report: Report, table: 'active' | 'requests' | 'appeals', key: string, column: string): Cell {
	const c = row(report, table, key).cells.find((x) => x.column === column);
	if (!c) throw new Error(`no cell ${table}.${key}.${column}`);
	return c;
}

/** Values of a row in column order (null for blank cells). */
export function values(report: Report, table: 'active' | 'requests' | 'appeals', key: string): (number | null)[] {
	return row(report, table, key).cells.map((c) => c.value);
}

/** Every `{ start, end }` span anywhere in a value. */
export function allSpans(value: unknown, out: { start: number; end: number }[] = []): { start: number; end: number }[] {
	if (value === null || typeof value !== 'object') return out;
	const o = value as Record<string, unknown>;
	if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2) out.push(o as { start: number; end: number });
	for (const v of Object.values(o)) allSpans(v, out);
	return out;
}

export { analyze };

/** The later real reports (corpus/README.md 005–010), read by the engine as text where they are text. */
export const LATER_CORPUS = {
	hongze: '005_hongze-2024.pdf',
	kewei: '006_kewei-2024.md',
	shanghai: '007_shanghai-office-2025.md',
	shuyang: '008_shuyang-2025.md',
	testCity: '009_test-city-2025.html',
	template: '010_template-2021.docx',
} as const;

/** Every text fixture of the corpus (000–004 and the Markdown and HTML of 006–009). */
export function allTextCorpus(): { name: string; text: string }[] {
	const later = [LATER_CORPUS.kewei, LATER_CORPUS.shanghai, LATER_CORPUS.shuyang, LATER_CORPUS.testCity];
	return [...allCorpus(), ...later.map((name) => ({ name, text: corpusText(name) }))];
}
