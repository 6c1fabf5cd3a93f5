/**
 * Reads a Word document (.docx) into blocks: body paragraphs, and tables row by row with their merged cells.
 *
 * `word/document.xml` is taken from the zip with fflate and read with htmlparser2 in XML mode (both small,
 * pure JavaScript and bundled). mammoth was not used: it converts to HTML and drops what the tables need here,
 * the grid spans and vertical merges, which decide where a count sits.
 *
 * Cells are written as Word's own "save as text" writes them, which the engine already reads (corpus 000): one
 * cell per `w:tc`, a cell spanning n grid columns (`w:gridSpan`) followed by n - 1 empty cells, and a cell
 * continuing a vertical merge (`w:vMerge` without `restart`) empty, so every row keeps its columns.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import type { SourceBlock } from '../../engine/index';
import { SourceError } from './errors';

/** Deleted text (tracked changes) and field codes are not the document's text. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:moveFrom']);

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins the paragraphs of one cell: nothing between Chinese text (商业 / 企业 is 商业企业), a space otherwise. */
function joinLines(parts: readonly string[]): string {
	let out = '';
	for (const p of parts) {
		const t = p.trim();
		if (t === '') continue;
		out = out === '' || CJK_END.test(out) || CJK_START.test(t) ? out + t : `${out} ${t}`;
	}
	return out;
}

interface TableState {
	rows: string[][];
	row: string[] | null;
	/** The paragraphs of the open cell. */
	cell: string[] | null;
	span: number;
	continued: boolean;
}

export function readDocx(data: Uint8Array): SourceBlock[] {
	if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) throw new SourceError('doc');
	let xml: Uint8Array | undefined;
	try {
		xml = unzipSync(data, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
	} catch (e) {
		throw new SourceError('not-docx', (e as Error).message);
	}
	if (!xml) throw new SourceError('not-docx');
	return documentBlocks(new TextDecoder('utf-8').decode(xml));
}

/** The blocks of `word/document.xml`: paragraphs numbered through the body, tables through the document. */
export function documentBlocks(xml: string): SourceBlock[] {
	const blocks: SourceBlock[] = [];
	const tables: TableState[] = [];
	let paragraphCount = 0;
	let tableCount = 0;
	let text: string | null = null;
	let inText = false;
	let inBody = false;
	let skip = 0;
	const parser = new Parser({
		onopentag(name, attrs) {
			if (name === 'w:body') inBody = true;
			if (!inBody) return;
			if (SKIPPED.has(name)) skip++;
			if (skip > 0) return;
			const table = tables.at(-1);
			switch (name) {
				case 'w:p':
					text = '';
					break;
				case 'w:t':
					inText = true;
					break;
				case 'w:tab':
					if (text !== null) text += ' ';
					break;
				case 'w:br':
				case 'w:cr':
					if (text !== null) text += '\n';
					break;
				case 'w:tbl':
					// A table inside a cell is read on its own and flattened into that cell's text when it closes.
					tables.push({ rows: [], row: null, cell: null, span: 1, continued: false });
					break;
				case 'w:tr':
					if (table) table.row = [];
					break;
				case 'w:tc':
					if (table) {
						table.cell = [];
						table.span = 1;
						table.continued = false;
					}
					break;
				case 'w:gridSpan':
					if (table) table.span = Math.max(1, Math.min(64, Number(attrs['w:val']) || 1));
					break;
				case 'w:vMerge':
					if (table) table.continued = attrs['w:val'] !== 'restart';
					break;
			}
		},
		ontext(data) {
			if (inText && skip === 0 && text !== null) text += data;
		},
		onclosetag(name) {
			if (!inBody) return;
			if (SKIPPED.has(name)) {
				skip = Math.max(0, skip - 1);
				return;
			}
			if (skip > 0) return;
			const table = tables.at(-1);
			switch (name) {
				case 'w:t':
					inText = false;
					break;
				case 'w:p': {
					const done = text ?? '';
					text = null;
					if (table?.cell) table.cell.push(done);
					else if (!table) {
						paragraphCount++;
						if (done.trim() !== '') blocks.push({ kind: 'paragraph', text: done.replace(/\s*\n\s*/g, ' '), at: { paragraph: paragraphCount } });
					}
					break;
				}
				case 'w:tc':
					if (table?.row && table.cell) {
						table.row.push(table.continued ? '' : joinLines(table.cell));
						for (let k = 1; k < table.span; k++) table.row.push('');
					}
					if (table) table.cell = null;
					break;
				case 'w:tr':
					if (table?.row) table.rows.push(table.row);
					if (table) table.row = null;
					break;
				case 'w:tbl': {
					const done = tables.pop();
					if (!done) break;
					const outer = tables.at(-1);
					if (outer?.cell) {
						outer.cell.push(joinLines(done.rows.map((r) => joinLines(r))));
						break;
					}
					tableCount++;
					done.rows.forEach((cells, k) => blocks.push({ kind: 'row', cells, at: { table: tableCount, row: k + 1 } }));
					break;
				}
				case 'w:body':
					inBody = false;
					break;
			}
		},
	}, { xmlMode: true, decodeEntities: true });
	parser.write(xml);
	parser.end();
	return blocks;
}
