/**
 * The table preview, running inside a VS Code webview. It renders the model the server computed
 * (`nianbao/tables`) in the official layout and never parses document text. Every piece of text goes
 * into the page as a text node, so nothing a report contains can run here.
 */
import type { FromWebview, PreviewBlock, PreviewCell, PreviewCheck, PreviewLabels, PreviewRow, PreviewTable, TablesResult, ToWebview } from '../../server/src/protocol';

interface VsCodeApi {
	postMessage(message: FromWebview): void;
	setState(state: unknown): void;
	getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
let labels: PreviewLabels = {};
let cellsByRange: { el: HTMLElement; cell: PreviewCell }[] = [];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (className) e.className = className;
	if (text !== undefined) e.textContent = text;
	return e;
}

/** A header cell spanning columns and rows, as the official form merges them. */
function th(text: string, colSpan = 1, rowSpan = 1, className = ''): HTMLTableCellElement {
	const cell = el('th', className, text);
	cell.colSpan = colSpan;
	cell.rowSpan = rowSpan;
	return cell;
}

function t(key: string): string {
	return labels[key] ?? key;
}

function reveal(range: PreviewCell['range']): void {
	vscode.postMessage({ type: 'reveal', range });
}

/** A value cell: its value, the markers of its problems (colour plus an icon), and a click to its source. */
function valueCell(cell: PreviewCell | undefined): HTMLTableCellElement {
	const td = el('td', 'value');
	if (!cell || cell.missing) {
		td.classList.add('absent');
		td.textContent = '—';
		td.title = t('missingCell');
		return td;
	}
	const errors = cell.problems.filter((p) => p.severity === 'error');
	const others = cell.problems.filter((p) => p.severity !== 'error');
	if (cell.kind === 'blank') {
		td.classList.add('blank');
		td.append(el('span', 'placeholder', t('blank')));
	} else {
		td.append(el('span', 'text', cell.text));
	}
	if (errors.length > 0) {
		td.classList.add('problem', 'error');
		td.prepend(el('span', 'icon', '✗'));
	} else if (others.length > 0) {
		td.classList.add('problem', 'warning');
		td.prepend(el('span', 'icon', '⚠'));
	}
	td.title = [cell.name, ...cell.problems.map((p) => `${p.code}: ${p.message}`)].join('\n');
	td.tabIndex = 0;
	td.addEventListener('click', () => reveal(cell.range));
	td.addEventListener('keydown', (e) => {
		if (e.key === 'Enter') reveal(cell.range);
	});
	cellsByRange.push({ el: td, cell });
	return td;
}

/** A row's own label cell (the last of its layout cells): the official label, with the written one in the tooltip. */
function labelCell(row: PreviewRow, colSpan: number, rowSpan: number): HTMLTableCellElement {
	const cell = th(row.label, colSpan, rowSpan, 'label');
	cell.scope = 'row';
	if (row.absent) {
		cell.classList.add('absent');
		cell.title = t('absentRow');
	} else if (row.written && row.written.replace(/\s/g, '') !== row.label.replace(/\s/g, '')) {
		cell.title = `${t('written')}: ${row.written}`;
	}
	return cell;
}

function toolbar(table: PreviewTable): HTMLElement {
	const bar = el('div', 'toolbar');
	for (const format of ['tsv', 'markdown', 'csv'] as const) {
		const b = el('button', 'copy', t(`copy.${format}`));
		b.addEventListener('click', () => vscode.postMessage({ type: 'copy', table: table.key, format }));
		bar.append(b);
	}
	return bar;
}

function unparsed(range: PreviewTable['range'], what: string): HTMLElement {
	const box = el('div', 'unparsed');
	box.append(el('span', 'icon', '⚠'), el('span', '', `${what}${t('unparsed')}`));
	const jump = el('button', 'jump', t('jump'));
	jump.addEventListener('click', () => reveal(range));
	box.append(jump);
	return box;
}

/**
 * A block in the official layout the model carries (format/layout.ts): the header rows with their merged
 * cells, then each row's label cells (a group's label merged down over its rows) and its values.
 */
function officialTable(block: PreviewBlock, key: PreviewTable['key']): HTMLTableElement {
	const table = el('table', `official ${key}`);
	const head = table.createTHead();
	block.header.forEach((cells, k) => {
		const tr = head.insertRow();
		for (const c of cells) tr.append(th(c.text, c.colSpan, c.rowSpan, k === 0 && c === cells[0] && block.labelColumns > 0 ? 'corner' : ''));
	});
	const body = table.createTBody();
	for (const row of block.rows) {
		const tr = body.insertRow();
		if (row.absent) tr.className = 'absent-row';
		row.labels.forEach((c, k) => tr.append(k === row.labels.length - 1 ? labelCell(row, c.colSpan, c.rowSpan) : th(c.text, c.colSpan, c.rowSpan, 'group')));
		for (const c of block.columns) tr.append(row.absent ? el('td', 'value absent', '—') : valueCell(row.cells.find((x) => x.column === c.key)));
	}
	return table;
}

