import type { Span } from '../text/span';
import type { ReportModel } from '../rules/rule';
import { NUMBER_SOURCE, parseNumber } from './numerals';
import { proseSentences, spanOf, type ProseDocument, type Sentence } from './text';

/**
 * What a number in the prose is said to count. `received` … `carriedForward` are table 三's rows (received
 * may be read as new requests or as new plus carried over), `reviews`/`lawsuits` table 四's totals, the rest
 * table 二's （一） cells; `noRequests` is the statement that no request was received (no number).
 */
export type ClaimTopic =
	| 'received' | 'handled' | 'carriedOver' | 'concluded' | 'granted' | 'partlyGranted' | 'denied' | 'unavailable'
	| 'notProcessed' | 'otherHandling' | 'carriedForward' | 'reviews' | 'lawsuits'
	| 'normativeIssued' | 'normativeRepealed' | 'normativeInForce' | 'regulationsIssued' | 'noRequests';

export interface Claim {
	readonly topic: ClaimTopic;
	/** The number stated; null for `noRequests`. */
	readonly value: number | null;
	/** The number with its unit (三件), or the whole statement for `noRequests`. */
	readonly span: Span;
	/** The words the claim was recognised by, as written (normalised). */
	readonly words: string;
	readonly sentence: Span;
}

// ── Patterns: a keyword, a fixed filler, the number and its unit, nothing else in between ─────────────────

const NOUN = '(?:政府信息公开|信息公开|政务公开|依申请公开|公开)?(?:的)?(?:申请|事项)?';
const GLUE = '(?:数量?|总数|总量|件数)?(?:共|共计|合计|总计|一共|总共)?(?:为|是|达|达到|有)?';
const REQUEST_UNITS = '件';
const CASE_UNITS = '件|起|宗';
const DOCUMENT_UNITS = '件|个|份|部';

interface Pattern {
	readonly topic: ClaimTopic;
	/** Words of which every match of `lead` contains one: a clause without any is not searched. */
	readonly cues: readonly string[];
	/** The words before the number (keyword and filler). */
	readonly lead: string;
	readonly units: string;
	/** Words that, between the clause start and the keyword, make the reading uncertain. */
	readonly forbiddenBefore?: RegExp;
}

const RESULT_PREFIX = /公开|不予|无法|处理|结转|转|部分|其他|期|复议|诉讼/;
const APPEAL_PREFIX = /纠错|纠正|维持|败诉|撤销|驳回|违法|审结|结转|应诉/;

