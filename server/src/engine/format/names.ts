import {
	ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, APPEALS_ROW, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS, TABLE_VERSIONS,
	type ActiveBlockKey, type AppealCellKey, type AppealColumnKey, type AppealGroupKey, type ColumnKey, type RowKey, type TableKey,
} from './tables';
import type { Message } from '../vocabulary';

/** Everything that has a display name: tables, blocks, rows, columns, table 四's groups and group columns. */
export type NameKey = TableKey | ActiveBlockKey | RowKey | ColumnKey | AppealGroupKey | `appeal.${AppealColumnKey}`;

/** English names. Typed by key: a key without a name is a compile error (table 四's cells are composed). */
const ENGLISH: Readonly<Record<Exclude<NameKey, AppealCellKey>, string>> = {
	regulations: 'Regulations', normativeDocuments: 'Normative documents', licensing: 'Administrative licensing',
	otherServices: 'Other external management services', penalties: 'Administrative penalties', coercion: 'Administrative coercion',
	fees: 'Administrative fees', procurement: 'Centralised government procurement',
	newlyMade: 'made this year', newlyPublished: 'published this year', totalPublished: 'total published', previousYear: 'items last year',
	change: 'change this year', decisions: 'decisions', projects: 'procurement projects', amount: 'amount', issued: 'issued this year',
	repealed: 'repealed this year', inForce: 'in force',
	natural: 'natural persons', commercial: 'businesses', research: 'research institutions', publicInterest: 'public-interest organisations',
	legal: 'legal service providers', other: 'other', total: 'total', organisations: 'organisations subtotal',
	newRequests: '1. New requests this year', carriedOver: '2. Carried over from last year', granted: '3(1) Disclosed',
	partlyGranted: '3(2) Partly disclosed', 'denied.stateSecret': '3(3)1 State secret', 'denied.otherLaws': '3(3)2 Prohibited by other laws',
	'denied.security': '3(3)3 Endangers security or stability', 'denied.thirdParty': '3(3)4 Third-party rights',
	'denied.internalAffairs': '3(3)5 Internal affairs', 'denied.processInfo': '3(3)6 Process information',
	'denied.enforcementFiles': '3(3)7 Enforcement files', 'denied.queryMatters': '3(3)8 Administrative queries',
	'unavailable.notHeld': '3(4)1 Not held', 'unavailable.needsCreation': '3(4)2 Would need creating', 'unavailable.stillUnclear': '3(4)3 Still unclear',
	'notProcessed.petition': '3(5)1 Petitions and complaints', 'notProcessed.repeated': '3(5)2 Repeated', 'notProcessed.publication': '3(5)3 Publications',
	'notProcessed.excessive': '3(5)4 Excessive', 'notProcessed.confirmation': '3(5)5 Confirmation of information held',
	otherHandling: '3(6) Other handling', 'otherHandling.noCorrection': '3(6)1 Not corrected in time', 'otherHandling.unpaidFee': '3(6)2 Fee not paid',
	'otherHandling.other': '3(6)3 Other', resultTotal: '3(7) Total', carriedForward: '4. Carried forward',
	review: 'administrative review', suitDirect: 'lawsuit without review', suitAfterReview: 'lawsuit after review',
	'appeal.upheld': 'upheld', 'appeal.corrected': 'corrected', 'appeal.other': 'other result', 'appeal.pending': 'pending', 'appeal.total': 'total',
	active: 'Table 2 (proactive disclosure)', requests: 'Table 3 (requests)', appeals: 'Table 4 (reviews and lawsuits)',
	item1: 'art. 20 item (1)', item5: 'art. 20 item (5)', item6: 'art. 20 item (6)', item8: 'art. 20 item (8)', item9: 'art. 20 item (9)',
};

/** Chinese names that are not a label of the format data (the tables, the subtotal); typed like ENGLISH. */
const CHINESE_OWN: Readonly<Record<TableKey | Extract<ColumnKey, 'organisations'>, string>> = {
	active: '表二（主动公开政府信息情况）',
	requests: '表三（收到和处理政府信息公开申请情况）',
	appeals: '表四（政府信息公开行政复议、行政诉讼情况）',
	organisations: '法人或其他组织小计',
};

