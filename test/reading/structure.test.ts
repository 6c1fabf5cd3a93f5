import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, read } from '../../server/src/engine/index';
import { allTextCorpus, corpusText, CORPUS, LATER_CORPUS } from '../support/fixtures';

const codes = (text: string): string[] => analyze(text).diagnostics.map((d) => d.code);

describe('Sections inside a line', () => {
	const crawler = '标题:某某县林业局2023年政府信息公开工作年度报告 发布时间:2024-01-20 来源:某某县林业局 本报告中所列数据的统计期限截至2023年12月31日。 '
		+ '一、总体情况 2023年，本局认真贯彻《条例》，主动公开信息120条。 二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 '
		+ '三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果 （一）予以公开 1 0 0 0 0 0 1 '
		+ '四、政府信息公开行政复议、行政诉讼情况 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 五、存在的主要问题及改进情况 一是公开深度不够。 六、其他需要报告的事项 无。 某某县林业局 2024年1月20日';

	test('Should find the six sections of a crawler text written on one line, and no table row among them', () => {
		const r = read(crawler);
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.deepEqual(r.sections.map((s) => s.heading.text), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
		// A section's region starts at its heading, inside the line, so tables are looked for in the right place.
		for (const s of r.sections) assert.equal(s.span.start, s.heading.span.start);
		assert.ok(r.sections[2].span.start < crawler.indexOf('一、本年新收') && crawler.indexOf('三、本年度办理结果') < r.sections[2].span.end);
		assert.ok(!codes(crawler).includes('missing-section'));
	});

	test('Should read the title without the crawler label, the body, the statistics-period year and the date at the end of the line', () => {
		const r = read(crawler);
		assert.equal(r.title?.value, '某某县林业局2023年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '某某县林业局');
		assert.equal(r.year, 2023);
		assert.deepEqual(r.date?.value, { year: 2024, month: 1, day: 20 });
		assert.equal(crawler.slice(r.title!.span.start, r.title!.span.end), r.title!.value);
	});

	test('Should find the sections of corpus 003 with every line break replaced by a space', () => {
		const oneLine = corpusText(CORPUS.linkou).replace(/\r?\n/g, ' ');
		const r = read(oneLine);
		assert.deepEqual(r.sections.map((s) => s.number), [1, 2, 3, 4, 5, 6]);
		assert.equal(r.title?.value, '林口县 2020 年政府信息公开工作年度报告');
		assert.equal(r.year, 2020);
	});

	test('Should not take a heading named in prose for a heading', () => {
		const text = ['某某局2023年政府信息公开工作年度报告', '一、总体情况', '具体数据详见二、主动公开政府信息情况和三、收到和处理政府信息公开申请情况。'].join('\n');
		assert.deepEqual(read(text).sections.map((s) => s.number), [1]);
	});
});

describe('Titles and years', () => {
	test('Should skip a breadcrumb and a page headline above a two-line title', () => {
		const text = ['您当前所在位置：首页 > 政务公开 > 某某市2023年政府信息公开工作年度报告', '政府信息公开年报', '某某市交通运输局', '2023年政府信息公开工作年度报告', '一、总体情况', '本局……'].join('\n');
		const r = read(text);
		assert.equal(r.title?.value, '某某市交通运输局2023年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '某某市交通运输局');
		assert.equal(r.year, 2023);
	});

	test('Should keep a crawler `标题:` label out of the title and the body', () => {
		const r = read(['标题：某某区民政局2022年政府信息公开工作年度报告', '一、总体情况', '本局……'].join('\n'));
		assert.equal(r.title?.value, '某某区民政局2022年政府信息公开工作年度报告');
		assert.equal(r.body?.value, '某某区民政局');
	});

	for (const [sentence, year] of [
		['本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。', 2021],
		['本年度报告中所列数据统计期限截至2022年12月31日。', 2022],
		['报告所列数据的统计时限自2012年1月1日至2012年12月31日。', 2012],
		['本报告统计期间为2024年1月1日至12月31日。', 2024],
	] as const) {
		test(`Should take the year ${year} from the statistics period: ${sentence}`, () => {
			const r = read(['政府信息公开工作年度报告', sentence, '一、总体情况', '2019年以来，本机关……'].join('\n'));
			assert.equal(r.year, year);
		});
	}
});

describe('Legacy structure (reports on 2008–2018)', () => {
	const report2012 = [
		'某某市2012年政府信息公开工作年度报告',
		'本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。',
		'一、概述', '2012年，本市政府信息公开工作有序推进。',
		'二、主动公开政府信息情况', '全年主动公开政府信息3512条。',
		'三、依申请公开政府信息情况', '全年受理申请25件，均已答复。',
		'四、政府信息公开的收费及减免情况', '未收取任何费用。',
		'五、因政府信息公开申请行政复议、提起行政诉讼的情况', '未发生。',
		'六、政府信息公开工作存在的主要问题及改进情况', '公开的主动性有待加强。',
		'七、其他需要报告的事项', '无。',
	].join('\n');
	const report2017 = [
		'某某区教育局2017年政府信息公开工作年度报告',
		'一、总体情况', '2017年，我局认真贯彻《条例》。',
		'二、主动公开政府信息情况', '主动公开信息210条。',
		'三、收到和处理政府信息公开申请情况', '收到申请1件。',
		'四、政府信息公开行政复议、行政诉讼情况', '无。',
		'五、存在的主要问题及改进情况', '公开意识有待提高。',
	].join('\n');

	test('Should call a 2012 report legacy, without wording, order or missing-section errors', () => {
		const r = analyze(report2012);
		assert.equal(r.version, 'pre-2019');
		assert.equal(r.year, 2012);
		assert.deepEqual(r.diagnostics.map((d) => d.code).filter((c) => /section|wording|legacy/.test(c)), ['legacy-structure']);
	});

	test('Should call a 2017 report legacy even though its headings read like the unified format', () => {
		const r = analyze(report2017);
		assert.equal(r.version, 'pre-2019');
		assert.deepEqual(r.diagnostics.map((d) => d.code).filter((c) => /section|wording|legacy/.test(c)), ['legacy-structure']);
	});

	test('Should recognise the old headings without a year (two marks of the old structure)', () => {
		const noYear = report2012.split('\n').filter((l) => !/2012/.test(l)).join('\n');
		assert.equal(read(noYear).year, null);
		assert.equal(read(noYear).version, 'pre-2019');
	});

	test('Should not call a modern report with a variant heading and no tables legacy', () => {
		const modern = [
			'某某县2023年政府信息公开工作年度报告',
			'一、总体情况', '本县……',
			'二、主动公开政府信息情况', '（表略）',
			'三、收到和处理政府信息公开申请情况', '（表略）',
			'四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', '（表略）',
			'五、政府信息公开工作存在的主要问题及改进情况', '……',
			'六、其他需要报告的事项', '无。',
		].join('\n');
		assert.notEqual(read(modern).version, 'pre-2019');
		assert.ok(!codes(modern).includes('legacy-structure'));
	});

	test('Should still call corpus 001 legacy (its own headings, continuing numbering)', () => {
		assert.equal(read(corpusText(CORPUS.yanshi)).version, 'pre-2019');
	});
});

describe('Reports rendered on one line read as on many lines', () => {
	// Crawler text joins lines with a space or with nothing; either way the structure must survive.
	const joins: [string, string][] = [['a space', ' '], ['nothing', '']];
	const outline = (r: ReturnType<typeof read>) => ({
		title: r.title?.value.replace(/\s+/g, ''), body: r.body?.value ?? null, year: r.year, date: r.date?.value ?? null,
		sections: r.sections.map((s) => [s.number, s.writtenNumber, s.heading.text]),
	});
	for (const { name, text } of allTextCorpus()) {
		for (const [how, join] of joins) {
			test(`Should keep the title, body, year, date and sections of ${name.slice(0, 3)} with lines joined by ${how}`, () => {
				const oneLine = text.replace(/\r?\n/g, join);
				const r = read(oneLine);
				assert.deepEqual(outline(r), outline(read(text)));
				if (r.title) assert.equal(oneLine.slice(r.title.span.start, r.title.span.end).replace(/\s+/g, ''), r.title.value.replace(/\s+/g, ''));
			});
		}
	}

	// Section 一's official sub-headings (（一）主动公开 …), as the format names them.
	const official = /^[（(]\s*[一二三四五六七八九十]{1,2}\s*[)）]\s*(?:主动公开|依申请公开|政府信息管理|平台建设|监督保障)/u;
	const subheadings = (r: ReturnType<typeof read>) => r.sections.flatMap((s) => s.subheadings.map((h) => h.text.replace(/\s+/g, '')));
	for (const { name, text } of allTextCorpus()) {
		for (const [how, join] of joins) {
			test(`Should find the official sub-headings of ${name.slice(0, 3)} inside a line joined by ${how}, and no other`, () => {
				const oneLine = text.replace(/\r?\n/g, join);
				const r = read(oneLine);
				const found = subheadings(r);
				const onLines = subheadings(read(text));
				for (const h of onLines.filter((x) => official.test(x))) assert.ok(found.includes(h), h);
				for (const h of found) assert.ok(onLines.includes(h), `${h} is a sub-heading on lines too`);
				for (const s of r.sections) for (const h of s.subheadings) assert.equal(oneLine.slice(h.span.start, h.span.end), h.text);
			});
		}
	}

	// Sub-headings in a report's own words (（一）存在问题, （二）改进措施) are found inside a line joined by spaces as a numbered run.
	// 001 is left out: its prose opens a paragraph with （一）… (no heading), so its （二）下一步工作打算 starts no run inside a line.
	for (const { name, text } of allTextCorpus().filter((c) => !c.name.startsWith('001'))) {
		test(`Should find every sub-heading of ${name.slice(0, 3)}, in its own words too, inside a line joined by a space`, () => {
			const oneLine = text.replace(/\r?\n/g, ' ');
			assert.deepEqual(subheadings(read(oneLine)), subheadings(read(text)));
		});
	}

	test('Should take a numbered run of short phrases after sentence ends for sub-headings, never a lone （一） or a list in a sentence', () => {
		// A report on one line is long: the rule looks inside lines longer than any table row.
		const head = `某某局2023年政府信息公开工作年度报告 一、总体情况 ${'本局认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开工作。'.repeat(12)} `;
		const found = (body: string) => read(`${head}${body} 二、主动公开政府信息情况 （表略）`).sections.flatMap((s) => s.subheadings.map((h) => h.text));
		assert.deepEqual(found('本局全年公开信息120条。 （一）加强组织领导 成立领导小组。 （二）完善制度建设 修订制度3项。'), ['（一）加强组织领导', '（二）完善制度建设']);
		assert.deepEqual(found('本局全年公开信息120条。 （一）加强组织领导 成立领导小组。'), []);
		assert.deepEqual(found('主要做法：（一）加强组织领导；（二）完善制度建设。'), []);
		assert.deepEqual(found('本年度：（一）在看到成绩的同时，我们也清醒地认识到，工作还存在着一些问题 （二）下一步 打算。'), []);
	});

	test('Should find 003 and 007\'s five sub-headings of section 一 on one line', () => {
		for (const [file, last] of [[CORPUS.linkou, '（五）监督保障情况'], [LATER_CORPUS.shanghai, '（五）监督保障方面']] as const) {
			for (const join of [' ', '']) {
				const overview = read(corpusText(file).replace(/\r?\n/g, join)).sections.find((s) => s.number === 1);
				assert.equal(overview?.subheadings.length, 5);
				assert.equal(overview?.subheadings[4].text.replace(/[#*\s]/g, ''), last);
			}
		}
	});

	test('Should not take a list of the sub-topics in prose for sub-headings', () => {
		for (const prose of [
			'本年度重点抓好以下工作：（一）主动公开；（二）依申请公开；（三）政府信息管理。',
			'围绕（一）主动公开、（二）依申请公开两个方面开展工作。',
			'主要包括：（一）主动公开情况；（二）依申请公开情况。',
			'一是做好（一）主动公开工作，二是做好（二）依申请公开工作。',
		]) {
			const text = `某某局2023年政府信息公开工作年度报告 一、总体情况 ${prose} 二、主动公开政府信息情况 （表略）`;
			assert.deepEqual(read(text).sections.flatMap((s) => s.subheadings.map((h) => h.text)), [], prose);
		}
	});

	test('Should not take the pieces of table 三\'s group labels for sub-headings of section 三 (006, 007)', () => {
		for (const file of [LATER_CORPUS.kewei, LATER_CORPUS.shanghai]) {
			const requests = read(corpusText(file)).sections.find((s) => s.number === 3);
			assert.deepEqual(requests?.subheadings.map((h) => h.text), []);
		}
	});

	test('Should not take the captions of table 四\'s groups for section 四 where its heading is lost (008 from line 159)', () => {
		const excerpt = corpusText(LATER_CORPUS.shuyang).split('\n').slice(158).join('\n');
		assert.ok(excerpt.startsWith('\n### 行政复议') || excerpt.startsWith('### 行政复议'), excerpt.slice(0, 20));
		const r = analyze(excerpt);
		assert.deepEqual(r.sections.map((s) => s.number), [5, 6]);
		assert.ok(!r.diagnostics.some((d) => d.code === 'section-order' || d.code === 'heading-wording' && /行政/.test(d.message.zh)));
	});

	test('Should keep 001 on one line as the old structure with its prose', () => {
		const oneLine = corpusText(CORPUS.yanshi).replace(/\r?\n/g, ' ');
		const r = analyze(oneLine);
		assert.equal(r.body?.value, '偃师市林业局');
		assert.equal(r.version, 'pre-2019');
		assert.ok(r.diagnostics.some((d) => d.code === 'legacy-structure'));
		assert.ok(!r.diagnostics.some((d) => d.code === 'missing-title' || d.code === 'missing-section'));
	});

	test('Should drop the converter label 正文 before the title of 007 on one line', () => {
		for (const join of [' ', '']) {
			const r = read(corpusText(LATER_CORPUS.shanghai).replace(/\r?\n/g, join));
			assert.equal(r.title?.value, '2025 年上海市人民政府办公厅政府信息公开工作年度报告');
			assert.equal(r.body?.value, '上海市人民政府办公厅');
		}
	});
});
