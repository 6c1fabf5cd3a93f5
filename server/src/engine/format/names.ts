import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS } from './tables';
import type { Message } from '../vocabulary';

/** English names of the rows and columns, for messages in English (Chinese names come from the labels). */
const ENGLISH: Readonly<Record<string, string>> = {
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

const CHINESE = new Map<string, string>();
for (const v of ['2019', '2021'] as const) {
	for (const b of ACTIVE_BLOCKS[v]) {
		CHINESE.set(b.key, b.marker);
		for (const r of b.rows) if (!CHINESE.has(r.key)) CHINESE.set(r.key, r.label);
		for (const c of b.columns) if (!CHINESE.has(c.key)) CHINESE.set(c.key, c.label);
	}
}
for (const c of REQUEST_COLUMNS) CHINESE.set(c.key, c.label);
CHINESE.set('organisations', '法人或其他组织小计');
for (const r of REQUEST_ROWS) CHINESE.set(r.key, r.group !== undefined && r.item !== undefined ? `${REQUEST_GROUPS[r.group] ?? ''}${r.label}` : r.label);
for (const g of APPEAL_GROUPS) CHINESE.set(g.key, g.label);
// Table 四's columns share keys with table 三's (other, total): they are named under `appeal.`.
for (const c of APPEAL_COLUMNS) CHINESE.set(`appeal.${c.key}`, c.label);
CHINESE.set('active', '表二（主动公开政府信息情况）');
CHINESE.set('requests', '表三（收到和处理政府信息公开申请情况）');
CHINESE.set('appeals', '表四（政府信息公开行政复议、行政诉讼情况）');

const names = new Map<string, Message>();
const cellNames = new Map<string, Message>();

/** The name of a row, column, group, block or table key in both languages (built once per key). */
export function nameOf(key: string): Message {
	let name = names.get(key);
	if (!name) names.set(key, (name = { zh: CHINESE.get(key) ?? key, en: ENGLISH[key] ?? key }));
	return name;
}

/** The name of a cell: its row and column (`review.total` → 行政复议 总计). */
export function cellName(rowKey: string, column: string): Message {
	const key = `${rowKey}|${column}`;
	let name = cellNames.get(key);
	if (!name) cellNames.set(key, (name = buildCellName(rowKey, column)));
	return name;
}

function buildCellName(rowKey: string, column: string): Message {
	if (rowKey === 'appeals') {
		const [group, col] = column.split('.');
		const g = nameOf(group);
		const c = nameOf(`appeal.${col}`);
		return { zh: `${g.zh}·${c.zh}`, en: `${g.en}, ${c.en}` };
	}
	const r = nameOf(rowKey);
	const c = nameOf(column);
	return { zh: `${r.zh}·${c.zh}`, en: `${r.en}, ${c.en}` };
}
