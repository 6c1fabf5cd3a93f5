/** The corpus texts and random mutations of them that the fix properties run over (issue 11). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CORPUS_DIR, ROOT } from '../support/fixtures';

const REAL_DIR = path.join(ROOT, 'test/fixtures/real');

const textsIn = (dir: string) => fs.readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md').sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

/**
 * Every corpus file that is text (reports as published on the web: .txt, .md, .html), then the real
 * reports of test/fixtures/real (the shapes found on government pages beyond the corpus).
 */
export const TEXTS = [...textsIn(CORPUS_DIR), ...textsIn(REAL_DIR)];

/** One random change a drafter, an editor or an extractor might make. */
type Mutation = [kind: number, at: number, choice: number];
const CELL_TEXTS = ['0', '7', '12', '', '-', '无', '/', '1O', 'l0', '3 0'];
const SENTENCE = '：本机关本年度未收取信息处理费。';
const YEARS = [2016, 2018, 2019, 2020, 2021, 2023];

function mutate(lines: string[], [kind, at, choice]: Mutation): string[] {
	if (lines.length === 0) return lines;
	const k = at % lines.length;
	const line = lines[k];
	switch (kind) {
		case 0: {
			// A number cell typed differently: another number, blank, a placeholder, a typo.
			const numbers = [...line.matchAll(/\d+/g)];
			if (numbers.length === 0) return lines;
			const m = numbers[choice % numbers.length];
			const replacement = CELL_TEXTS[choice % CELL_TEXTS.length];
			return [...lines.slice(0, k), line.slice(0, m.index) + replacement + line.slice((m.index ?? 0) + m[0].length), ...lines.slice(k + 1)];
		}
		case 1:
			return [...lines.slice(0, k), ...lines.slice(k + 1)];
		case 2:
			return [...lines.slice(0, k + 1), line, ...lines.slice(k + 1)];
		case 3:
			// A sentence after a heading on its line.
			return /^[#\s]*[一二三四五六]、/.test(line) ? [...lines.slice(0, k), line.replace(/[。：:]?\s*$/, SENTENCE), ...lines.slice(k + 1)] : lines;
		case 4:
			return lines.map((l) => l.replace('五、存在的主要问题及改进情况', '五、存在问题及改进情况'));
		case 6: {
			// Another year (in the title, the period, the date): a report on 2020 in the 2021 format, a pre-2019 one.
			const years = [...line.matchAll(/20[12]\d/g)];
			if (years.length === 0) return lines;
			const m = years[choice % years.length];
			const year = String(YEARS[choice % YEARS.length]);
			return [...lines.slice(0, k), line.slice(0, m.index) + year + line.slice((m.index ?? 0) + 4), ...lines.slice(k + 1)];
		}
		default:
			return lines.slice(0, Math.max(1, k));
	}
}

/** An excerpt of a corpus text (or all of it), changed a few times, with one kind of line break. */
export const mutated = fc
	.record({
		file: fc.nat(),
		from: fc.nat(),
		length: fc.oneof(fc.constant(Infinity), fc.integer({ min: 2, max: 120 })),
		mutations: fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
		eol: fc.constantFrom('\n', '\r\n', '\r'),
		finalBreak: fc.boolean(),
	})
	.map(({ file, from, length, mutations, eol, finalBreak }) => {
		const all = TEXTS[file % TEXTS.length].split(/\r\n|\r|\n/);
		const start = length === Infinity ? 0 : from % all.length;
		let lines = all.slice(start, start + length);
		for (const m of mutations) lines = mutate(lines, m);
		const text = lines.join(eol);
		return finalBreak ? text + eol : text.replace(/[\r\n]+$/, '');
	});

