import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, exportReport, read } from '../../server/src/engine/index';
import { ROOT } from '../support/fixtures';

/** Real reports quoted from public pages (sources in test/fixtures/real/README.md). */
const real = (name: string): string => fs.readFileSync(path.join(ROOT, 'test/fixtures/real', name), 'utf8');
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
const structural = (codes: string[]): string[] => codes.filter((c) => /section|wording|legacy/.test(c));

/** Every table row the reader read a value in, as `table.row` → its values in column order (null where blank). */
function tablesOf(text: string): Record<string, (number | null)[]> {
	const out: Record<string, (number | null)[]> = {};
	for (const [table, rows] of Object.entries(exportReport('real.txt', text, read(text)).tables)) {
		if (!rows) continue;
		for (const [key, cells] of Object.entries(rows)) {
			const values = Object.values(cells).map((v) => (v === null || typeof v === 'number' ? v : v.value));
			if (values.some((v) => v !== null)) out[`${table}.${key}`] = values;
		}
	}
	return out;
}

/** The codes found, without those an excerpt's end explains (the sections, rows and tables after where it stops). */
const findings = (text: string): string[] => analyze(text).diagnostics.map((d) => d.code).filter((c) => !/^missing-(section|row|table)$/.test(c));

/** Table 二 of the 2019 format with every cell 0, as many reports fill it. */
const ACTIVE_2019_ZERO = {
	'active.regulations': [0, 0, 0],
	'active.normativeDocuments': [0, 0, 0],
	'active.licensing': [0, 0, 0],
	'active.otherServices': [0, 0, 0],
	'active.penalties': [0, 0, 0],
	'active.coercion': [0, 0, 0],
	'active.fees': [0, 0],
	'active.procurement': [0, 0],
};
/** Table 二 of the 2021 format with every cell 0. */
const ACTIVE_2021_ZERO = {
	'active.regulations': [0, 0, 0],
	'active.normativeDocuments': [0, 0, 0],
	'active.licensing': [0],
	'active.penalties': [0],
	'active.coercion': [0],
	'active.fees': [0],
};
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);
/** Rows of table 三 (keys after `requests.`) with all seven cells 0. */
const zeroRequests = (...rows: string[]): Record<string, number[]> => Object.fromEntries(rows.map((r) => [`requests.${r}`, zeros(7)]));

describe('Real reports from government pages', () => {
	test('Should read a township report on 2017 (tljq.gov.cn; old structure, fees in 五) as legacy, with its six headings as written', () => {
		for (const text of [real('tljq-2017-legacy.txt'), oneLine(real('tljq-2017-legacy.txt'))]) {
			const r = analyze(text);
			assert.equal(r.version, 'pre-2019');
			assert.equal(r.year, 2017);
			assert.deepEqual(r.sections.map((s) => s.writtenNumber), [1, 2, 3, 4, 5, 6]);
			assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、概述', '二、主动公开政府信息情况', '三、依申请公开、不予公开及咨询政府信息情况', '四、申请行政复议、提起行政诉讼和申诉的情况', '五、政府信息公开的收费及减免情况', '六、工作存在的主要问题及下步打算']);
			assert.deepEqual(structural(r.diagnostics.map((d) => d.code)), ['legacy-structure']);
		}
	});

	test('Should read 福州市晋安区 2016 (saved page): the title under the column headline, body, year, legacy', () => {
		for (const text of [real('fzja-2016-page.txt'), oneLine(real('fzja-2016-page.txt'))]) {
			const r = analyze(text);
			assert.equal(r.title?.value, '福州市晋安区2016年政府信息公开工作年度报告');
			assert.equal(r.body?.value, '福州市晋安区');
			assert.equal(r.year, 2016);
			assert.equal(r.version, 'pre-2019');
			assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、概述']);
			assert.deepEqual(structural(r.diagnostics.map((d) => d.code)), ['legacy-structure']);
		}
	});

	test('Should read 上海市 2022 (saved page, unified format) as modern: title, body, year, section 一', () => {
		const r = analyze(real('shanghai-2022-page.txt'));
		assert.equal(r.title?.value, '2022年上海市政府信息公开工作年度报告');
		assert.equal(r.body?.value, '上海市');
		assert.equal(r.year, 2022);
		assert.notEqual(r.version, 'pre-2019');
		assert.equal(r.sections[0]?.heading.text, '一、总体情况');
		assert.equal(r.sections[0]?.subheadings[0]?.text, '(一)主动公开方面');
	});

	test('Should read a 滨江区 bureau report on 2017 (Traditional characters, old headings numbered from 一、主動公開) as legacy', () => {
		const r = analyze(real('binjiang-2017-legacy-traditional.txt'));
		assert.equal(r.version, 'pre-2019');
		assert.equal(r.year, 2017);
		assert.deepEqual(r.sections.map((s) => s.writtenNumber), [1, 2, 3, 4, 5]);
		assert.equal(r.sections[2].heading.text, '三、政府信息公開的收費及減免情況');
		assert.deepEqual(structural(r.diagnostics.map((d) => d.code)), ['legacy-structure']);
	});
});

