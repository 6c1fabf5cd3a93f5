/**
 * Renders a text report as a web page, the first step of the generated source fixtures
 * (test/fixtures/sources/generate.sh prints it to PDF with Chromium and converts it to .docx and .pdf with
 * LibreOffice). Rows of two or more cells become table rows; other lines become paragraphs.
 *
 * With `verticalLabel`, the cell 三、本年度办理结果 spans the rows below it whose first cell is empty, one
 * character per line, as published reports stack it. Pages are landscape so that table 四's fifteen columns fit.
 */
import * as fs from 'node:fs';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { splitRows } from '../../server/src/engine/syntax/rows';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HtmlOptions {
	readonly title: string;
	readonly verticalLabel?: boolean;
	/** Extra CSS (a larger font forces a table across a page break). */
	readonly css?: string;
}

export function reportToHtml(text: string, options: HtmlOptions): string {
	// Plain lines (prose, split on spaces by the engine) are paragraphs; tab, cell and pipe rows are table rows.
	const rows = splitRows(text, new LineIndex(text)).map((r) => (r.style === 'plain' ? [text.slice(r.span.start, r.span.end)] : r.cells.map((c) => c.text)));
	const body: string[] = [];
	let table: string[][] | null = null;
	const closeTable = (): void => {
		if (table) body.push(renderTable(table, options.verticalLabel === true));
		table = null;
	};
	for (const cells of rows) {
		if (cells.length >= 2) {
			(table ??= []).push(cells);
			continue;
		}
		closeTable();
		const t = (cells[0] ?? '').replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
		if (t !== '') body.push(`<p>${escape(t)}</p>`);
	}
	closeTable();
	return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(options.title)}</title>
<style>
body { font-family: "WenQuanYi Zen Hei", sans-serif; font-size: 12pt; margin: 2cm; }
table { border-collapse: collapse; margin: 6pt 0; font-size: 9pt; width: 100%; }
td { border: 1px solid #000; padding: 2pt 3pt; }
td.vertical { text-align: center; width: 1.2em; }
@page { size: A4 landscape; }
${options.css ?? ''}
</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

function renderTable(rows: string[][], vertical: boolean): string {
	const out: string[] = ['<table width="100%" border="1" cellspacing="0">'];
	let skipFirst = 0;
	rows.forEach((cells, r) => {
		// Short cells stay on one line, as a published table sets them; long labels wrap.
		let tds = cells.map((c) => (c.length <= 14 ? `<td nowrap>${escape(c)}</td>` : `<td>${escape(c)}</td>`));
		if (skipFirst > 0 && cells[0] === '') {
			tds = tds.slice(1);
			skipFirst--;
		} else skipFirst = 0;
		if (vertical && /^三、\s*本年度办理结果/.test(cells[0])) {
			let span = 1;
			while (r + span < rows.length && rows[r + span][0] === '') span++;
			// One character per line, as word processors stack a label in a narrow merged cell.
			tds[0] = `<td class="vertical" rowspan="${span}">${[...cells[0].replace(/\s+/g, '')].map(escape).join('<br>')}</td>`;
			skipFirst = span - 1;
		}
		out.push(`<tr>${tds.join('')}</tr>`);
	});
	out.push('</table>');
	return out.join('\n');
}

// `node out/test/support/sourceFixtures.js REPORT.txt OUT.html TITLE [vertical] [CSS]`, for generate.sh.
if (require.main === module && process.argv.length > 4) {
	const [source, out, title, vertical, css] = process.argv.slice(2);
	fs.writeFileSync(out, reportToHtml(fs.readFileSync(source, 'utf8'), { title, verticalLabel: vertical === 'vertical', css: css || undefined }));
}
