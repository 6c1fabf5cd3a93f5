import type { Config } from '../config';
import type { Diagnostic, Fix, TextEdit } from '../vocabulary';

/** Applies edits that do not overlap (later ones that touch an earlier one's text are skipped). */
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

/**
 * Edits already chosen, sorted and disjoint, so that whether a new edit touches one of them is two
 * comparisons after a binary search (a scan over all of them made fixing quadratic in the findings).
 */
class TakenEdits {
	private readonly edits: TextEdit[] = [];

	/** The index of the first chosen edit starting at or after `offset`. */
	private indexAt(offset: number): number {
		let lo = 0;
		let hi = this.edits.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.edits[mid].span.start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Two edits clash when their spans overlap, or when one inserts where the other starts. */
	overlaps(e: TextEdit): boolean {
		const k = this.indexAt(e.span.start);
		const before = this.edits[k - 1];
		const after = this.edits[k];
		if (before && e.span.start < before.span.end) return true;
		if (!after) return false;
		if (after.span.start === e.span.start) return true;
		return after.span.start < e.span.end;
	}

	add(e: TextEdit): void {
		this.edits.splice(this.indexAt(e.span.start), 0, e);
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
		if (fix.edits.some((e) => taken.overlaps(e))) continue;
		if (fix.edits.length > 1 && fix.edits.some((e, k) => fix.edits.some((o, j) => j !== k && (o.span.start < e.span.end && e.span.start < o.span.end)))) continue;
		seen.add(key);
		chosen.push({ diagnostic: d, fix });
		for (const e of fix.edits) taken.add(e);
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

type Analyze = (text: string, config?: Config) => { diagnostics: readonly Diagnostic[] };

interface Step {
	readonly text: string;
	readonly diagnostics: readonly Diagnostic[];
	readonly applied: readonly Chosen[];
}

/**
 * Applies the largest part of `batch` found to be kept, halving a batch that is not: a fix that on its
 * own fails (its finding stays, or others appear) is refused for this text.
 */
function step(text: string, before: readonly Diagnostic[], batch: readonly Chosen[], analyze: Analyze, config: Config | undefined, refused: Set<string>): Step | null {
	const next = applyEdits(text, batch.flatMap((c) => c.fix.edits));
	const after = next === text ? before : analyze(next, config).diagnostics;
	if (next !== text && kept(batch, before, after)) return { text: next, diagnostics: after, applied: batch };
	if (batch.length === 1) {
		refused.add(JSON.stringify(batch[0].fix.edits));
		return null;
	}
	const half = batch.length >> 1;
	return step(text, before, batch.slice(0, half), analyze, config, refused) ?? step(text, before, batch.slice(half), analyze, config, refused);
}

const MAX_PASSES = 64;

export interface FixAllResult {
	/** The fixed text. */
	readonly text: string;
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
 */
export function fixAll(text: string, analyze: Analyze, config?: Config): FixAllResult {
	let current = text;
	let diagnostics = analyze(current, config).diagnostics;
	let applied = 0;
	const passes: AppliedFix[][] = [];
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		// Refusals hold for one text only: a fix refused before an earlier pass is tried again on the new text.
		const refused = new Set<string>();
		let done: Step | null = null;
		for (let batch = chooseFixes(diagnostics, refused); batch.length > 0 && !done; batch = chooseFixes(diagnostics, refused)) {
			done = step(current, diagnostics, batch, analyze, config, refused);
		}
		if (!done) break;
		current = done.text;
		diagnostics = done.diagnostics;
		applied += done.applied.length;
		passes.push(done.applied.map((c) => ({ code: c.diagnostic.code, edits: c.fix.edits })));
	}
	return { text: current, applied, passes };
}
