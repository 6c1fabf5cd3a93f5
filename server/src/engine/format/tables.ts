/**
 * The three statistical tables of the unified format (docs/format.md), in both versions.
 * This file is the single source of truth: the reader matches text against these definitions and the
 * skeleton generator writes tables from them, so a skeleton always reads back completely.
 * The data is declared `as const`, and the key types (`RowKey`, `ColumnKey`, …) are derived from it: a key
 * that the format does not have is a compile error.
 */

/** A version of the unified format: 国办公开办函〔2019〕60号 or 〔2021〕30号. */
export type TableVersion = '2019' | '2021';
export const TABLE_VERSIONS: readonly TableVersion[] = ['2019', '2021'];

/** The three tables: 表二 `active`, 表三 `requests`, 表四 `appeals`. */
export const TABLE_KEYS = ['active', 'requests', 'appeals'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** `count`: a non-negative integer; `change`: an integer that may be negative; `amount`: a decimal with a unit. */
export type ColumnKind = 'count' | 'change' | 'amount';

export interface ColumnDef<K extends string = ColumnKey> {
	readonly key: K;
	/** The header text, verbatim. */
	readonly label: string;
	readonly kind: ColumnKind;
	/** The unit the header fixes for the whole column (本年收费金额（单位：万元）). */
	readonly unit?: string;
}

// Builders that keep each key's literal type, so the key types below can be derived from the data.
const count = <K extends string>(key: K, label: string) => ({ key, label, kind: 'count' as const });
const change = <K extends string>(key: K, label: string) => ({ key, label, kind: 'change' as const });
const amount = <K extends string>(key: K, label: string, unit?: string) => ({ key, label, kind: 'amount' as const, ...(unit ? { unit } : {}) });

// ── Table 二: 主动公开政府信息情况 ─────────────────────────────────────────────

export interface ActiveRowDef {
	readonly key: ActiveRowKey;
	/** The row label, verbatim for this version. */
	readonly label: string;
	/** Other wordings accepted as this row (the other version's label, common variants). */
	readonly aliases: readonly string[];
}

export interface ActiveBlockDef {
	readonly key: ActiveBlockKey;
	/** The item of 条例第二十条 the block reports. */
	readonly item: 1 | 5 | 6 | 8 | 9;
	/** The block's marker line, verbatim: 第二十条第（一）项. */
	readonly marker: string;
	readonly columns: readonly ColumnDef<ActiveColumnKey>[];
	readonly rows: readonly ActiveRowDef[];
}

const row = <K extends string>(key: K, label: string, ...aliases: string[]) => ({ key, label, aliases });

const ACTIVE_DATA = {
	'2019': [
		{
			key: 'item1', item: 1, marker: '第二十条第（一）项',
			columns: [count('newlyMade', '本年新制作数量'), count('newlyPublished', '本年新公开数量'), count('totalPublished', '对外公开总数量')],
			rows: [row('regulations', '规章'), row('normativeDocuments', '规范性文件', '行政规范性文件')],
		},
		{
			key: 'item5', item: 5, marker: '第二十条第（五）项',
			columns: [count('previousYear', '上一年项目数量'), change('change', '本年增/减'), count('decisions', '处理决定数量')],
			rows: [row('licensing', '行政许可'), row('otherServices', '其他对外管理服务事项')],
		},
		{
			key: 'item6', item: 6, marker: '第二十条第（六）项',
			columns: [count('previousYear', '上一年项目数量'), change('change', '本年增/减'), count('decisions', '处理决定数量')],
			rows: [row('penalties', '行政处罚'), row('coercion', '行政强制')],
		},
		{
			key: 'item8', item: 8, marker: '第二十条第（八）项',
			columns: [count('previousYear', '上一年项目数量'), change('change', '本年增/减')],
			rows: [row('fees', '行政事业性收费')],
		},
		{
			key: 'item9', item: 9, marker: '第二十条第（九）项',
			columns: [count('projects', '采购项目数量'), amount('amount', '采购总金额')],
			rows: [row('procurement', '政府集中采购')],
		},
	],
	'2021': [
		{
			key: 'item1', item: 1, marker: '第二十条第（一）项',
			columns: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('inForce', '现行有效件数')],
			rows: [row('regulations', '规章'), row('normativeDocuments', '行政规范性文件', '规范性文件')],
		},
		{
			key: 'item5', item: 5, marker: '第二十条第（五）项',
			columns: [count('decisions', '本年处理决定数量')],
			rows: [row('licensing', '行政许可')],
		},
		{
			key: 'item6', item: 6, marker: '第二十条第（六）项',
			columns: [count('decisions', '本年处理决定数量')],
			rows: [row('penalties', '行政处罚'), row('coercion', '行政强制')],
		},
		{
			key: 'item8', item: 8, marker: '第二十条第（八）项',
			columns: [amount('amount', '本年收费金额（单位：万元）', '万元')],
			rows: [row('fees', '行政事业性收费')],
		},
	],
} as const;