/**
 * Reports kept apart from the corpus, each read by hand cell by cell (sources in test/fixtures/real/README.md).
 * The stored pages are excerpts: the sections, rows and tables after where an excerpt stops are missing for that reason.
 */
describe('Real reports: every table cell a person reads', () => {
	test('Should read 龙岗 2024 (a web table flattened to one pipe row per line): tables 二 and 三 to where the excerpt stops', () => {
		const text = real('longgang-2024-pipe-rows.txt');
		assert.deepEqual(tablesOf(text), {
			'active.regulations': [0, 0, 0],
			'active.normativeDocuments': [5, 1, 25],
			'active.licensing': [0],
			'active.penalties': [0],
			'active.coercion': [0],
			'active.fees': [0],
			'requests.newRequests': [58, 7, 0, 0, 1, 0, 66],
			'requests.carriedOver': [2, 0, 0, 0, 0, 0, 2],
			'requests.granted': [2, 1, 0, 0, 0, 0, 3],
			'requests.partlyGranted': [16, 1, 0, 0, 0, 0, 17],
			...zeroRequests('denied.stateSecret', 'denied.otherLaws', 'denied.security', 'denied.thirdParty'),
			'requests.denied.internalAffairs': [1, 0, 0, 0, 0, 0, 1],
			'requests.denied.processInfo': zeros(7),
			// The excerpt ends after the sixth number of 7.属于行政执法案卷.
			'requests.denied.enforcementFiles': [0, 0, 0, 0, 0, 0, null],
		});
		assert.equal(analyze(text).year, 2024);
		assert.deepEqual(findings(text), ['missing-title', 'cell-count']);
	});

	test('Should read a 镇 report on 2023 whose extractor put each cell and each closing pipe on a line of its own', () => {
		const text = real('xjnlk-2023-pipe-lines.txt');
		assert.deepEqual(tablesOf(text), {
			'active.regulations': [0, 0, 6],
			'active.normativeDocuments': [0, 0, 0],
			'active.licensing': [0],
			'active.penalties': [0],
			'active.coercion': [0],
			'active.fees': [0],
			...zeroRequests('newRequests', 'carriedOver', 'granted', 'partlyGranted', 'denied.stateSecret', 'denied.otherLaws', 'denied.security', 'denied.thirdParty', 'denied.internalAffairs'),
		});
		// No title in the excerpt: the year is the one whose work the opening names (我镇2023年政府信息公开工作).
		assert.equal(analyze(text).year, 2023);
		// The excerpt stops inside the label 6.属于四类过程性信…, before its numbers: its cells are blank as written.
		assert.deepEqual(findings(text), ['missing-title', ...Array(7).fill('blank-cell')]);
	});

	test('Should read 南湖 2019 (each cell a line ending in a pipe, rows padded with empty cells): all of table 二, and leave table 三\'s short rows unplaced', () => {
		const text = real('yynanhu-2019-cell-pipe.txt');
		assert.deepEqual(tablesOf(text), ACTIVE_2019_ZERO);
		assert.equal(analyze(text).year, 2019);
		// 一、本年新收 has 3 and 3 for seven columns, padded at the end: which columns they fill the text does not say.
		const unplaced = findings(text).filter((c) => c === 'unparsed-table');
		assert.equal(unplaced.length, 4);
	});

	test('Should read 北京街道 2020 (pipe rows, 2019 format, an amount with decimals) and 西柳镇 2023 (pipe rows padded with empty cells)', () => {
		const beijing = real('beijingjie-2020-pipe-rows.txt');
		assert.deepEqual(tablesOf(beijing), {
			'active.regulations': [0, 0, 0],
			'active.normativeDocuments': [0, 0, 0],
			'active.licensing': [1, 0, 8],
			'active.otherServices': [0, 0, 0],
			'active.penalties': [1, 0, 93],
			'active.coercion': [1, 0, 0],
			'active.fees': [0, 0],
			'active.procurement': [13, 477.35],
		});
		assert.deepEqual(findings(beijing), ['missing-title']);
		const xiliu = real('xiliu-2023-pipe-rows.txt');
		assert.deepEqual(tablesOf(xiliu), {
			'active.regulations': [0, 0, 0],
			'active.normativeDocuments': [4, 0, 32],
			'active.licensing': [0],
			'active.penalties': [0],
			'active.coercion': [0],
			'active.fees': [0],
		});
		assert.equal(analyze(xiliu).year, 2023);
	});

	test('Should read 街道 reports on 2019 and 2020 written one cell per paragraph', () => {
		const lzq = real('lzq-2019-paragraphs.txt');
		assert.deepEqual(tablesOf(lzq), { ...ACTIVE_2019_ZERO, 'requests.newRequests': zeros(7), 'requests.carriedOver': zeros(7), 'requests.granted': zeros(7) });
		// The excerpt starts inside section 一 and stops at the label (二)部分公开(, before its numbers.
		assert.deepEqual(findings(lzq), ['missing-title', ...Array(7).fill('blank-cell')]);
	});

	test('Should read 驼峰路街道 2020, where an empty cell is one more line break between paragraphs: six empty cells, then 0 in 总计', () => {
		const text = real('tuofenglu-2020-paragraphs.txt');
		const blanks = [null, null, null, null, null, null];
		assert.deepEqual(tablesOf(text), { ...ACTIVE_2019_ZERO, 'requests.newRequests': [...blanks, 0], 'requests.carriedOver': [...blanks, 0] });
		const r = analyze(text);
		assert.equal(r.year, 2020);
		// Real defects: the title names no year, and twelve count cells are left empty (then the excerpt stops at (一)予以公开).
		assert.deepEqual(findings(text), ['missing-title', ...Array(12 + 7).fill('blank-cell')]);
	});

	test('Should read 太平镇 2022 (one cell per paragraph, 2021 format, the label (三) 不予公开 broken over two paragraphs)', () => {
		const text = real('taiping-2022-paragraphs.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '太平镇人民政府2022年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '太平镇人民政府');
		assert.equal(r.year, 2022);
		assert.deepEqual(tablesOf(text), {
			...ACTIVE_2021_ZERO,
			...zeroRequests('newRequests', 'carriedOver', 'granted', 'partlyGranted', 'denied.stateSecret', 'denied.otherLaws', 'denied.security'),
		});
		assert.deepEqual(findings(text), []);
	});

	test('Should read a 螅镇 report on 2022 that left both tables empty as blank tables in the 2019 format, not as unreadable ones', () => {
		const text = real('xizhen-2022-blank-template.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '2022年度螅镇政府信息公开工作年度报告');
		assert.equal(r.year, 2022);
		assert.deepEqual(tablesOf(text), {});
		// Real defects: a report on 2022 in the 2019 format, and nothing filled in.
		assert.deepEqual(findings(text), ['format-version', 'blank-table', 'blank-table']);
	});

	test('Should read 二道区房屋征收办 2022 (cells ending in ` |`, an empty cell a lone pipe): the numbers, and every empty cell as blank', () => {
		const text = real('erdao-zhengshou-2022-cell-pipe.txt');
		const blanks = [null, null, null, null, null];
		assert.deepEqual(tablesOf(text), {
			...ACTIVE_2021_ZERO,
			'requests.newRequests': [56, ...blanks, 56],
			'requests.carriedOver': [0, ...blanks, 0],
			'requests.granted': [18, ...blanks, null],
		});
		const r = analyze(text);
		assert.equal(r.year, 2022);
		// Real defects: 72 empty count cells, among them (一)予以公开's 总计, whose row gives 18.
		const total = r.diagnostics.find((d) => d.code === 'blank-cell' && /予以公开·总计/.test(d.message.zh));
		assert.match(total?.message.zh ?? '', /应为 18/);
		// The excerpt stops after four of 8.属于行政查询事项's cells: that row alone is not placed.
		assert.deepEqual(findings(text), ['missing-title', ...Array(72).fill('blank-cell'), 'unparsed-table']);
		assert.ok(!r.diagnostics.some((d) => /为 0/.test(d.message.zh) && d.code !== 'blank-cell'));
	});

	test('Should read 汉阳区政府办 2022 (each row opened by a lone pipe, a row\'s last cell sharing its line with the padding)', () => {
		const text = real('hanyang-2022-cell-pipe.txt');
		assert.deepEqual(tablesOf(text), {
			'active.regulations': [0, 0, null],
			'active.normativeDocuments': [5, 12, 8],
			'active.licensing': [0],
			'active.penalties': [0],
			'active.coercion': [0],
			'active.fees': [0],
			'requests.newRequests': [8, 0, 0, 0, 0, 0, 8],
			'requests.carriedOver': zeros(7),
		});
		assert.equal(analyze(text).year, 2022);
		// Real defect: 规章's 现行有效件数 is left empty.
		assert.deepEqual(findings(text), ['missing-title', 'blank-cell']);
	});

	test('Should read 岳阳市信访局 2021 (each cell a line ending in a pipe, `/` for nothing): the numbers, and each `/` as not a number', () => {
		const text = real('xfj-yueyang-2021-cell-pipe.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '岳阳市信访局2021年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '岳阳市信访局');
		assert.equal(r.year, 2021);
		assert.deepEqual(tablesOf(text), { 'active.normativeDocuments': [21, 0, 21] });
		// 规章 / / /, and / for 行政许可, 行政处罚, 行政强制 and 行政事业性收费: the format asks for 0.
		assert.deepEqual(findings(text), Array(7).fill('not-a-number'));
	});

	test('Should read table 四 of 文登区信访局 2022 from PDF text (the header split into fragments, fifteen numbers on one line)', () => {
		const text = real('wendeng-xinfang-2022-pdf.txt');
		assert.deepEqual(tablesOf(text), { 'appeals.review': zeros(5), 'appeals.suitDirect': zeros(5), 'appeals.suitAfterReview': zeros(5) });
		const r = analyze(text);
		assert.equal(r.body?.value, '威海市文登区信访局');
		assert.equal(r.year, 2022);
	});

	test('Should read 南源街道 2020 (a saved page, one cell per paragraph, a change written +19)', () => {
		const text = real('nanyuan-2020-paragraphs.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '广州市荔湾区人民政府南源街道办事处2020年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '广州市荔湾区人民政府南源街道办事处');
		assert.equal(r.year, 2020);
		const { 'active.procurement': _, ...before } = ACTIVE_2019_ZERO;
		assert.deepEqual(tablesOf(text), { ...before, 'active.licensing': [21, 19, 40] });
		assert.deepEqual(findings(text), []);
	});

	test('Should read 黄陂区 2020 (a province\'s template with notes in brackets after labels and headers, cells ending in ` |`)', () => {
		const text = real('huangpi-2020-cell-pipe-notes.txt');
		assert.deepEqual(tablesOf(text), {
			'active.regulations': [0, 0, 0],
			'active.normativeDocuments': [87, 0, 0],
			'active.licensing': [0, 0, 0],
			'active.otherServices': [0, 0, 0],
			'active.penalties': [0, 0, 0],
		});
		const r = analyze(text);
		assert.equal(r.year, 2020);
		// 其他主动公开文件 0 0 0 is a row the national format does not have; the excerpt stops at the label 行政强.
		const other = r.diagnostics.find((d) => d.code === 'unknown-row');
		assert.match(other?.message.zh ?? '', /其他主动公开文件/);
		assert.deepEqual(findings(text), ['missing-title', 'unknown-row', 'blank-cell', 'blank-cell', 'blank-cell']);
	});

	test('Should read table 三\'s last row from a 审计局 page of PDF text, and table 四 under a header printed one character a column across its lines', () => {
		const text = real('shenji-2020-pdf-vertical.txt');
		// 结 结 其 尚 / 果 果 他 未 / 维 纠 结 审 / 持 正 果 结: the columns in the format's order, read across; 总计 beside them.
		assert.deepEqual(tablesOf(text), { 'requests.carriedForward': zeros(7), 'appeals.review': zeros(5), 'appeals.suitDirect': zeros(5), 'appeals.suitAfterReview': zeros(5) });
		assert.equal(analyze(text).year, 2020);
		assert.deepEqual(findings(text), ['missing-title']);
	});
});

/** Table 二 of the 2019 format with every cell 0 up to 行政强制 (an excerpt that stops before 行政事业性收费). */
const { 'active.fees': _fees2019, 'active.procurement': _procurement2019, ...ACTIVE_2019_ZERO_TO_COERCION } = ACTIVE_2019_ZERO;
const count = (codes: string[], code: string): number => codes.filter((c) => c === code).length;

/** More reports, each read by hand first (sources in test/fixtures/real/README.md); measured before the fixes they led to. */
describe('Real reports: more shapes and places', () => {
	test('Should read 徐闻 2023 (pipe rows, a spaced `| |` for each empty cell, 商业/企业 split over two header rows): the 0s, every empty cell blank', () => {
		const text = real('xuwen-2023-pipe-blanks.txt');
		const blanks = [null, null, null, null, null, null];
		assert.deepEqual(tablesOf(text), {
			...ACTIVE_2021_ZERO,
			'active.normativeDocuments': [3, 0, 101],
			'requests.newRequests': [0, null, null, null, null, null, 0],
			...Object.fromEntries(['carriedOver', 'granted', 'partlyGranted', 'denied.stateSecret', 'denied.otherLaws', 'denied.security', 'denied.thirdParty', 'denied.internalAffairs'].map((k) => [`requests.${k}`, [...blanks, 0]])),
		});
		// Real defects: 53 count cells left empty. The excerpt stops inside the label 6.属于四, before its cells.
		assert.deepEqual(findings(text), ['missing-title', ...Array(53).fill('blank-cell'), 'cell-count']);
	});

	test('Should read a 局 report on 2023 written in the 2019 format (cells ending in ` |`, rows closed by a lone pipe) and say so', () => {
		const text = real('minzheng-2023-old-format-cell-pipe.txt');
		assert.deepEqual(tablesOf(text), {
			'active.regulations': [0, 0, 0],
			'active.normativeDocuments': [0, 0, 0],
			'active.licensing': [0, 0, 0],
			'active.otherServices': [0, 0, 0],
		});
		assert.equal(analyze(text).year, 2023);
		// Real defect: a report on 2023 in the 2019 tables; the excerpt stops in 第二十条第(六)项's header.
		assert.deepEqual(findings(text), ['missing-title', 'format-version']);
	});

	test('Should read a change written in words (行政许可 6 减4 2) as -4, not as a row label', () => {
		const text = real('owen-2019-format-labels-dropped.txt');
		assert.deepEqual(tablesOf(text), {
			...ACTIVE_2019_ZERO,
			'active.licensing': [6, -4, 2],
			'active.penalties': [2, 0, 2],
			'active.procurement': [6, 52.15],
			...zeroRequests('newRequests', 'carriedOver', 'granted', 'partlyGranted'),
		});
		assert.deepEqual(findings(text), ['missing-title']);
	});

	test('Should read 凤凰镇 2021 (Traditional characters with pinyin after some, 規(guī)章; rows padded with `||||`) and name rows holding one cell of seven', () => {
		const text = real('fenghuang-2021-traditional-pipe-padded.txt');
		assert.deepEqual(tablesOf(text), {
			...ACTIVE_2021_ZERO,
			// Each row of table 三 has its label and a single 0, then the pipes that pad it to the grid's width.
			'requests.newRequests': [0, null, null, null, null, null, null],
			'requests.carriedOver': [0, null, null, null, null, null, null],
			'requests.granted': [0, null, null, null, null, null, null],
		});
		const r = analyze(text);
		assert.equal(r.year, 2021);
		// Real defects: those three rows hold one cell where the format has seven.
		assert.deepEqual(findings(text), ['missing-title', 'cell-count', 'cell-count', 'cell-count']);
		assert.ok(!r.diagnostics.some((d) => d.code === 'unknown-row' || d.code === 'blank-cell'));
	});

	test('Should read 两城镇 2020 (pipe rows padded with `||||`, the header 本年新 | 本年新 cut short, 三、本年度办理结果 sharing a row with (一))', () => {
		const text = real('liangcheng-2020-pipe-rows.txt');
		assert.deepEqual(tablesOf(text), { ...ACTIVE_2019_ZERO, ...zeroRequests('newRequests', 'carriedOver') });
		assert.equal(analyze(text).year, 2020);
		// The excerpt stops after the label (一)予以公开, before its cells.
		assert.deepEqual(findings(text), ['missing-title', 'cell-count']);
	});

	test('Should read 河包镇 2020 and 中埠镇 2020 (saved pages: a breadcrumb, a `标题:` line, page controls; one cell per paragraph)', () => {
		const hebao = real('hebao-2020-page-paragraphs.txt');
		const h = analyze(hebao);
		assert.equal(h.title?.value, '河包镇2020年政府信息公开工作年度报告');
		assert.equal(h.body?.value, '河包镇');
		assert.equal(h.year, 2020);
		assert.deepEqual(tablesOf(hebao), (({ 'active.procurement': _, ...rest }) => rest)(ACTIVE_2019_ZERO));
		assert.deepEqual(findings(hebao), []);
		const zhongbu = real('zhongbu-2020-page-title-prefix.txt');
		const z = analyze(zhongbu);
		assert.equal(z.title?.value, '中埠镇人民政府2020年政府信息公开工作年度报告');
		assert.equal(z.body?.value, '中埠镇人民政府');
		assert.equal(z.year, 2020);
		assert.deepEqual(tablesOf(zhongbu), ACTIVE_2019_ZERO_TO_COERCION);
		assert.deepEqual(findings(zhongbu), []);
	});

	test('Should read 大五里镇 2020 (one cell per paragraph, cells with stray spaces ` 0`, `0 `, headers broken over lines)', () => {
		const text = real('dawuli-2020-paragraphs-spaced.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '大五里镇2020年政府信息公开工作年度报告');
		assert.equal(r.year, 2020);
		assert.deepEqual(tablesOf(text), { ...ACTIVE_2019_ZERO, ...zeroRequests('newRequests', 'carriedOver', 'granted', 'partlyGranted') });
		// The excerpt ends with `2`, the start of the label 2.其他法律…: after 1.属于国家秘密's seven 0s it makes eight
		// numbers for seven columns, and that row is left unplaced, by name, rather than guessed.
		const unplaced = r.diagnostics.find((d) => d.code === 'unparsed-table');
		assert.match(unplaced?.message.zh ?? '', /属于国家秘密/);
		assert.deepEqual(findings(text), ['unparsed-table']);
	});

	test('Should read a Markdown-like pipe table (`| 第二十条  第(一)项 | |||`) of 长春 2023 and find the prose\'s 2 requests against the table\'s 3', () => {
		const text = real('changchun-tuiyi-2023-md-pipes.txt');
		assert.deepEqual(tablesOf(text), {
			...ACTIVE_2021_ZERO,
			'requests.newRequests': [3, 0, 0, 0, 0, 0, 3],
			'requests.carriedOver': zeros(7),
		});
		// Real defect: 共受理政府信息公开申请2件 in section 一, 3 new requests in table 三.
		assert.deepEqual(findings(text), ['missing-title', 'text-table-mismatch']);
	});

	test('Should read 区统计局 2023 (each cell a line ending in ` |`, `/` for 规章, count cells left as lone pipes)', () => {
		const text = real('tongji-2023-cell-pipe-slashes.txt');
		const blanks = [null, null, null, null, null, null];
		const { 'active.regulations': _, ...active } = ACTIVE_2021_ZERO;
		assert.deepEqual(tablesOf(text), { ...active, 'requests.newRequests': [...blanks, 0], 'requests.carriedOver': [...blanks, 0] });
		assert.equal(analyze(text).year, 2023);
		const codes = findings(text);
		// Real defects: 规章 / / /, and the empty count cells (the excerpt stops in (二)部分公开's label).
		assert.equal(count(codes, 'not-a-number'), 3);
		assert.equal(count(codes, 'blank-cell'), 26);
		assert.deepEqual(codes.filter((c) => c !== 'blank-cell'), ['missing-title', 'not-a-number', 'not-a-number', 'not-a-number']);
	});

	test('Should read 保康县农业农村局 2021 (a title without body or year, 规章(县级无此项), 行政许可 with no cell)', () => {
		const text = real('baokang-nongye-2021-pipe-notes.txt');
		const { 'active.licensing': _, ...active } = ACTIVE_2021_ZERO;
		assert.deepEqual(tablesOf(text), { ...active, 'active.penalties': [5] });
		assert.equal(analyze(text).year, 2021);
		// Real defects: the title line names neither the body nor the year; 行政许可's cell is empty.
		assert.deepEqual(findings(text), ['missing-title', 'blank-cell']);
	});

	test('Should read 上海市政府办公厅 2019 (the page\'s HTML kept in a script string, quotes escaped `\\"`, &nbsp; in every empty cell): every number, and each blank 总计 with its value', () => {
		const text = real('shanghai-office-2019-js-string.html');
		const r = analyze(text);
		assert.equal(r.title?.value, '2019年上海市人民政府办公厅政府信息公开工作年度报告');
		assert.equal(r.body?.value, '上海市人民政府办公厅');
		assert.equal(r.year, 2019);
		const _ = null;
		assert.deepEqual(tablesOf(text), {
			'active.regulations': [13, 13, 524],
			'active.normativeDocuments': [60, 60, 368],
			'active.licensing': [0, 0, 0],
			'active.otherServices': [0, 0, 0],
			'active.penalties': [0, 0, 0],
			'active.coercion': [0, 0, 0],
			'active.fees': [0, 0],
			'active.procurement': [6, 251000],
			'requests.newRequests': [821, 35, _, _, 2, 1, 859],
			'requests.carriedOver': [18, _, _, _, _, _, 18],
			'requests.granted': [258, 12, _, _, 1, 1, _],
			'requests.partlyGranted': [3, _, _, _, _, _, _],
			'requests.denied.stateSecret': [14, _, _, _, _, _, _],
			'requests.denied.internalAffairs': [5, _, _, _, _, _, _],
			'requests.denied.processInfo': [3, 1, _, _, _, _, _],
			'requests.denied.queryMatters': [10, 2, _, _, _, _, _],
			'requests.unavailable.notHeld': [252, 12, _, _, 1, _, _],
			'requests.unavailable.needsCreation': [44, 3, _, _, _, _, _],
			'requests.unavailable.stillUnclear': [25, _, _, _, _, _, _],
			'requests.notProcessed.petition': [148, 1, _, _, _, _, _],
			'requests.notProcessed.repeated': [5, 4, _, _, _, _, _],
			'requests.resultTotal': [767, 35, _, _, 2, 1, 805],
			'requests.carriedForward': [72, _, _, _, _, _, 72],
			'appeals.review': [5, _, _, 2, 7],
			'appeals.suitDirect': [8, _, _, 1, 9],
		});
		// Real defects: 135 empty cells where the format asks for 0, among them the 总计 of (一)予以公开, whose row gives
		// 272; and 五's heading in a variant wording. Every relation holds once the blanks are taken as their values.
		const granted = r.diagnostics.find((d) => d.code === 'blank-cell' && /予以公开·总计/.test(d.message.zh));
		assert.match(granted?.message.zh ?? '', /应为 272/);
		assert.deepEqual(findings(text), [...Array(135).fill('blank-cell'), 'heading-wording']);
		assert.ok(!r.diagnostics.some((d) => d.code !== 'blank-cell' && /为 0/.test(d.message.zh)));
	});
});

/** Titles, years and sections of saved pages, and tables that lost their separators or their cells (round 11, second batch). */
describe('Real reports: pages, titles and tables that lost their cells', () => {
	test('Should read 川主乡 2019, whose page ran each row into one word (规章000, 行政事业性收费00): the label, then a 0 for each 0', () => {
		const text = real('chuanzhu-2019-glued-cells.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '2019年川主乡政府信息公开工作年度报告');
		assert.equal(r.body?.value, '川主乡');
		assert.equal(r.year, 2019);
		assert.deepEqual(tablesOf(text), (({ 'active.procurement': _, ...rest }) => rest)(ACTIVE_2019_ZERO));
		// Real defect: 一、概述, the heading of the old structure, over a report in the 2019 format.
		assert.deepEqual(findings(text), ['heading-wording']);
	});

	test('Should read the 2019 template a 乡 left empty, its empty cells dropped (规章 then one 0): no number placed on a guess', () => {
		const text = real('xiongxian-2019-template-cells-dropped.txt');
		assert.deepEqual(tablesOf(text), {});
		const r = analyze(text);
		assert.equal(r.year, 2019);
		assert.deepEqual(r.sections.slice(0, 4).map((s) => s.writtenNumber), [1, 2, 3, 4]);
		// The one 0 under 规章 could be any of its three cells; real defects: the tables are not filled in.
		const unplaced = r.diagnostics.find((d) => d.code === 'unparsed-table');
		assert.match(unplaced?.message.zh ?? '', /规章/);
		assert.deepEqual(findings(text), ['missing-title', 'unparsed-table', 'blank-table', 'blank-table']);
	});

	test('Should read 上湾乡 2019 (title …政府信息公开年度工作报告, the header 本年新制作数量 written twice, 政府集中采购 152790元)', () => {
		const text = real('shangwan-2019-page-paragraphs.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '上湾乡人民政府2019年度政府信息公开年度工作报告');
		assert.equal(r.body?.value, '上湾乡人民政府');
		assert.equal(r.year, 2019);
		assert.deepEqual(tablesOf(text), { ...ACTIVE_2019_ZERO, 'active.procurement': [6, 152790] });
		// Real defect: 一、2019年政府信息公开工作的总体情况 for 一、总体情况.
		assert.deepEqual(findings(text), ['heading-wording']);
	});

	test('Should read 长桥乡 2019 (索引号/发文机关/成文日期 above a title …年度工作报告 given twice, the second split as 年度工作 / 报 告; pipe rows padded with `||||`)', () => {
		const text = real('changqiao-2019-metadata-pipe-padded.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '长桥乡2019年政府信息公开年度工作报告');
		assert.equal(r.body?.value, '长桥乡');
		assert.equal(r.year, 2019);
		assert.deepEqual(tablesOf(text), ACTIVE_2019_ZERO);
		assert.deepEqual(findings(text), []);
	});

	test('Should read 中村乡 2020 (a page with 关怀版/无障碍 and a breadcrumb; header cells 本年新 / 制作数量 in two paragraphs; cells with leading spaces)', () => {
		const text = real('zhongcun-2020-page-split-headers.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '中村乡2020年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '中村乡');
		assert.equal(r.year, 2020);
		assert.deepEqual(tablesOf(text), { ...ACTIVE_2019_ZERO, 'active.normativeDocuments': [5, 5, 5], 'active.procurement': [1, 8040] });
		assert.deepEqual(findings(text), []);
	});

	test('Should read 永吉街道 2024, whose title is split after the body (2024年南关区永吉街道办事处 / 政府信息公开工作年度报告), and not take 成立于1986年 for the year', () => {
		const text = real('yongji-2024-title-two-lines.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '2024年南关区永吉街道办事处政府信息公开工作年度报告');
		assert.equal(r.title?.text, '2024年南关区永吉街道办事处\n政府信息公开工作年度报告');
		assert.equal(r.body?.value, '南关区永吉街道办事处');
		assert.equal(r.year, 2024);
		assert.notEqual(r.version, 'pre-2019');
		assert.deepEqual(findings(text), []);
	});

	test('Should read pages on 2024 and 2025 (a breadcrumb, 一、总体情况 at the end of the opening paragraph, a metadata table above the sections)', () => {
		const dongfeng = real('dongfenglu-2024-page-heading-midline.txt');
		const d = analyze(dongfeng);
		assert.equal(d.title?.value, '东风路街道2024年政府信息公开工作年度报告');
		assert.equal(d.year, 2024);
		assert.deepEqual(d.sections.map((s) => s.heading.text), ['一、总体情况']);
		assert.deepEqual(findings(dongfeng), []);
		const beijie = real('beijie-2025-metadata-table.txt');
		const b = analyze(beijie);
		assert.equal(b.title?.value, '北街街道2025年政府信息公开工作年度报告');
		assert.equal(b.body?.value, '北街街道');
		assert.equal(b.year, 2025);
		assert.deepEqual(b.sections.map((s) => s.heading.text), ['一、总体情况']);
		assert.deepEqual(findings(beijie), []);
	});

	test('Should find the tables a 街道 page on 2024 lost: section 二 holds none, 三 is gone, and 四 follows at once', () => {
		const text = real('yunwu-2024-tables-lost.txt');
		const r = analyze(text);
		assert.equal(r.title?.value, '云冈区云武街道2024年政府信息公开工作年度报告');
		assert.equal(r.year, 2024);
		assert.deepEqual(r.sections.map((s) => s.writtenNumber), [1, 2, 4]);
		const codes = r.diagnostics.map((d) => d.code);
		// Real defects: no table under 二, no section 三 (the excerpt stops inside 四, so 五 and 六 say nothing).
		assert.equal(count(codes, 'missing-table'), 2);
		assert.ok(r.diagnostics.some((d) => d.code === 'missing-section' && /三、收到和处理政府信息公开申请情况/.test(d.message.zh)));
		assert.deepEqual(tablesOf(text), {});
	});
});
