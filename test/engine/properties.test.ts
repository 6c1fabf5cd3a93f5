import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { reportSkeleton } from '../../server/src/engine/format/skeleton';
import type { Report, Row, Table } from '../../server/src/engine/index';
import { allCorpus, allSpans, analyze } from '../support/fixtures';

const corpus = allCorpus();

/** Pieces real reports are made of, so random text reaches deep into the readers. */
const FRAGMENTS = [
	'\t', '\n', '\r\n', '\r', ' ', '　', '|', '| --- |', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '&nbsp;', '#', '**',
	'一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
	'第二十条第（一）项', '第二十条第（五）项', '第二十条第（九）项', '信息内容', '本年新制作数量', '本年制发件数', '规章', '规范性文件', '行政许可', '政府集中采购',
	'一、本年新收政府信息公开申请数量', '（七）总计', '（六）其他处理', '3.其他', '2.重复申请', '四、结转下年度继续办理', '自然人', '商业企业', '总计', '结果维持', '行政复议', '行政诉讼',
	'0', '1', '+19', '-10', '1,219', '10807.1713 万元', '-', '/', '无', '2020年', '2021年1月20日', '政府信息公开工作年度报告', '𠀀', '\ufeff', '[bookmark: _GoBack]',
];

const reportish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 300 }).map((parts) => parts.join(''));

function checkInvariants(text: string, report: Report): void {
	for (const s of allSpans(report)) {
		assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
		assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside 0-${text.length}`);
	}
}

/** A random edit of a text: insert, delete or replace a piece at a random place. */
const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })));

describe('Properties of analyze', () => {
	test('Should never throw and keep every span inside the document, on any string', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkInvariants(text, analyze(text))), { numRuns: 300 });
	});

	test('Should never throw and keep every span inside the document, on report-like text', () => {
		fc.assert(fc.property(reportish, (text) => checkInvariants(text, analyze(text))), { numRuns: 400 });
	});

	test('Should never throw on random edits of the corpus files', () => {
		fc.assert(
			fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
				let text = corpus[which].text;
				for (const [at, del, insert] of edits) {
					const p = at % (text.length + 1);
					text = text.slice(0, p) + insert + text.slice(p + del);
				}
				checkInvariants(text, analyze(text));
			}),
			{ numRuns: 200 },
		);
	});

	test('Should be deterministic', () => {
		for (const { text } of corpus) assert.deepEqual(analyze(text), analyze(text));
		fc.assert(fc.property(reportish, (text) => assert.deepEqual(analyze(text), analyze(text))), { numRuns: 50 });
	});

	test('Should shift every cell by two UTF-16 code units per character outside the BMP written before it', () => {
		fc.assert(
			fc.property(fc.nat({ max: corpus.length - 1 }), fc.integer({ min: 1, max: 5 }), (which, n) => {
				const text = corpus[which].text;
				const prefix = `${'𠀀'.repeat(n)}\n`;
				const a = analyze(text);
				const b = analyze(prefix + text);
				const cells = (r: Report) => Object.values(r.tables).flatMap((t: Table | null) => (t ? t.rows.flatMap((x: Row) => x.cells.map((c) => c.span)) : []));
				assert.deepEqual(cells(b), cells(a).map((s) => ({ start: s.start + prefix.length, end: s.end + prefix.length })));
				assert.equal(prefix.length, 2 * n + 1);
				assert.deepEqual(b.sections.map((s) => s.heading.span.start), a.sections.map((s) => s.heading.span.start + prefix.length));
			}),
			{ numRuns: 30 },
		);
	});

	test('Should read every skeleton back complete and blank', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('2019' as const, '2021' as const), fc.constantFrom('tsv' as const, 'markdown' as const),
				fc.constantFrom('\n', '\r\n'), fc.integer({ min: 2019, max: 2030 }),
				(version, style, eol, year) => {
					const r = analyze(reportSkeleton({ version, style, eol, year, body: '某某县人民政府办公室' }));
					assert.equal(r.version, version);
					assert.equal(r.year, year);
					assert.equal(r.body?.value, '某某县人民政府办公室');
					assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
					for (const t of Object.values(r.tables)) {
						assert.ok(t, 'every table present');
						assert.equal(t.status, 'parsed');
						assert.deepEqual(t.missingRows, []);
						assert.deepEqual(t.extraRows, []);
						for (const row of t.rows) for (const c of row.cells) assert.ok(c.kind === 'blank' && !c.missing, `${row.key}.${c.column} blank`);
					}
					assert.deepEqual(r.tables.active?.missingBlocks, []);
					assert.equal(r.tables.requests?.rows.length, version === '2019' ? 23 : 25);
					assert.equal(r.tables.appeals?.rows[0].cells.length, 15);
				},
			),
			{ numRuns: 24 },
		);
	});
});
