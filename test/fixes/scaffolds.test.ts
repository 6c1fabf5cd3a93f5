/**
 * Scaffolds (issue 11): a clean table above a table whose numbers could not be placed, blank official rows
 * for the rows not placed, the standard skeleton after a pre-2019 report. They leave cells and sections for
 * the drafter to fill in, so they are refactors the user asks for, never quick fixes (which must not raise
 * the findings, monotone.test.ts) and never written by `check --fix`; and each only inserts, so nothing the
 * drafter wrote is lost, not even the numbers the reader could not place.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { Analysis, applyEdits, refactorEdits, refactorsAt } from '../../server/src/engine/index';
import { cli } from '../support/cli';
import { CORPUS, corpusText } from '../support/fixtures';
import { applyTextEdits, LspClient } from '../support/lsp';
import { mutated, TEXTS } from './mutations';

const RUNS = Number(process.env.NIANBAO_PROPERTY_RUNS ?? 40);
const SCAFFOLD_RULES = new Set(['unparsed-table', 'legacy-structure']);

/** Every scaffold offered anywhere in `text`, checked: its rule has no quick fix, and its edits only insert. */
function checkScaffolds(text: string): number {
	const a = new Analysis(text);
	for (const d of a.diagnostics) if (SCAFFOLD_RULES.has(d.code)) assert.deepEqual(d.fixes, [], `${d.code} offers a quick fix`);
	const offered = refactorsAt(a, { start: 0, end: text.length }).filter((r) => r.kind === 'scaffold');
	for (const r of offered) {
		const edits = refactorEdits(a, r.id);
		assert.ok(edits && edits.length > 0, `${r.id}: offered, but no edits`);
		for (const e of edits) assert.equal(e.span.start, e.span.end, `${r.id} replaces “${text.slice(e.span.start, e.span.end)}”`);
		// Insertions only, so removing what was inserted gives the text back: every character survives, in order.
		const fixed = applyEdits(text, edits);
		let back = '';
		let at = 0;
		let shift = 0;
		for (const e of [...edits].sort((x, y) => x.span.start - y.span.start)) {
			back += fixed.slice(at + shift, e.span.start + shift);
			at = e.span.start;
			shift += e.newText.length;
		}
		back += fixed.slice(at + shift);
		assert.equal(back, text, `${r.id} loses text`);
	}
	return offered.length;
}

describe('Scaffolds are refactors that only insert (issue 11)', () => {
	test('Should offer scaffolds on the corpus and the real reports, each inserting only', () => {
		const offered = TEXTS.map(checkScaffolds);
		assert.ok(offered.reduce((s, n) => s + n, 0) >= 4, `scaffolds offered: ${offered.join(', ')}`);
	});

	test('Should offer only inserting scaffolds on excerpts and random mutations of the corpus', () => {
		fc.assert(fc.property(mutated, (text) => void checkScaffolds(text)), { numRuns: RUNS, seed: 11 });
	});

	test('Should keep every line of a table it could not read below the clean table, the unread numbers included (corpus 004)', () => {
		const text = corpusText(CORPUS.gongxin);
		const a = new Analysis(text);
		const ids = refactorsAt(a, { start: 0, end: text.length }).filter((r) => r.kind === 'scaffold').map((r) => r.id);
		assert.deepEqual(ids, ['cleanTable:active', 'cleanTable:requests', 'cleanTable:appeals']);
		for (const id of ids) {
			const [edit] = refactorEdits(a, id) ?? [];
			const fixed = applyEdits(text, [edit]);
			const marker = fixed.indexOf('以下为原表格文字', edit.span.start);
			assert.ok(marker > edit.span.start && marker < edit.span.start + edit.newText.length, `${id}: the marker line is part of the insertion`);
			// What follows the insertion is the original, from the table's first line to the end.
			assert.equal(fixed.slice(edit.span.start + edit.newText.length), text.slice(edit.span.start));
		}
	});

	test('Should never write a scaffold with check --fix (001 pre-2019, 004 unreadable tables)', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-scaffold-'));
		for (const name of [CORPUS.yanshi, CORPUS.gongxin]) {
			const file = path.join(dir, name);
			fs.writeFileSync(file, corpusText(name));
			await cli(['check', '--fix', file]);
			assert.equal(fs.readFileSync(file, 'utf8'), corpusText(name), name);
		}
	});
});

describe('Scaffolds over the language server', () => {
	let client: LspClient;
	before(async () => {
		client = await LspClient.start();
	});
	after(async () => {
		await client.stop();
	});

	test('Should offer the clean table as a refactor resolved on demand, never as a quick fix (corpus 004)', async () => {
		const uri = 'file:///reports/004-scaffold.txt';
		const text = corpusText(CORPUS.gongxin);
		client.open(uri, text);
		const diagnostics = await client.diagnostics(uri, 1);
		const target = diagnostics.find((d: LspDiagnostic) => d.code === 'unparsed-table')!;
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
		assert.deepEqual(actions.filter((a) => a.kind === 'quickfix'), []);
		const scaffold = actions.find((a) => a.kind === 'refactor.nianbao.scaffold');
		assert.ok(scaffold, actions.map((a) => a.kind).join(', '));
		assert.equal(scaffold.edit, undefined, 'edits wait for codeAction/resolve');
		const resolved = await client.request<CodeAction>('codeAction/resolve', scaffold);
		const edits = resolved.edit!.changes![uri];
		assert.ok(edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character), 'insertions only');
		assert.equal(edits.length, 1);
		assert.equal(applyTextEdits(text, edits).replace(edits[0].newText, ''), text, 'the original kept whole');
	});
});