export type ActiveBlockKey = (typeof ACTIVE_DATA)[TableVersion][number]['key'];
export type ActiveRowKey = (typeof ACTIVE_DATA)[TableVersion][number]['rows'][number]['key'];
export type ActiveColumnKey = (typeof ACTIVE_DATA)[TableVersion][number]['columns'][number]['key'];

export const ACTIVE_BLOCKS: Readonly<Record<TableVersion, readonly ActiveBlockDef[]>> = ACTIVE_DATA;

/** The first column of every block of table 二. */
export const ACTIVE_CORNER = '信息内容';

// ── Table 三: 收到和处理政府信息公开申请情况 ──────────────────────────────────

const REQUEST_COLUMN_DATA = [
	count('natural', '自然人'),
	count('commercial', '商业企业'),
	count('research', '科研机构'),
	count('publicInterest', '社会公益组织'),
	count('legal', '法律服务机构'),
	count('other', '其他'),
	count('total', '总计'),
] as const;

/** The 法人或其他组织 subtotal column some reports add (小计): not in the format, but checked when written. */
export const SUBTOTAL_COLUMN = count('organisations', '小计');

export type RequestColumnKey = (typeof REQUEST_COLUMN_DATA)[number]['key'] | (typeof SUBTOTAL_COLUMN)['key'];
export const REQUEST_COLUMNS: readonly ColumnDef<RequestColumnKey>[] = REQUEST_COLUMN_DATA;

/** The corner cell of table 三, verbatim. */
export const REQUESTS_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const REQUESTS_APPLICANTS = '申请人情况';
export const REQUESTS_ORGANISATIONS = '法人或其他组织';

/**
 * The numbered groups of table 三. Chapters are 一…四 (一、本年新收…); groups are （一）…（七） under
 * 三、本年度办理结果; items are 1.…8. under a group.
 */
export const REQUEST_CHAPTER_RESULTS = '三、本年度办理结果';
export const REQUEST_GROUPS: Readonly<Record<number, string>> = {
	3: '（三）不予公开',
	4: '（四）无法提供',
	5: '（五）不予处理',
	6: '（六）其他处理',
};

/** `input`: 一 and 二; `result`: a result row summed into （七）; `resultTotal`; `output`: 四. */
export type RequestRowRole = 'input' | 'result' | 'resultTotal' | 'output';

export interface RequestRowDef {
	readonly key: RequestRowKey;
	/** The row's own label, verbatim, with its numbering: `一、本年新收…`, `（一）予以公开`, `1.属于国家秘密`. */
	readonly label: string;
	/** Chapter 1–4 (一、…四、). */
	readonly chapter: number;
	/** Group 1–7 under chapter 三, when the row is in one. */
	readonly group?: number;
	/** Item number within a group (1.…8.). */
	readonly item?: number;
	readonly role: RequestRowRole;
	readonly versions: readonly TableVersion[];
}

const both: readonly TableVersion[] = ['2019', '2021'];
const result = <K extends string>(key: K, label: string, group: number, item?: number, versions = both) => ({
	key, label, chapter: 3, group, item, role: 'result' as const, versions,
});