function activeBlock(block: PreviewBlock): HTMLElement {
	const section = el('section', 'block');
	section.append(el('h3', '', block.title));
	if (block.status === 'unparsed') section.append(unparsed(block.range, block.title));
	else section.append(officialTable(block, 'active'));
	return section;
}

function tableSection(table: PreviewTable | null, key: 'active' | 'requests' | 'appeals', check: PreviewCheck | undefined): HTMLElement {
	const section = el('section', `table ${key}`);
	section.id = `table-${key}`;
	const title = el('h2', '', table?.title ?? t(`table.${key}`));
	section.append(title);
	// What was not checked is said, never hidden behind a clean look.
	if (table && check && check.state !== 'checked') section.append(el('p', 'not-checked', `${t(check.state === 'unchecked' ? 'notChecked' : 'partlyChecked')}${check.reason ? `：${check.reason}` : ''}`));
	if (!table) {
		section.append(el('p', 'absent-table', t('absentTable')));
		return section;
	}
	if (table.version) title.append(el('span', 'version', ` ${table.version}`));
	section.append(toolbar(table));
	if (table.status === 'unparsed' && key !== 'active') {
		section.append(unparsed(table.range, table.title));
		return section;
	}
	if (key === 'active') for (const b of table.blocks) section.append(activeBlock(b));
	else for (const b of table.blocks) section.append(officialTable(b, key));
	if (table.extraRows.length > 0) {
		const extra = el('div', 'extra-rows');
		extra.append(el('h4', '', t('extraRows')));
		for (const r of table.extraRows) {
			const line = el('div', 'extra', `${r.label}: ${r.values.join(' · ')}`);
			line.addEventListener('click', () => reveal(r.range));
			extra.append(line);
		}
		section.append(extra);
	}
	return section;
}

function summary(model: TablesResult): HTMLElement {
	const bar = el('header', 'summary');
	const version = model.formatVersion === '2019' || model.formatVersion === '2021' ? t('version').replace('{0}', model.formatVersion) : t(`version.${model.formatVersion}`);
	bar.append(el('span', 'pill', version));
	if (model.year !== null) bar.append(el('span', 'pill', t('year').replace('{0}', String(model.year))));
	if (model.body) bar.append(el('span', 'pill', model.body));
	const unchecked = model.checks.filter((c) => c.state !== 'checked');
	if (model.errorCount > 0) bar.append(el('span', 'pill errors', `✗ ${model.errorCount === 1 ? t('oneError') : t('errors').replace('{0}', String(model.errorCount))}`));
	else if (unchecked.length === 0) bar.append(el('span', 'pill ok', `✓ ${t('noErrors')}`));
	if (unchecked.length > 0) {
		const pill = el('span', 'pill unchecked', t('notFullyChecked'));
		pill.title = unchecked.map((c) => `${t(`table.${c.table}`)}: ${c.reason ?? ''}`).join('\n');
		bar.append(pill);
	}
	if (model.balance.length > 0) {
		const balance = el('span', 'balance');
		balance.append(el('span', '', `${t('balance')}：`));
		for (const b of model.balance) {
			const mark = b.holds === null ? '—' : b.holds ? '✓' : '✗';
			const item = el('span', b.holds === false ? 'column failing' : 'column', `${b.name} ${mark}`);
			if (b.holds === false) item.title = `${b.left} ≠ ${b.right}`;
			balance.append(item);
		}
		bar.append(balance);
	}
	return bar;
}

/** The table a code lens asked for, once it is rendered (the model may arrive after the request). */
let pendingScroll: PreviewTable['key'] | null = null;

function scrollTo(table: PreviewTable['key']): void {
	const section = document.getElementById(`table-${table}`);
	if (!section) {
		pendingScroll = table;
		return;
	}
	pendingScroll = null;
	section.scrollIntoView({ block: 'start' });
}

function render(model: TablesResult): void {
	cellsByRange = [];
	const page = document.createDocumentFragment();
	const check = (key: PreviewTable['key']) => model.checks.find((c) => c.table === key);
	page.append(summary(model), tableSection(model.tables.active, 'active', check('active')), tableSection(model.tables.requests, 'requests', check('requests')), tableSection(model.tables.appeals, 'appeals', check('appeals')));
	root.replaceChildren(page);
	vscode.setState({ uri: model.uri });
	if (pendingScroll) scrollTo(pendingScroll);
}

function highlight(position: { line: number; character: number } | null): void {
	for (const { el: e } of cellsByRange) e.classList.remove('cursor');
	if (!position) return;
	const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
	const hit = cellsByRange.find(({ cell }) => before(cell.range.start, position) && before(position, cell.range.end));
	if (hit) {
		hit.el.classList.add('cursor');
		hit.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
	}
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
	const message = event.data;
	if (message.type === 'model') {
		labels = message.labels;
		render(message.model);
	} else if (message.type === 'empty') {
		labels = message.labels;
		root.replaceChildren(el('p', 'empty', message.message));
	} else if (message.type === 'cursor') {
		highlight(message.position);
	} else if (message.type === 'scroll') {
		scrollTo(message.table);
	}
});

vscode.postMessage({ type: 'ready' });
