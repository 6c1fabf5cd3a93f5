import { OVERVIEW_SUBHEADINGS, recogniseSection, SECTIONS, type SectionNumber } from '../format/sections';
import { APPEAL_GROUPS, APPEAL_SUITS, REQUEST_GROUPS, REQUEST_ROWS } from '../format/tables';
import type { Heading, Section } from '../model';
import type { RawRow } from '../syntax/rows';
import { chineseNumeral, core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { parseLabel } from './labels';
import { LEGACY_HEADINGS } from './legacy';
import { isRequestLabel } from './requests';
import { VisibleText } from './visible';

/** A row that could hold a heading: its visible text without Markdown or HTML decoration, and the way back to the source. */
interface HeadingLine {
	readonly row: RawRow;
	readonly visible: VisibleText;
	/** Where the undecorated text starts in `visible.text`. */
	readonly from: number;
	readonly text: string;
	readonly span: Span;
	readonly markdown: boolean;
}

const MAX_HEADING = 48;
const PEEK = 100;
const SECTION_HEAD = /^([一二三四五六七八九十]{1,2})\s*[、.．，,]\s*(?=\S)/u;
const SUB_HEAD = /^[（(]\s*([一二三四五六七八九十]{1,2})\s*[)）]\s*(?=\S)/u;
/** What a heading's first word can start with: decoration, a bracket, or a numeral. */
const HEADING_START = /^(?:[#*_<\[（(一二三四五六七八九十]|[\u3000\ufeff\s])/;
/** A numbered heading after a break somewhere in a row (checked on the source, before decoding). */
const HEADING_INSIDE = /[\s\u3000\u00a0。；;！!？?*#_>】\]][一二三四五六七八九十]{1,2}\s*[、.．]/u;
/** A numbered heading inside a line (crawler text and pages written on one line). */
const MID_HEAD = /([一二三四五六七八九十]{1,2})\s*[、.．]\s*/gu;
/** What may stand before a heading inside a line: the end of a sentence, white space or decoration. */
const BEFORE_MID_HEAD = /[\s\u3000\u00a0。；;！!？?*#_>】\]]/;
/**
 * A heading of its own words inside a line: short (single spaces allowed, 及 2020 年工作打算), ending like a
 * heading, then a break: white space or decoration, the end of the sentence (情况。为确保…, text joined
 * without line breaks), or the numbering of what it heads (情况（一）…, 情况1.…).
 */
const OWN_WORDS_HEAD = /^((?:[^\s\u3000*#。，,；;：:！!？?]|[ \u3000](?=[^\s\u3000])){2,48}?(?:情况|事项|问题|打算|措施|概述))(?=[。：:]|[\s\u3000*#]|$|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、．](?!\d))/u;

/**
 * The wordings a heading inside a line is recognised by (numeral removed): the standard ones, their
 * variants and the pre-2019 headings. Inside a line only a known wording is clearly a heading.
 */
const KNOWN_WORDINGS = [
	...SECTIONS.flatMap((d) => [d.heading, ...d.variants]).map((h) => h.replace(SECTION_HEAD, '')),
	...LEGACY_HEADINGS,
];
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A wording whose characters may be separated by stray spaces (不予公 开, as PDF text has them). */
const spaced = (w: string): string => [...w].map(escapeRegExp).join('[\\s\\u3000]*');
const KNOWN_HEAD = new RegExp(`^(?:${[...new Set(KNOWN_WORDINGS)].sort((a, b) => b.length - a.length).map(spaced).join('|')})`, 'u');

/** The words of section 一's official sub-headings (主动公开, 依申请公开 …), numbering removed. */
const OFFICIAL_SUB_WORDS = OVERVIEW_SUBHEADINGS.map((h) => h.replace(/^[（(][一二三四五六七八九十]{1,2}[)）]/u, ''));
/** An official sub-heading's numbering and words anywhere in a line; what follows is checked apart. */
const MID_SUB = new RegExp(`[（(][\\s\\u3000]*([一二三四五六七八九十]{1,2})[\\s\\u3000]*[)）][\\s\\u3000]*(?:${OFFICIAL_SUB_WORDS.map(spaced).join('|')})`, 'gu');
/** The same, as a cheap test of a row's source. */
const HAS_MID_SUB = new RegExp(MID_SUB.source, 'u');
/** What may stand before a sub-heading inside a line: the end of a sentence (not ；, which lists), white space or decoration. */
const BEFORE_MID_SUB = /[\s\u3000\u00a0。！!？?*#_>】\]]/;
/** A heading's last word, right before a sub-heading glued to it. */
const HEADING_END_BEFORE = /(?:情况|方面|事项|概述)$/u;
/** After the official words, a short phrase ending like a heading, then a break (依申请公开政府信息和不予公开政府信息情况。). */
const SUB_TAIL = /^[^\s\u3000。，,；;：:、！!？?（(]{0,24}?(?:情况|方面|工作)(?=[。：:]|[\s\u3000*#]|$)/u;
/** Or the usual endings directly (主动公开情况, 依申请公开政府信息工作), as text joined without line breaks has them. */
const SUB_ENDING = /^(?:政府信息)?(?:工作)?(?:情况|方面)?/u;

/** A possible section heading; `headingText` is what a person reads (entities decoded, no markup inside). */
type Candidate = { line: HeadingLine; start: number; numeral: number | null; title: string; headingText: string; titleSpan: Span; number: SectionNumber | null };

/**
 * Finds the section headings (一、总体情况 …) and sub-headings (（一）…) outside the tables.
 * A heading is recognised as a standard section by its words, whatever its numeral; a heading that
 * matches no standard section is kept only where it continues the numbering and no standard heading
 * with the same numeral follows (the pre-2019 structure), so list items in prose never become sections.
 * A heading inside a line (a whole report on one line) is recognised only after the end of a sentence,
 * white space or decoration, and only by a known wording or as a short phrase ending like a heading
 * (…情况, …事项) followed by a break, so a reference in prose is not a heading.
 */
export function readSections(text: string, rows: readonly RawRow[]): Section[] {
	const candidates: Candidate[] = [];
	// Sub-headings by where they start: a row's own start for one that starts the row, its span inside a line.
	const subCandidates: { at: number; heading: Heading }[] = [];
	const midSubs: { at: number; heading: Heading }[] = [];
	for (const row of rows) {
		const line = headingLine(text, row);
		if (!line) continue;
		const official = officialSubsInLine(line);
		midSubs.push(...(row.span.end - row.span.start > LONG_ROW ? withOwnSubs(line, official) : official));
		const m = SECTION_HEAD.exec(line.text);
		if (m) {
			const rest = line.text.slice(m[0].length);
			const title = stripTrailing(rest);
			if (isTableLabel(title)) continue;
			if (rest.length <= MAX_HEADING + 8 && title.length <= MAX_HEADING && !/[。；;]/.test(title)) {
				const def = recogniseSection(title);
				const headingEnd = m[0].length + title.length;
				candidates.push({
					line, start: row.span.start, numeral: chineseNumeral(m[1]), title, headingText: line.text.slice(0, headingEnd),
					titleSpan: line.visible.span(line.from, line.from + headingEnd),
					number: def ? def.number : null,
				});
				continue;
			}
		}
		if (line.markdown && line.text.length <= MAX_HEADING && !TABLE_CAPTION.test(line.text) && !isAppealsCaption(line.text)) {
			const def = recogniseSection(line.text);
			if (def && !SUB_HEAD.test(line.text)) {
				candidates.push({ line, start: row.span.start, numeral: null, title: line.text, headingText: line.text, titleSpan: line.span, number: def.number });
				continue;
			}
		}
		const inLine = headingsInLine(line);
		if (inLine.length > 0) {
			candidates.push(...inLine);
			continue;
		}
		const s = SUB_HEAD.exec(line.text);
		if (s) {
			const stop = line.text.indexOf('。');
			const head = stop >= 0 ? line.text.slice(0, stop) : line.text;
			if (head.length > MAX_HEADING + 4) continue;
			const title = stripTrailing(head);
			if (title.length > MAX_HEADING || isTableLabel(title) || parseLabel(title).every((p) => p.text === '')) continue;
			const span = line.visible.span(line.from, line.from + title.length);
			// The same heading found as an official one inside the line is this one.
			if (midSubs.length > 0 && midSubs[midSubs.length - 1].heading.span.start === span.start) midSubs.pop();
			subCandidates.push({ at: row.span.start, heading: { text: title, span } });
		}
	}
	if (midSubs.length > 0) {
		subCandidates.push(...midSubs);
		subCandidates.sort((a, b) => a.at - b.at);
	}

	settleClaims(candidates);

	const recognisedNumerals = new Set<number>();
	for (const c of candidates) if (c.number !== null && c.numeral !== null) recognisedNumerals.add(c.numeral);

	const accepted: Candidate[] = [];
	for (let k = 0; k < candidates.length; k++) {
		const c = candidates[k];
		if (c.number === null) {
			const previous = accepted.length > 0 ? (accepted[accepted.length - 1].numeral ?? 0) : 0;
			const laterStandard = candidates.slice(k + 1, k + 8).some((d) => d.number !== null && d.numeral === c.numeral);
			if (c.numeral !== previous + 1 || laterStandard || (recognisedNumerals.has(c.numeral ?? -1) && accepted.some((a) => a.numeral === c.numeral))) continue;
		}
		accepted.push(c);
	}

	const sections: Section[] = [];
	let sub = 0;
	for (let k = 0; k < accepted.length; k++) {
		const c = accepted[k];
		const start = c.start;
		const end = k + 1 < accepted.length ? accepted[k + 1].start : text.length;
		while (sub < subCandidates.length && subCandidates[sub].at < start) sub++;
		const subheadings: Heading[] = [];
		for (; sub < subCandidates.length && subCandidates[sub].at < end; sub++) {
			const h = subCandidates[sub].heading;
			// Pieces of table 三's merged group labels ((三)不 of (三)不予公开, a PDF's column width) are rows, not headings
			// (also where table 三's heading is lost and its rows fall in the section before).
			if (isRequestGroupPiece(h.text)) continue;
			subheadings.push(h);
		}
		const def = c.number !== null ? recogniseSection(c.title) : null;
		sections.push({
			number: c.number,
			writtenNumber: c.numeral,
			heading: { text: c.headingText, span: c.titleSpan },
			standardHeading: def ? def.heading : null,
			span: { start, end },
			subheadings,
		});
	}
	return sections;
}

/**
 * Section 一's official sub-headings inside a line (a report written on one line, a heading joined to the
 * paragraph before it): only the official words (（一）主动公开 …), after the end of a sentence, white space or
 * decoration, and ending like a heading followed by a break, or in the usual endings (…情况, …方面); a list in
 * prose (；（二）依申请公开、…) is none.
 */
function officialSubsInLine(line: HeadingLine): { at: number; heading: Heading }[] {
	const out: { at: number; heading: Heading }[] = [];
	const t = line.text;
	// Cheap reject: no bracketed numeral, no sub-heading (most lines).
	if (t.indexOf('（') < 0 && t.indexOf('(') < 0) return out;
	MID_SUB.lastIndex = 0;
	for (let m = MID_SUB.exec(t); m; m = MID_SUB.exec(t)) {
		// After a break, or glued to the heading it follows (二、政府信息公开情况（一）主动公开…, lines joined without a break).
		if (m.index > 0 && !BEFORE_MID_SUB.test(t[m.index - 1]) && !HEADING_END_BEFORE.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
		const after = m.index + m[0].length;
		const rest = t.slice(after, after + 32);
		let end = -1;
		const tail = SUB_TAIL.exec(rest);
		if (tail) end = after + tail[0].length;
		else {
			const ending = SUB_ENDING.exec(rest)![0];
			const next = t[after + ending.length] ?? '';
			const breaks = next === '' || /[\s\u3000。：:*#]/.test(next);
			// Glued to its paragraph (text joined without line breaks), only after a heading's ending; never before a list's punctuation.
			if (breaks || (/(?:情况|方面)$/.test(ending) && !/[、，,；;和及与]/.test(next))) end = after + ending.length;
		}
		if (end < 0) continue;
		const span = line.visible.span(line.from + m.index, line.from + end);
		out.push({ at: span.start, heading: { text: t.slice(m.index, end), span } });
		MID_SUB.lastIndex = end;
	}
	return out;
}

/** Any numbering （N） inside a line, with the white space around it. */
const MID_ANY_SUB = /[（(][\s\u3000]*([一二三四五六七八九十]{1,2})[\s\u3000]*[)）][\s\u3000]*/gu;
/** A sub-heading's own words: a phrase without white space or sentence punctuation, then a break (a line break joined as white space, or 。). */
const OWN_SUB_WORDS = /^[^\s\u3000。；;！!？?：:（(]{2,30}(?=[\s\u3000。*#]|$)/u;
/** Or single spaces inside (2024 年工作中…), ending like a heading, then a break. */
const OWN_SUB_SPACED = /^(?:[^\s\u3000。；;！!？?：:（(]|[ \u3000](?=[^\s\u3000])){2,30}?(?:情况|事项|问题|打算|措施|概述)(?=[\s\u3000。：:*#]|$)/u;
const TWO_HAN = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/u;
/** A heading's ending with more words after it: the heading ran into its paragraph (text joined without a break). */
const ENDING_INSIDE = /(?:情况|事项|问题|打算|措施|概述)./u;

/** Words that read as a sub-heading: two Chinese characters at least, no sentence of clauses, no paragraph glued on. */
function isOwnSubWords(words: string): boolean {
	return TWO_HAN.test(words) && (words.match(/[，,]/g)?.length ?? 0) <= 1 && !/\d[.．、]/.test(words) && !ENDING_INSIDE.test(words);
}

/**
 * Section sub-headings in their own words inside a line (a report written on one line: （一）存在问题, （二）改进措施):
 * after the end of a sentence, white space or decoration, a short phrase followed by a break; only as part of
 * a numbered run （一）（二）… in the line (with the official ones), so a lone （一） in prose is none, and a
 * row of table 三 ((一) 予以公开) never is one.
 */
function withOwnSubs(line: HeadingLine, official: readonly { at: number; heading: Heading }[]): { at: number; heading: Heading }[] {
	const t = line.text;
	if (t.indexOf('（') < 0 && t.indexOf('(') < 0) return [...official];
	const all: { at: number; heading: Heading; n: number; own: boolean }[] = official.map((o) => ({ ...o, n: chineseNumeral(SUB_HEAD.exec(o.heading.text)?.[1] ?? '') ?? 0, own: false }));
	const taken = new Set(official.map((o) => o.at));
	MID_ANY_SUB.lastIndex = 0;
	for (let m = MID_ANY_SUB.exec(t); m; m = MID_ANY_SUB.exec(t)) {
		if (m.index === 0 || !BEFORE_MID_SUB.test(t[m.index - 1])) continue;
		const after = m.index + m[0].length;
		const rest = t.slice(after, after + 48);
		const plain = OWN_SUB_WORDS.exec(rest)?.[0];
		const words = OWN_SUB_SPACED.exec(rest)?.[0] ?? (plain !== undefined && isOwnSubWords(plain) ? plain : undefined);
		if (words === undefined || isTableLabel(words)) continue;
		const end = after + words.length;
		const text = t.slice(m.index, end);
		if (isRequestGroupPiece(text) || isTableLabel(text)) continue;
		const span = line.visible.span(line.from + m.index, line.from + end);
		if (taken.has(span.start)) continue;
		all.push({ at: span.start, heading: { text, span }, n: chineseNumeral(m[1]) ?? 0, own: true });
		MID_ANY_SUB.lastIndex = end;
	}
	all.sort((a, b) => a.at - b.at);
	// Own words count only inside a run: （一） followed by （二）, or the next number after one kept.
	const kept: typeof all = [];
	for (let k = 0; k < all.length; k++) {
		const c = all[k];
		const previous = kept[kept.length - 1];
		if (!c.own || (c.n === 1 && all[k + 1]?.n === 2) || (c.n > 1 && previous?.n === c.n - 1)) kept.push(c);
	}
	return kept.map(({ at, heading }) => ({ at, heading }));
}

/** The words of table 三's labels numbered （N）, by N: 予以公开, 部分公开…, 不予公开 … */
const GROUP_WORDS: ReadonlyMap<number, readonly string[]> = (() => {
	const words = new Map<number, string[]>();
	for (const label of [...REQUEST_ROWS.map((r) => r.label), ...Object.values(REQUEST_GROUPS)]) {
		const first = parseLabel(label)[0];
		if (first?.level !== 'group' || first.number === null) continue;
		words.set(first.number, [...(words.get(first.number) ?? []), first.text]);
	}
	return words;
})();

/** Whether a heading is the start of one of table 三's （N） labels cut short: （三）不, （四）无2.没有现成信息… */
function isRequestGroupPiece(heading: string): boolean {
	const first = parseLabel(heading)[0];
	if (first?.level !== 'group' || first.number === null || first.text === '') return false;
	return (GROUP_WORDS.get(first.number) ?? []).some((w) => w.startsWith(first.text));
}

/** The words of table 四's header groups: 行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉. */
const APPEAL_GROUP_WORDS = new Set([APPEAL_SUITS, ...APPEAL_GROUPS.map((g) => g.label)].map((w) => core(w)));

/**
 * A heading that names a part of table 四 (`### 行政复议`, `### 行政诉讼（复议后起诉）`, as converters caption
 * its groups): a caption, never section 四, even where the section's own heading is lost.
 */
function isAppealsCaption(text: string): boolean {
	const t = core(text);
	if (APPEAL_GROUP_WORDS.has(t)) return true;
	const suit = core(APPEAL_SUITS);
	return t.startsWith(suit) && APPEAL_GROUP_WORDS.has(t.slice(suit.length));
}

/** A table's caption (表二：主动公开政府信息情况, 表3 …), written by converters above a table: never a section. */
const TABLE_CAPTION = /^表\s*[一二三四五六七八九十0-9０-９]+\s*[：:、.．\s]/u;

/** The folded words of each section's standard heading and accepted variants, numeral removed. */
const EXACT_WORDINGS: ReadonlyMap<SectionNumber, ReadonlySet<string>> = new Map(
	SECTIONS.map((d) => [d.number, new Set([d.heading, ...d.variants].map((h) => core(h.replace(SECTION_HEAD, ''))))]),
);

/**
 * Settles headings that claim the same standard section. A heading written in the section's own words
 * (standard or an accepted variant) outranks one that only resembles them: in a report whose overview
 * numbers its sub-topics 二、三、… (三、主动公开工作情况) and whose later 一、主动公开政府信息情况 is the
 * real section, the sub-topic is not the section. A heading without a numeral (a Markdown heading such as
 * `### 行政复议` above a part of table 四) never claims a section that a numbered heading already has.
 */
function settleClaims(candidates: Candidate[]): void {
	const exact = (c: Candidate): boolean => c.number !== null && (EXACT_WORDINGS.get(c.number)?.has(core(c.title)) ?? false);
	const numbered = new Map<SectionNumber, Candidate[]>();
	for (const c of candidates) {
		if (c.number === null || c.numeral === null) continue;
		const list = numbered.get(c.number) ?? [];
		list.push(c);
		numbered.set(c.number, list);
	}
	for (let k = candidates.length - 1; k >= 0; k--) {
		const c = candidates[k];
		if (c.number === null) continue;
		const rivals = numbered.get(c.number) ?? [];
		if (c.numeral === null) {
			if (rivals.length > 0) candidates.splice(k, 1);
		} else if (!exact(c) && rivals.some(exact)) {
			candidates[k] = { ...c, number: null };
		}
	}
}

/** Headings of known wording inside a line, at its start or after the end of a sentence. */
function headingsInLine(line: HeadingLine): Candidate[] {
	const out: Candidate[] = [];
	const t = line.text;
	// Cheap reject: no enumeration comma, no heading (most prose lines).
	if (t.indexOf('、') < 0 && t.indexOf('.') < 0 && t.indexOf('．') < 0) return out;
	MID_HEAD.lastIndex = 0;
	for (let m = MID_HEAD.exec(t); m; m = MID_HEAD.exec(t)) {
		// After a break any short phrase ending like a heading; glued to the text before (a text joined
		// without line breaks: 年度报告一、总体情况), only a known wording.
		const afterBreak = m.index === 0 || BEFORE_MID_HEAD.test(t[m.index - 1]);
		const after = m.index + m[0].length;
		const ahead = t.slice(after, after + MAX_HEADING + 2);
		const known = KNOWN_HEAD.exec(ahead) ?? (afterBreak ? OWN_WORDS_HEAD.exec(ahead) : null);
		if (!known || isTableLabel(known[0])) continue;
		const title = known[0];
		const headingStart = line.from + m.index;
		const titleSpan = line.visible.span(headingStart, line.from + after + title.length);
		const def = recogniseSection(title);
		out.push({ line, start: titleSpan.start, numeral: chineseNumeral(m[1]), title, headingText: t.slice(m.index, after + title.length), titleSpan, number: def ? def.number : null });
		MID_HEAD.lastIndex = after + title.length;
	}
	return out;
}

/**
 * Rows that can hold a heading: plain rows, single-line single-cell rows, and any row longer than a
 * table row can be (a whole report on one line, whatever its separators).
 */
export function mayHoldHeading(row: RawRow): boolean {
	if (row.style === 'plain') return true;
	if (row.style === 'html') return false;
	if (row.style === 'cells' && row.cells.length === 1 && row.firstLine === row.lastLine) return true;
	return row.span.end - row.span.start > LONG_ROW || (row.style === 'pipe' && holdsSeparator(row)) || (row.style === 'tab' && holdsLineEnd(row));
}

/** A tab row with a cell holding a number, a space and words: one row's last cell and the next line's words, lines joined. */
function holdsLineEnd(row: RawRow): boolean {
	for (const c of row.cells) if (c.text.indexOf(' ') > 0 && /^[-+]?\d[\d,.]*\s+[^\s\d]/.test(c.text)) return true;
	return false;
}

/**
 * A pipe row holding a Markdown separator cell (`---`): lines joined into one, since a separator line of its own
 * is no row; its headings are found as in any text joined on one line, however short.
 */
function holdsSeparator(row: RawRow): boolean {
	for (const c of row.cells) if ((c.text.charCodeAt(0) === 45 /* - */ || c.text.charCodeAt(0) === 58 /* : */) && /^:?-{3,}:?$/.test(c.text)) return true;
	return false;
}

/** Longer than any table row (table 三's longest label row is about 120 characters with its cells). */
const LONG_ROW = 400;

/** The text of a row that may hold a heading, undecorated. */
function headingLine(text: string, row: RawRow): HeadingLine | null {
	if (!mayHoldHeading(row)) return null;
	// Cheap reject before any text is built: most rows are prose that neither starts like a heading nor
	// holds a numbered heading after a break.
	if (!HEADING_START.test(row.cells[0]?.text ?? '')) {
		const source = text.slice(row.span.start, row.span.end);
		if (!HEADING_INSIDE.test(source) && !HAS_MID_SUB.test(source)) return null;
	}
	const visible = VisibleText.ofRow(text, row);
	const v = visible.text;
	let start = 0;
	let end = v.length;
	let markdown = false;
	// Peel decoration off both ends: white space, # marks, ** and __, HTML tags left in plain text,
	// extraction debris such as [bookmark: _GoBack].
	for (let changed = true; changed && start < end; ) {
		changed = false;
		// Decoration is short: look at the ends of the line only, so long paragraphs cost nothing extra.
		const s = v.slice(start, Math.min(end, start + PEEK));
		const lead = /^(?:[\s\u3000\ufeff]+|#{1,6}(?=[\s\u3000*_]|[^#])|\*\*|__|<[^>]{0,80}>|\[[A-Za-z]+:[^\]]{0,80}\])/.exec(s);
		if (lead && lead[0].length > 0) {
			if (lead[0][0] === '#') markdown = true;
			start += lead[0].length;
			changed = true;
			continue;
		}
		const trail = trailingDecoration(v, start, end);
		if (trail > 0) {
			end -= trail;
			changed = true;
		}
	}
	if (start >= end) return null;
	return { row, visible, from: start, text: v.slice(start, end), span: visible.span(start, end), markdown };
}

const TRAILING_PUNCTUATION = new Set([...' \t\r\n\u3000\u00a0。．.：:；;，,']);

/** The text without the punctuation and spaces that end it (a backward scan; an anchored regex retries at every position). */
function stripTrailing(s: string): string {
	let end = s.length;
	while (end > 0 && TRAILING_PUNCTUATION.has(s[end - 1])) end--;
	return end === s.length ? s : s.slice(0, end);
}

/** How many characters of decoration end `text[start, end)`: white space, `**`, `__`, `#`s, or an HTML tag. */
function trailingDecoration(text: string, start: number, end: number): number {
	let k = end;
	while (k > start && /[\s\u3000#]/.test(text[k - 1])) k--;
	if (k < end) return end - k;
	if (end - start >= 2 && (text.startsWith('**', end - 2) || text.startsWith('__', end - 2))) return 2;
	if (text[end - 1] === '>') {
		// Bounded backward search for the tag's `<` (lastIndexOf would scan to the start of the document).
		for (let open = end - 2; open >= Math.max(start, end - 82); open--) {
			if (text[open] === '>') break;
			if (text[open] === '<') return end - open;
		}
	}
	return 0;
}

/** Lines such as 一、本年新收政府信息公开申请数量 or （七）总计 are table rows, not headings. */
const isTableLabel = memoize(isRequestLabel);