const REQUEST_ROW_DATA = [
	{ key: 'newRequests', label: '一、本年新收政府信息公开申请数量', chapter: 1, role: 'input', versions: both },
	{ key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', chapter: 2, role: 'input', versions: both },
	result('granted', '（一）予以公开', 1),
	result('partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2),
	result('denied.stateSecret', '1.属于国家秘密', 3, 1),
	result('denied.otherLaws', '2.其他法律行政法规禁止公开', 3, 2),
	result('denied.security', '3.危及“三安全一稳定”', 3, 3),
	result('denied.thirdParty', '4.保护第三方合法权益', 3, 4),
	result('denied.internalAffairs', '5.属于三类内部事务信息', 3, 5),
	result('denied.processInfo', '6.属于四类过程性信息', 3, 6),
	result('denied.enforcementFiles', '7.属于行政执法案卷', 3, 7),
	result('denied.queryMatters', '8.属于行政查询事项', 3, 8),
	result('unavailable.notHeld', '1.本机关不掌握相关政府信息', 4, 1),
	result('unavailable.needsCreation', '2.没有现成信息需要另行制作', 4, 2),
	result('unavailable.stillUnclear', '3.补正后申请内容仍不明确', 4, 3),
	result('notProcessed.petition', '1.信访举报投诉类申请', 5, 1),
	result('notProcessed.repeated', '2.重复申请', 5, 2),
	result('notProcessed.publication', '3.要求提供公开出版物', 5, 3),
	result('notProcessed.excessive', '4.无正当理由大量反复申请', 5, 4),
	result('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', 5, 5),
	result('otherHandling', '（六）其他处理', 6, undefined, ['2019']),
	result('otherHandling.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 6, 1, ['2021']),
	result('otherHandling.unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 6, 2, ['2021']),
	result('otherHandling.other', '3.其他', 6, 3, ['2021']),
	{ key: 'resultTotal', label: '（七）总计', chapter: 3, group: 7, role: 'resultTotal', versions: both },
	{ key: 'carriedForward', label: '四、结转下年度继续办理', chapter: 4, role: 'output', versions: both },
] as const;

export type RequestRowKey = (typeof REQUEST_ROW_DATA)[number]['key'];
export const REQUEST_ROWS: readonly RequestRowDef[] = REQUEST_ROW_DATA;

const ROWS_BY_VERSION: Readonly<Record<TableVersion, readonly RequestRowDef[]>> = {
	'2019': REQUEST_ROWS.filter((r) => r.versions.includes('2019')),
	'2021': REQUEST_ROWS.filter((r) => r.versions.includes('2021')),
};

/** The rows of table 三 in the given version, in order (one list per version, built once). */
export function requestRows(version: TableVersion): readonly RequestRowDef[] {
	return ROWS_BY_VERSION[version];
}

// ── Table 四: 政府信息公开行政复议、行政诉讼情况 ─────────────────────────────

const APPEAL_GROUP_DATA = [
	{ key: 'review', label: '行政复议' },
	{ key: 'suitDirect', label: '未经复议直接起诉' },
	{ key: 'suitAfterReview', label: '复议后起诉' },
] as const;

export type AppealGroupKey = (typeof APPEAL_GROUP_DATA)[number]['key'];

export interface AppealGroupDef {
	readonly key: AppealGroupKey;
	readonly label: string;
}

export const APPEAL_GROUPS: readonly AppealGroupDef[] = APPEAL_GROUP_DATA;
export const APPEAL_SUITS = '行政诉讼';

const APPEAL_COLUMN_DATA = [
	count('upheld', '结果维持'),
	count('corrected', '结果纠正'),
	count('other', '其他结果'),
	count('pending', '尚未审结'),
	count('total', '总计'),
] as const;

/** A column within a group of table 四 (its cells are keyed `group.column`). */
export type AppealColumnKey = (typeof APPEAL_COLUMN_DATA)[number]['key'];
export const APPEAL_COLUMNS: readonly ColumnDef<AppealColumnKey>[] = APPEAL_COLUMN_DATA;

/** A cell of table 四's data row: `review.upheld` … `suitAfterReview.total`. */
export type AppealCellKey = `${AppealGroupKey}.${AppealColumnKey}`;

/** The key of table 四's one data row. */
export const APPEALS_ROW = 'appeals';

/** The 15 cells of table 四's data row, in order, with their `group.column` keys. */
export const APPEAL_CELLS: readonly { readonly key: AppealCellKey; readonly group: AppealGroupDef; readonly column: ColumnDef<AppealColumnKey> }[] = APPEAL_GROUPS.flatMap((group) =>
	APPEAL_COLUMNS.map((column) => ({ key: appealCell(group.key, column.key), group, column })),
);

export function appealCell(group: AppealGroupKey, column: AppealColumnKey): AppealCellKey {
	return `${group}.${column}`;
}

// ── The vocabulary of keys ────────────────────────────────────────────────────

/** A standard row of any table; table 四's one data row is `appeals`. */
export type RowKey = ActiveRowKey | RequestRowKey | typeof APPEALS_ROW;
/** A value column of any table; table 四's are `group.column`. */
export type ColumnKey = ActiveColumnKey | RequestColumnKey | AppealCellKey;

const ROW_KEYS: ReadonlySet<string> = new Set<RowKey>([
	...TABLE_VERSIONS.flatMap((v) => ACTIVE_BLOCKS[v].flatMap((b) => b.rows.map((r) => r.key))),
	...REQUEST_ROWS.map((r) => r.key),
	APPEALS_ROW,
]);
const COLUMN_KEYS: ReadonlySet<string> = new Set<ColumnKey>([
	...TABLE_VERSIONS.flatMap((v) => ACTIVE_BLOCKS[v].flatMap((b) => b.columns.map((c) => c.key))),
	...REQUEST_COLUMNS.map((c) => c.key),
	SUBTOTAL_COLUMN.key,
	...APPEAL_CELLS.map((c) => c.key),
]);

/** Narrows a string read from outside (a protocol message, a setting) to a row key, where text flows in. */
export function isRowKey(key: string): key is RowKey {
	return ROW_KEYS.has(key);
}

/** Narrows a string read from outside to a column key. */
export function isColumnKey(key: string): key is ColumnKey {
	return COLUMN_KEYS.has(key);
}

export function isTableKey(key: string): key is TableKey {
	return (TABLE_KEYS as readonly string[]).includes(key);
}

/** The document that issued each version of the format. */
export const FORMAT_DOCUMENTS: Readonly<Record<TableVersion, string>> = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' };

/** Labels that only the 2019 format has, and only the 2021 format has; evidence of the version in use. */
export const VERSION_MARKERS: Readonly<Record<TableVersion, readonly string[]>> = {
	'2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量', '采购总金额', '其他对外管理服务事项', '政府集中采购'],
	'2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
};