/** Chinese names: the format's own labels, so every key the data defines has one by construction. */
const CHINESE = new Map<NameKey, string>(Object.entries(CHINESE_OWN) as [NameKey, string][]);
for (const v of TABLE_VERSIONS) {
	for (const b of ACTIVE_BLOCKS[v]) {
		CHINESE.set(b.key, b.marker);
		for (const r of b.rows) if (!CHINESE.has(r.key)) CHINESE.set(r.key, r.label);
		for (const c of b.columns) if (!CHINESE.has(c.key)) CHINESE.set(c.key, c.label);
	}
}
for (const c of REQUEST_COLUMNS) CHINESE.set(c.key, c.label);
for (const r of REQUEST_ROWS) CHINESE.set(r.key, r.group !== undefined && r.item !== undefined ? `${REQUEST_GROUPS[r.group] ?? ''}${r.label}` : r.label);
for (const g of APPEAL_GROUPS) CHINESE.set(g.key, g.label);
// Table 四's columns share keys with table 三's (other, total): they are named under `appeal.`.
for (const c of APPEAL_COLUMNS) CHINESE.set(`appeal.${c.key}`, c.label);

const names = new Map<NameKey, Message>();
const cellNames = new Map<string, Message>();

/** The name of a row, column, group, block or table key in both languages (built once per key). */
export function nameOf(key: NameKey): Message {
	let name = names.get(key);
	if (!name) names.set(key, (name = buildName(key)));
	return name;
}

function buildName(key: NameKey): Message {
	if (isAppealCell(key)) {
		const [group, column] = key.split('.') as [AppealGroupKey, AppealColumnKey];
		const g = nameOf(group);
		const c = nameOf(`appeal.${column}`);
		return { zh: `${g.zh}·${c.zh}`, en: `${g.en}, ${c.en}` };
	}
	// The Chinese map holds every key of the data (names.test.ts checks it); the key is only a last resort.
	return { zh: CHINESE.get(key) ?? key, en: ENGLISH[key] };
}

const APPEAL_CELL = new RegExp(`^(${APPEAL_GROUPS.map((g) => g.key).join('|')})\\.`);
function isAppealCell(key: NameKey): key is AppealCellKey {
	return APPEAL_CELL.test(key);
}

/** The name of a cell: its row and column (`review.total` → 行政复议·总计). */
export function cellName(rowKey: RowKey, column: ColumnKey): Message {
	const key = `${rowKey}|${column}`;
	let name = cellNames.get(key);
	if (!name) cellNames.set(key, (name = buildCellName(rowKey, column)));
	return name;
}

/**
 * Column labels of table 二 by row: blocks share column keys with different headers (`amount` is 采购总金额
 * under 政府集中采购 but 本年收费金额（单位：万元） under 行政事业性收费), so a cell is named by its own block's
 * header. The current version's header wins where both versions have the row.
 */
const ACTIVE_COLUMN_LABELS = new Map<string, string>();
for (const v of [...TABLE_VERSIONS].reverse()) {
	for (const b of ACTIVE_BLOCKS[v]) for (const r of b.rows) for (const c of b.columns) {
		const key = `${r.key}|${c.key}`;
		if (!ACTIVE_COLUMN_LABELS.has(key)) ACTIVE_COLUMN_LABELS.set(key, c.label);
	}
}

function buildCellName(rowKey: RowKey, column: ColumnKey): Message {
	if (rowKey === APPEALS_ROW) return nameOf(column);
	const r = nameOf(rowKey);
	const c = nameOf(column);
	const zh = ACTIVE_COLUMN_LABELS.get(`${rowKey}|${column}`) ?? c.zh;
	return { zh: `${r.zh}·${zh}`, en: `${r.en}, ${c.en}` };
}