const PATTERNS: readonly Pattern[] = [
	{ topic: 'received', cues: ['受理', '收到', '新收', '接收', '接到'], lead: `(?<![未没无])(?:受理|收到|新收|接收|接到)(?:了)?(?:各类|各项)?${NOUN}${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'carriedOver', cues: ['结转'], lead: `(?:上一?年度?结转|往年结转)(?:的)?${NOUN}${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'concluded', cues: ['办结', '答复', '办理完', '处理完毕'], lead: `(?<![未])(?:办结|答复|办理完结|办理完毕|处理完毕)(?:了)?${NOUN}${GLUE}`, units: REQUEST_UNITS, forbiddenBefore: RESULT_PREFIX },
	{ topic: 'handled', cues: ['办理'], lead: `办理(?:了)?(?:申请)?${GLUE}`, units: REQUEST_UNITS, forbiddenBefore: RESULT_PREFIX },
	{ topic: 'granted', cues: ['予以公开', '同意公开', '全部公开', '准予公开'], lead: `(?<![不未])(?:予以公开|同意公开|全部公开|准予公开)(?:答复|决定)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS, forbiddenBefore: /部分|不/ },
	{ topic: 'partlyGranted', cues: ['部分公开'], lead: `部分公开(?:答复|决定)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'denied', cues: ['不予公开'], lead: `不予公开(?:答复|决定)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'unavailable', cues: ['无法提供'], lead: `无法提供(?:答复)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'notProcessed', cues: ['不予处理'], lead: `不予处理(?:答复|决定)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'otherHandling', cues: ['其他处理'], lead: `其他处理(?:答复)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'carriedForward', cues: ['转'], lead: `(?:结转|转入|转)(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:答复)?(?:的)?(?:申请)?${GLUE}`, units: REQUEST_UNITS },
	{ topic: 'reviews', cues: ['行政复议'], lead: `行政复议(?:案件|申请)?(?:的)?${GLUE}`, units: CASE_UNITS, forbiddenBefore: APPEAL_PREFIX },
	{ topic: 'lawsuits', cues: ['行政诉讼'], lead: `行政诉讼(?:案件)?(?:的)?${GLUE}`, units: CASE_UNITS, forbiddenBefore: APPEAL_PREFIX },
	{ topic: 'normativeIssued', cues: ['规范性文件'], lead: `(?:制发|印发|出台|制定|新制定|新制作)(?:了)?(?:行政)?规范性文件${GLUE}`, units: DOCUMENT_UNITS },
	{ topic: 'regulationsIssued', cues: ['规章'], lead: `(?:制发|出台|制定|新制定|新制作|颁布)(?:了)?(?:政府)?规章${GLUE}`, units: DOCUMENT_UNITS },
	{ topic: 'normativeRepealed', cues: ['废止'], lead: `废止(?:了)?(?:行政)?规范性文件${GLUE}`, units: DOCUMENT_UNITS },
	{ topic: 'normativeInForce', cues: ['现行有效'], lead: `现行有效(?:的)?(?:行政)?规范性文件${GLUE}`, units: DOCUMENT_UNITS },
];

/** A case count written before its subject: 有 1 件涉及政府信息公开工作的行政复议. */
const TRAILING = new RegExp(`(${NUMBER_SOURCE})(?:${CASE_UNITS})(?:涉及|有关|关于)?(?:政府信息公开|信息公开)?(?:工作)?(?:的)?(行政复议|行政诉讼)`, 'g');
const NO_REQUESTS = /(?:未|没有|没|无)(?:收到|受理|接到)(?:任何)?(?:依申请公开(?:事项|申请)?|(?:政府信息公开|信息公开|公开)?(?:的)?申请)/g;

const COMPILED = PATTERNS.map((p) => ({ ...p, re: new RegExp(`(?:${p.lead})(${NUMBER_SOURCE})(?:${p.units})(?!以上|左右|余|多)`, 'g') }));
/** Every keyword, to tell whether a clause names two things before one number. */
const ANY_KEYWORD = /受理|收到|新收|结转|办结|答复|办理|公开|提供|处理|行政复议|行政诉讼|规范性文件|规章/;

// ── Guards: sentences and clauses that are not about this year's tables of the whole body ─────────────────

/** Cumulative figures, figures at a date, comparisons, and parts of the body (offices, sub-units, each of). */
const SENTENCE_SKIP = /累计|截至|截止|去年|同比|环比|较上年|比上年|上一?年度?(?!结转)|代表|所属|下属|直属|分别|乡镇|街道|县直|市直|区直|各(?:乡|镇|街|部门|单位|区|县|市|级|处|科|分局|成员|地|职能)/;
const CLAUSE_SKIP = /增加|增长|减少|下降|上升|提高|降低|占比|约|近|超过|逾|平均|人次/;
const APPROXIMATE_BEFORE = /(?:近|约|超|逾|超过|多达|不足|不到)$/;
/** Words a clause may begin with before the keyword without naming another subject. */
const STRIP = /全年度?|本年度?|今年|年内|当年|(?:19|20)\d{2}年度?|我(?:县|市|区|局|委|办|厅|镇|乡|院|署|会|单位|部门|机关)+|本(?:机关|单位|局|委|部门|级|办|厅)|全(?:县|市|区|镇|乡|局|委|厅|旗|州|省|系统)|共计|总共|合计|一共|总计|共|依法|依规|新|先后|已经|已|均|都|全部|主动|其中|含|包括|包含|此外|同时|涉及|的|发生|被申请|被提起|提起|因[^，]{0,20}?等?原因|等|了|有|在/g;
const YEAR = /((?:19|20)\d{2})年/g;
const CLAUSE_BREAK = /[，,：:（）()【】“”"]/g;
/** The characters every unit of `REQUEST_UNITS`, `CASE_UNITS` and `DOCUMENT_UNITS` is made of. */
const UNIT_CHAR = /[件起宗个份部]/;
const NEGATION_CHAR = /[未没无]/;

/**
 * The numbers the prose states about the tables, matched conservatively: a keyword, a fixed filler and a
 * number with its unit; sentences about other years, cumulative figures, comparisons or parts of the body
 * are left out, and so is a clause whose subject is not the body itself.
 */
export function proseClaims(doc: ProseDocument): readonly Claim[] {
	// The rule that compares them, the fixes that must not contradict them and the hover read the same claims.
	return doc.shared('prose.claims', () => claimsOfProse(doc));
}

function claimsOfProse(doc: ProseDocument): Claim[] {
	const { report } = doc;
	const out: Claim[] = [];
	for (const sentence of proseSentences(doc)) {
		if (!mayClaim(sentence.norm) || !aboutThisYear(sentence.norm, report.year) || SENTENCE_SKIP.test(sentence.norm)) continue;
		claimsOf(sentence, report, out);
	}
	return out;
}

/**
 * Every claim is found in a clause holding a unit or a negation and, for a pattern, one of its cues (the
 * trailing case counts name 行政复议 or 行政诉讼, and a statement of no requests 收到, 受理 or 接到, all cues
 * too): a sentence without both (most of them) holds no claim, and is not split into clauses.
 */
function mayClaim(norm: string): boolean {
	return CLAIM_CHAR.test(norm) && ANY_CUE.test(norm);
}

const CLAIM_CHAR = /[件起宗个份部未没无]/;
const ANY_CUE = new RegExp([...new Set(PATTERNS.flatMap((p) => p.cues))].join('|'));

function aboutThisYear(norm: string, year: number | null): boolean {
	if (!norm.includes('年')) return true;
	const plain = norm.includes('《') ? norm.replace(/《[^《》]*》/g, '') : norm;
	YEAR.lastIndex = 0;
	for (let m = YEAR.exec(plain); m; m = YEAR.exec(plain)) {
		if (Number(m[1]) !== year) {
			YEAR.lastIndex = 0;
			return false;
		}
	}
	return true;
}

function claimsOf(sentence: Sentence, report: ReportModel, out: Claim[]): void {
	const { norm } = sentence;
	let from = 0;
	CLAUSE_BREAK.lastIndex = 0;
	for (let m = CLAUSE_BREAK.exec(norm); m; m = CLAUSE_BREAK.exec(norm)) {
		if (m.index > from) clause(from, m.index);
		from = m.index + 1;
	}
	if (norm.length > from) clause(from, norm.length);

	function clause(start: number, end: number): void {
		const text = norm.slice(start, end);
		// Every counted claim ends in a unit, and a statement of no requests starts with a negation: a clause
		// with neither (most of them) cannot match, so the patterns are not run on it.
		const counted = UNIT_CHAR.test(text);
		const negated = NEGATION_CHAR.test(text);
		if ((!counted && !negated) || CLAUSE_SKIP.test(text)) return;
		const found: { at: number; claim: Claim }[] = [];
		// The global patterns are run with exec to their end (which resets lastIndex): matchAll would copy each.
		if (counted) for (const p of COMPILED) {
			if (!p.cues.some((c) => text.includes(c))) continue;
			p.re.lastIndex = 0;
			for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
				const at = m.index;
				const value = parseNumber(m[1]);
				if (value === null) continue;
				const numberStart = at + m[0].lastIndexOf(m[1]);
				found.push({ at, claim: { topic: p.topic, value, span: spanOf(sentence, start + numberStart, start + at + m[0].length), words: m[0], sentence: sentence.span } });
			}
		}
		TRAILING.lastIndex = 0;
		if (counted && (text.includes('行政复议') || text.includes('行政诉讼'))) for (let m = TRAILING.exec(text); m; m = TRAILING.exec(text)) {
			const value = parseNumber(m[1]);
			if (value === null) continue;
			const unitEnd = m[0].indexOf(m[1]) + m[1].length + 1;
			found.push({ at: m.index, claim: { topic: m[2] === '行政复议' ? 'reviews' : 'lawsuits', value, span: spanOf(sentence, start + m.index, start + m.index + unitEnd), words: m[0], sentence: sentence.span } });
		}
		// A statement of no requests starts with a negation.
		NO_REQUESTS.lastIndex = 0;
		if (negated) for (let m = NO_REQUESTS.exec(text); m; m = NO_REQUESTS.exec(text)) {
			found.push({ at: m.index, claim: { topic: 'noRequests', value: null, span: spanOf(sentence, start + m.index, start + m.index + m[0].length), words: m[0], sentence: sentence.span } });
		}
		found.sort((a, b) => a.at - b.at);
		let last = 0;
		for (const { at, claim } of found) {
			const pattern = PATTERNS.find((p) => p.topic === claim.topic);
			// A shorter reading inside a longer one (答复 0 件 inside 部分公开答复 0 件) is not a claim of its own.
			if (at < last) continue;
			const before = text.slice(last, at).replace(/^[、；]/, '');
			last = at + claim.words.length;
			if (APPROXIMATE_BEFORE.test(before)) continue;
			if (/[、和与或并]|(?<!涉)及/.test(before) || ANY_KEYWORD.test(before)) continue;
			if (pattern?.forbiddenBefore?.test(before)) continue;
			if (!ownSubject(before, report)) continue;
			out.push(claim);
		}
	}
}

/** True when the words before a keyword name no subject but the body itself (or none). */
function ownSubject(before: string, report: ReportModel): boolean {
	const rest = before.replace(STRIP, '').replace(/[\s\d]/g, '');
	if (rest.length === 0) return true;
	const body = report.body?.text.replace(/\s/g, '') ?? '';
	if (body.length === 0) return false;
	if (rest.length >= 2 && body.includes(rest)) return true;
	return /^[省市县区镇乡旗州]?(?:人民)?政府$/.test(rest) && body.includes('政府');
}
