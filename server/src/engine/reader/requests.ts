import { REQUEST_CHAPTER_RESULTS, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS, SUBTOTAL_COLUMN, type ColumnDef, type RequestColumnKey, type RequestRowDef, type TableVersion } from '../format/tables';
import type { ExtraRow, RequestsTable, Row } from '../model';
import { valueOf, type RawCell, type RawRow } from '../syntax/rows';
import { core } from '../text/fold';
import { memoize } from '../text/memo';
import type { Span } from '../text/span';
import { buildCells, envelope, isGrid, isNumbersOnly, isProse, makeExtraRow, makeRow, plainRow, rowEnd, rowsIn } from './cells';
import { isAppealsHeader } from './appeals';
import { MAX_LABEL, parseLabel, shortCore, similarity, splitLabel, type LabelPart } from './labels';

interface RowMatcher {
	readonly def: RequestRowDef;
	readonly cores: readonly string[];
}

const MATCHERS: readonly RowMatcher[] = REQUEST_ROWS.map((def) => {
	const parts = parseLabel(def.label);
	const full = parts[parts.length - 1].text;
	return { def, cores: [...new Set([full, shortCore(def.label)])].filter((c) => c !== '') };
});

const HEADER_WORDS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '法人或其他组织', '申请人情况'];
const SUBTOTAL = /^(小计|合计)$/;
const MAX_FRAGMENT = 40;

/** Where the reader is in the table's merged numbering (三、 › （三） ›). */
interface Context {
	chapter: number | null;
	group: number | null;
}

/**
 * Finds the row a label names, using the merged-cell context for labels such as `2.重复申请`
 * whose group (（五）不予处理) is written only on the first row of the group.
 */
export function matchRequestRow(parts: readonly LabelPart[], ctx: Context): RequestRowDef | null {
	let deepest: LabelPart | null = null;
	for (const p of parts) {
		if (p.level === 'chapter') {
			ctx.chapter = p.number;
			ctx.group = null;
		} else if (p.level === 'group') ctx.group = p.number;
		if (p.text !== '' || p.level === 'item') deepest = p;
	}
	if (!deepest) return null;
	const { best, bestScore } = bestRows(deepest.text);
	if (bestScore >= 2) {
		if (best.length === 1) return best[0];
		const inGroup = best.filter((d) => d.group === (deepest.level === 'group' ? deepest.number : ctx.group));
		return (inGroup.length > 0 ? inGroup : best)[0];
	}
	if (deepest.level === 'item' && deepest.text === '' && ctx.group !== null) {
		return REQUEST_ROWS.find((d) => d.group === ctx.group && d.item === deepest.number) ?? null;
	}
	return null;
}

/** The rows whose labels the text matches best, and how well (memoised per label text). */
const bestRows = memoize((text: string): { best: RequestRowDef[]; bestScore: number } => {
	let best: RequestRowDef[] = [];
	let bestScore = 0;
	for (const m of MATCHERS) {
		let score = 0;
		for (const c of m.cores) score = Math.max(score, similarity(text, c));
		if (score > bestScore) {
			bestScore = score;
			best = [m.def];
		} else if (score === bestScore && score > 0) best.push(m.def);
	}
	return { best, bestScore };
});

function labelParts(labels: readonly RawCell[]): LabelPart[] {
	const parts: LabelPart[] = [];
	for (const l of labels) for (const p of parseLabel(l.text)) parts.push(p);
	return parts;
}

/** The merged group labels of table 三 (三、本年度办理结果, （三）不予公开 …), in core form. */
const GROUP_CORES = [REQUEST_CHAPTER_RESULTS, ...Object.values(REQUEST_GROUPS)].map((l) => parseLabel(l).at(-1)?.text ?? '');

/** Whether text names a row or a merged group of table 三: such lines are table rows, never headings. */
export function isRequestLabel(text: string): boolean {
	const parts = parseLabel(text);
	const t = parts.length > 0 ? parts[parts.length - 1].text : core(text);
	return bestRows(t).bestScore >= 2 || GROUP_CORES.some((g) => similarity(t, g) >= 2);
}

function isHeaderRow(raw: RawRow): boolean {
	let words = 0;
	for (const c of raw.cells) {
		if (c.text === '' || c.text.length > MAX_LABEL || valueOf(c).kind !== 'text') continue;
		const t = core(c.text);
		if (t.includes('勾稽关系')) return true;
		if (HEADER_WORDS.some((w) => t === w || (t.length >= 3 && w.startsWith(t))) && ++words >= 2) return true;
	}
	return false;
}

/** A plain line that mentions a row of table 三 (a label a PDF extractor separated from its numbers). */
function mentionsRow(raw: RawRow): boolean {
	const written = raw.cells.map((c) => c.text).join('');
	// Flattened table text comes in short fragments; prose that merely mentions 属于国家秘密 is a sentence.
	if (written.length > MAX_FRAGMENT || /[。；;：:]/.test(written)) return false;
	const line = core(written);
	if (line.length < 3) return false;
	return MATCHERS.some((m) => m.cores.some((c) => c.length >= 4 && (line.includes(c) || (line.length >= 5 && c.startsWith(line)))));
}

