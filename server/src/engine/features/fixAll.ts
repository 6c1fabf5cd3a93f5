import type { Config } from '../config';
import type { Diagnostic, Fix, TextEdit } from '../vocabulary';

/** Applies edits that do not overlap (later ones that touch an earlier one's text are skipped); insertions at one place in the order given. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	const out: string[] = [];
	let at = 0;
	for (const e of sorted) {
		if (e.span.start < at) continue;
		out.push(text.slice(at, e.span.start), e.newText);
		at = e.span.end;
	}
	out.push(text.slice(at));
	return out.join('');
}

/** An edit chosen for fix-all, with the rule whose fix it belongs to. */
interface TakenEdit {
	readonly edit: TextEdit;
	readonly code: string;
}

const isInsertion = (e: TextEdit): boolean => e.span.start === e.span.end;

/**
 * Edits already chosen, sorted and disjoint, so that whether a new edit touches one of them is a few
 * comparisons after a binary search (a scan over all of them made fixing quadratic in the findings).
 */
class TakenEdits {
	private readonly edits: TakenEdit[] = [];

	/** The index of the first chosen edit starting at or after `offset`. */
	private indexAt(offset: number): number {
		let lo = 0;
		let hi = this.edits.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.edits[mid].edit.span.start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/**
	 * Two edits clash when their spans overlap, or when both insert at one place for different rules: their
	 * order would be a guess. Insertions at one place by the same rule do not clash: the rule reports them in
	 * the order they belong (missing sections in their order), and they are applied in that order. An
	 * insertion where a replacement starts goes before the replaced text, as it did before the edit.
	 */
	overlaps(e: TextEdit, code: string): boolean {
		let k = this.indexAt(e.span.start);
		const before = this.edits[k - 1];
		if (before && e.span.start < before.edit.span.end) return true;
		for (; k < this.edits.length && this.edits[k].edit.span.start === e.span.start; k++) {
			const other = this.edits[k];
			if (isInsertion(e) !== isInsertion(other.edit)) continue;
			if (!isInsertion(e) || other.code !== code) return true;
		}
		const after = this.edits[k];
		return after !== undefined && after.edit.span.start < e.span.end;
	}

	add(e: TextEdit, code: string): void {
		// After the chosen edits at the same place, so insertions there keep the order they were chosen in.
		let k = this.indexAt(e.span.start);
		while (k < this.edits.length && this.edits[k].edit.span.start === e.span.start) k++;
		this.edits.splice(k, 0, { edit: e, code });
	}
}

/** A safe fix with the diagnostic it answers. */
interface Chosen {
	readonly diagnostic: Diagnostic;
	readonly fix: Fix;
}

/** The safe fixes of these diagnostics that can be applied together: each fix whole or not at all, no overlaps, no repeats. */
function chooseFixes(diagnostics: readonly Diagnostic[], refused: ReadonlySet<string>): Chosen[] {
	const chosen: Chosen[] = [];
	const taken = new TakenEdits();
	const seen = new Set<string>();
	for (const d of diagnostics) {
		const fix = d.fixes.find((f) => f.safe);
		if (!fix || fix.edits.length === 0) continue;
		const key = JSON.stringify(fix.edits);
		if (seen.has(key) || refused.has(key)) continue;
		if (fix.edits.some((e) => taken.overlaps(e, d.code))) continue;
		if (fix.edits.length > 1 && fix.edits.some((e, k) => fix.edits.some((o, j) => j !== k && (o.span.start < e.span.end && e.span.start < o.span.end)))) continue;
		seen.add(key);
		chosen.push({ diagnostic: d, fix });
		for (const e of fix.edits) taken.add(e, d.code);
	}
	return chosen;
}

/** The safe fixes of these diagnostics that can be applied together: each fix whole or not at all, no overlaps, no repeats. */
export function compatibleSafeFixes(diagnostics: readonly Diagnostic[]): Fix[] {
	return chooseFixes(diagnostics, new Set()).map((c) => c.fix);
}

/** How many findings say each thing, by rule and message (what identifies a finding across edits that move it). */
function countByIdentity(diagnostics: readonly Diagnostic[], codes?: ReadonlySet<string>): Map<string, Map<string, number>> {
	const m = new Map<string, Map<string, number>>();
	for (const d of diagnostics) {
		if (codes && !codes.has(d.code)) continue;
		let byMessage = m.get(d.code);
		if (!byMessage) m.set(d.code, (byMessage = new Map()));
		byMessage.set(d.message.zh, (byMessage.get(d.message.zh) ?? 0) + 1);
	}
	return m;
}

/**
 * Whether applying `batch` did what it promised: every fix removed its own finding, and the document has
 * at least as many fewer findings as fixes were applied (no fix made anything worse elsewhere).
 */
function kept(batch: readonly Chosen[], before: readonly Diagnostic[], after: readonly Diagnostic[]): boolean {
	if (after.length > before.length - batch.length) return false;
	const applied = countByIdentity(batch.map((c) => c.diagnostic));
	const codes = new Set(applied.keys());
	const was = countByIdentity(before, codes);
	const is = countByIdentity(after, codes);
	for (const [code, byMessage] of applied) {
		for (const [message, n] of byMessage) if ((is.get(code)?.get(message) ?? 0) > (was.get(code)?.get(message) ?? 0) - n) return false;
	}
	return true;
}

/** What fix-all needs of an analysis: its findings (an `Analysis`, or the `Report` of `analyze`). */
export interface Analyzed {
	readonly diagnostics: readonly Diagnostic[];
}

type Analyze<A extends Analyzed> = (text: string, config?: Config) => A;

interface Step<A extends Analyzed> {
	readonly text: string;
	readonly analysis: A;
	readonly applied: readonly Chosen[];
}

/**
 * Applies the largest part of `batch` found to be kept, halving a batch that is not: a fix that on its
 * own fails (its finding stays, or others appear) is refused for this text.
 */
function step<A extends Analyzed>(text: string, before: readonly Diagnostic[], batch: readonly Chosen[], analyze: Analyze<A>, config: Config | undefined, refused: Set<string>): Step<A> | null {
	const next = applyEdits(text, batch.flatMap((c) => c.fix.edits));
	const analysis = next === text ? null : analyze(next, config);
	if (analysis && kept(batch, before, analysis.diagnostics)) return { text: next, analysis, applied: batch };
	if (batch.length === 1) {
		refused.add(JSON.stringify(batch[0].fix.edits));
		return null;
	}
	const half = batch.length >> 1;
	return step(text, before, batch.slice(0, half), analyze, config, refused) ?? step(text, before, batch.slice(half), analyze, config, refused);
}

const MAX_PASSES = 64;

export interface FixAllResult<A extends Analyzed = Analyzed> {
	/** The fixed text. */
	readonly text: string;
	/** The analysis of the fixed text (the caller's own, when nothing changed). */
	readonly analysis: A;
	/** How many fixes were applied. */
	readonly applied: number;
	/** The fixes of each pass, by rule, with their edits in the coordinates of the text that pass started from. */
	readonly passes: readonly (readonly AppliedFix[])[];
}

export interface AppliedFix {
	readonly code: string;
	readonly edits: readonly TextEdit[];
}

/**
 * Fix-all: applies every safe fix (never a labelled choice such as the 勾稽关系 repair), re-reads the text
 * and repeats until no safe fix is left. A pass is kept only if each of its fixes removed its finding
 * and the findings went down by at least the number of fixes; a fix that does not is refused for that
 * text. So the number of findings never grows, and the result is a fixed point: fixing it again
 * tries the same refused fixes on the same text and changes nothing.
 *
 * Every fix one analysis offers that touches no other is applied in one pass, so a document is usually
 * read twice: as given (`initial`, when the caller has it already) and as fixed, which proves the pass
 * and shows that no safe fix is left; the analysis of the fixed text is returned for the caller to report.
 */
export function fixAll<A extends Analyzed>(text: string, analyze: Analyze<A>, config?: Config, initial?: A): FixAllResult<A> {
	let current = text;
	let analysis = initial ?? analyze(current, config);
	let applied = 0;
	const passes: AppliedFix[][] = [];
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		// Refusals hold for one text only: a fix refused before an earlier pass is tried again on the new text.
		const refused = new Set<string>();
		const diagnostics = analysis.diagnostics;
		let done: Step<A> | null = null;
		for (let batch = chooseFixes(diagnostics, refused); batch.length > 0 && !done; batch = chooseFixes(diagnostics, refused)) {
			done = step(current, diagnostics, batch, analyze, config, refused);
		}
		if (!done) break;
		current = done.text;
		analysis = done.analysis;
		applied += done.applied.length;
		passes.push(done.applied.map((c) => ({ code: c.diagnostic.code, edits: c.fix.edits })));
	}
	return { text: current, analysis, applied, passes };
}
