/**
 * The table preview, running inside a VS Code webview. It renders the model the server computed
 * (`nianbao/tables`) in the official layout and never parses document text. Every piece of text goes
 * into the page as a text node, so nothing a report contains can run here.
 */
import type { FromWebview, PreviewBlock, PreviewCell, PreviewLabels, PreviewRow, PreviewTable, TablesResult, ToWebview } from '../../server/src/protocol';

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

function labelCell(row: PreviewRow, colSpan = 1): HTMLTableCellElement {
	const th = el('th', 'label', row.label);
	th.colSpan = colSpan;
	th.scope = 'row';
	if (row.absent) {
		th.classList.add('absent');
		th.title = t('absentRow');
	} else if (row.written && row.written.replace(/\s/g, '') !== row.label.replace(/\s/g, '')) {
		th.title = `${t('written')}: ${row.written}`;
	}
	return th;
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

function activeBlock(block: PreviewBlock): HTMLElement {
	const section = el('section', 'block');
	section.append(el('h3', '', block.title));
	if (block.status === 'unparsed') {
		section.append(unparsed(block.range, block.title));
		return section;
	}
	const table = el('table', 'official');
	const head = table.createTHead().insertRow();
	head.append(el('th', 'corner', t('content')));
	for (const c of block.columns) head.append(el('th', '', c.name));
	const body = table.createTBody();
	for (const row of block.rows) {
		const tr = body.insertRow();
		if (row.absent) tr.className = 'absent-row';
		tr.append(labelCell(row));
		for (const c of block.columns) tr.append(row.absent ? el('td', 'value absent', '—') : valueCell(row.cells.find((x) => x.column === c.key)));
	}
	section.append(table);
	return section;
}

/** Table 三 in the official layout: the three-row header, and the merged group labels down the left. */
function requestsTable(table: PreviewTable): HTMLElement {
	const block = table.blocks[0];
	const columns = block.columns;
	const t3 = el('table', 'official requests');
	const head = t3.createTHead();
	head.insertRow().append(th(t('balanceNote'), 3, 3, 'corner'), th(t('applicants'), columns.length));
	head.insertRow().append(th(columns[0]?.name ?? '', 1, 2), th(t('organisations'), columns.length - 2), th(columns[columns.length - 1]?.name ?? '', 1, 2));
	const r3 = head.insertRow();
	for (const c of columns.slice(1, -1)) r3.append(el('th', '', c.name));
	const body = t3.createTBody();
	const rows = block.rows;
	for (let k = 0; k < rows.length; k++) {
		const row = rows[k];
		const tr = body.insertRow();
		if (row.absent) tr.className = 'absent-row';
		const depth = row.groups.length;
		// A group label is written once, merged down over the rows that share it.
		for (let g = 0; g < depth; g++) {
			const same = (r: PreviewRow | undefined) => r !== undefined && r.groups[g] === row.groups[g] && r.groups.slice(0, g).join() === row.groups.slice(0, g).join();
			if (k > 0 && same(rows[k - 1])) continue;
			let span = 1;
			while (same(rows[k + span])) span++;
			tr.append(th(row.groups[g], 1, span, 'group'));
		}
		tr.append(labelCell(row, 3 - depth));
		for (const c of columns) tr.append(row.absent ? el('td', 'value absent', '—') : valueCell(row.cells.find((x) => x.column === c.key)));
	}
	return t3;
}

/** Table 四: 行政复议 over its five columns, 行政诉讼 over the two groups of five, one row of values. */
function appealsTable(table: PreviewTable): HTMLElement {
	const block = table.blocks[0];
	const t4 = el('table', 'official appeals');
	const head = t4.createTHead();
	head.insertRow().append(th(t('review'), 5, 2), th(t('suits'), 10));
	head.insertRow().append(th(t('suitDirect'), 5), th(t('suitAfterReview'), 5));
	const r3 = head.insertRow();
	for (const c of block.columns) r3.append(el('th', '', c.name));
	const tr = t4.createTBody().insertRow();
	const row = block.rows[0];
	for (const c of block.columns) tr.append(row ? valueCell(row.cells.find((x) => x.column === c.key)) : el('td', 'value absent', '—'));
	return t4;
}

function tableSection(table: PreviewTable | null, key: 'active' | 'requests' | 'appeals'): HTMLElement {
	const section = el('section', `table ${key}`);
	const title = el('h2', '', table?.title ?? t(`table.${key}`));
	section.append(title);
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
	else if (key === 'requests') section.append(requestsTable(table));
	else section.append(appealsTable(table));
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
	bar.append(el('span', model.errorCount > 0 ? 'pill errors' : 'pill ok', model.errorCount > 0 ? `✗ ${t('errors').replace('{0}', String(model.errorCount))}` : `✓ ${t('noErrors')}`));
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

function render(model: TablesResult): void {
	cellsByRange = [];
	const page = document.createDocumentFragment();
	page.append(summary(model), tableSection(model.tables.active, 'active'), tableSection(model.tables.requests, 'requests'), tableSection(model.tables.appeals, 'appeals'));
	root.replaceChildren(page);
	vscode.setState({ uri: model.uri });
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
	}
});

vscode.postMessage({ type: 'ready' });