/**
 * Reads table 三 within `region`. Rows are found by their labels, in any of the styles of SPEC §3.
 * When labels and numbers were separated (a flattened PDF), the table is `unparsed`: the rows whose
 * label and numbers still share a line are kept as `recovered`, and nothing else is guessed.
 */
export function readRequests(rows: readonly RawRow[], region: Span, versionHint: () => TableVersion | null): RequestsTable | null {
	const inRegion = rowsIn(rows, region);
	const ctx: Context = { chapter: null, group: null };
	const found = new Map<string, Row>();
	const extraRows: ExtraRow[] = [];
	const evidence: Span[] = [];
	let matched = 0;
	let unclean = 0;
	let firstStyle: RawRow['style'] | null = null;
	const columns = columnsFor(inRegion);

	for (const raw of inRegion) {
		if (isProse(raw)) continue;
		if (isGrid(raw)) {
			const { labels, values } = splitLabel(raw.cells);
			if (labels.length === 0 || labels.some((l) => l.text.length > MAX_LABEL)) continue;
			// Header rows have several labels and no values (自然人 | 法人或其他组织 | 总计); data rows rarely need the test.
			if (labels.length >= 2 || values.every((v) => v.text === '')) {
				if (isAppealsHeader(raw)) break;
				if (isHeaderRow(raw)) {
					evidence.push(raw.span);
					continue;
				}
			}
			const def = matchRequestRow(labels.length === 1 ? parseLabel(labels[0].text) : labelParts(labels), ctx);
			const label = labels[labels.length - 1];
			if (!def) {
				if (evidence.length > 0 && values.some((v) => v.text !== '')) extraRows.push(makeExtraRow(label, values));
				continue;
			}
			record(def, label, values, raw);
			continue;
		}
		if (isAppealsHeader(raw)) break;
		if (isHeaderRow(raw)) {
			evidence.push(raw.span);
			continue;
		}
		const plain = plainRow(raw);
		if (plain.label && plain.label.text.length <= MAX_LABEL) {
			const def = matchRequestRow(parseLabel(plain.label.text), { chapter: null, group: null });
			if (def && plain.clean && (plain.values.length === columns.length)) {
				record(def, plain.label, plain.values, raw);
				continue;
			}
			if (def || mentionsRow(raw)) {
				unclean++;
				evidence.push(raw.span);
			}
		} else if (isNumbersOnly(raw) && evidence.length > 0) {
			unclean++;
			evidence.push(raw.span);
		}
	}

	function record(def: RequestRowDef, label: RawCell, values: readonly RawCell[], raw: RawRow): void {
		evidence.push(raw.span);
		if (found.has(def.key)) {
			extraRows.push(makeExtraRow(label, values, def.key));
			return;
		}
		const built = buildCells(columns, values, rowEnd(values, label));
		found.set(def.key, makeRow(def.key, label, built.cells, built.extra, raw));
		firstStyle ??= raw.style;
		matched++;
	}

	// A 2021 table may write （六）其他处理 on a row of its own, above its three items: a group label, not the 2019 row.
	const lone = found.get('otherHandling');
	if (lone && [...found.keys()].some((k) => k.startsWith('otherHandling.')) && lone.cells.every((c) => c.value === null)) found.delete('otherHandling');

	if (evidence.length === 0 || (matched === 0 && evidence.length < 2)) return null;
	const span = envelope(evidence);
	const ordered = REQUEST_ROWS.map((d) => found.get(d.key)).filter((r): r is Row => r !== undefined);
	const version = tableVersion(found);
	if (matched === 0 || unclean > 0) {
		return { key: 'requests', status: 'unparsed', span, version, rows: [], extraRows: [], missingRows: [], style: firstStyle ?? 'plain', recovered: ordered };
	}
	const effective = version ?? versionHint() ?? '2021';
	const missingRows = REQUEST_ROWS.filter((d) => d.versions.includes(effective) && !found.has(d.key)).map((d) => d.key);
	return { key: 'requests', status: 'parsed', span, version, rows: ordered, extraRows, missingRows, style: firstStyle ?? 'tab', recovered: [] };
}

function tableVersion(found: ReadonlyMap<string, Row>): TableVersion | null {
	if ([...found.keys()].some((k) => k.startsWith('otherHandling.'))) return '2021';
	if (found.has('otherHandling')) return '2019';
	return null;
}

/**
 * The value columns: the seven of the format, or eight where the report adds a 法人或其他组织 subtotal
 * (written 小计 or 合计 in the header row of the five organisation columns; placed before them when the
 * header says so, otherwise after them).
 */
function columnsFor(inRegion: readonly RawRow[]): readonly ColumnDef<RequestColumnKey>[] {
	for (const raw of inRegion.slice(0, 8)) {
		const texts = raw.cells.map((c) => (c.text === '' || c.text.length > MAX_LABEL || valueOf(c).kind !== 'text' ? '' : core(c.text)));
		const commercial = texts.indexOf('商业企业');
		const subtotal = texts.findIndex((t) => SUBTOTAL.test(t));
		if (commercial >= 0 && subtotal >= 0) {
			const cols = [...REQUEST_COLUMNS];
			cols.splice(subtotal < commercial ? 1 : 6, 0, SUBTOTAL_COLUMN);
			return cols;
		}
	}
	return REQUEST_COLUMNS;
}
