/** What a fix may replace (issue 11, property a): the spans a fix names, by what they hold. */
import assert from 'node:assert/strict';
import { headingWords } from '../../server/src/engine/edit/headings';
import type { ReportModel, Span, TextEdit } from '../../server/src/engine/index';
import { cellsOf } from '../../server/src/engine/query';

const spanKey = (s: Span) => `${s.start}:${s.end}`;

export interface Nameable {
	/** Cells holding no typed number: blank, or a placeholder (-, 无, /). */
	readonly blankOrPlaceholder: ReadonlySet<string>;
	readonly anyCell: ReadonlySet<string>;
	/** The words of each section heading (without a sentence after them on its line). */
	readonly headingWords: ReadonlySet<string>;
	/** Each whole heading (a choice may rename one whose words cannot be told from the sentence after them). */
	readonly headings: ReadonlySet<string>;
}

export function nameableSpans(model: ReportModel): Nameable {
	const blankOrPlaceholder = new Set<string>();
	const anyCell = new Set<string>();
	for (const { cell } of cellsOf(model.tables)) {
		anyCell.add(spanKey(cell.span));
		if (cell.kind === 'blank' || cell.kind === 'placeholder') blankOrPlaceholder.add(spanKey(cell.span));
	}
	return {
		blankOrPlaceholder,
		anyCell,
		headingWords: new Set(model.sections.map((s) => spanKey(headingWords(s.heading).span))),
		headings: new Set(model.sections.map((s) => spanKey(s.heading.span))),
	};
}

/**
 * An edit that replaces text names one cell or one heading, never a line break: a safe fix only a cell
 * holding no typed number or a heading's words; a labelled choice any cell (a repair of a typed number,
 * offered, never applied by fix-all) or a whole heading. Insertions name nothing and delete nothing.
 */
export function assertNamed(text: string, nameable: Nameable, e: TextEdit & { code: string }, safe: boolean): void {
	if (e.span.end === e.span.start) return;
	const key = spanKey(e.span);
	const replaced = text.slice(e.span.start, e.span.end);
	assert.ok(!/[\r\n]/.test(replaced), `${e.code} replaced a line break`);
	const named = safe
		? nameable.blankOrPlaceholder.has(key) || nameable.headingWords.has(key)
		: nameable.anyCell.has(key) || nameable.headingWords.has(key) || nameable.headings.has(key);
	assert.ok(named, `${e.code} (${safe ? 'safe' : 'a choice'}) replaced “${replaced}”, which is no ${safe ? 'blank cell, placeholder or heading words' : 'cell or heading'}`);
}
