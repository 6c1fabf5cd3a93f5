import type { Config } from '../config';
import type { Diagnostic, Fix, TextEdit } from '../vocabulary';

/** Applies edits that do not overlap (later ones that touch an earlier one's text are skipped). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	let out = '';
	let at = 0;
	for (const e of sorted) {
		if (e.span.start < at) continue;
		out += text.slice(at, e.span.start) + e.newText;
		at = e.span.end;
	}
	return out + text.slice(at);
}

/** The safe fixes of these diagnostics that can be applied together: each fix whole or not at all, no overlaps, no repeats. */
export function compatibleSafeFixes(diagnostics: readonly Diagnostic[]): Fix[] {
	const chosen: Fix[] = [];
	const taken: TextEdit[] = [];
	const seen = new Set<string>();
	const overlaps = (a: TextEdit, b: TextEdit) =>
		a.span.start < b.span.end && b.span.start < a.span.end || (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end));
	for (const d of diagnostics) {
		const fix = d.fixes.find((f) => f.safe);
		if (!fix) continue;
		const key = JSON.stringify(fix.edits);
		if (seen.has(key)) continue;
		if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
		seen.add(key);
		chosen.push(fix);
		taken.push(...fix.edits);
	}
	return chosen;
}

const MAX_PASSES = 10;

/**
 * Fix-all: applies every safe fix (never a labelled choice such as the 勾稽关系 repair), re-reads the text
 * and repeats until no safe fix is left or nothing changes (a fixed point).
 */
export function fixAll(text: string, analyze: (text: string, config?: Config) => { diagnostics: readonly Diagnostic[] }, config?: Config): { text: string; applied: number } {
	let current = text;
	let applied = 0;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const fixes = compatibleSafeFixes(analyze(current, config).diagnostics);
		if (fixes.length === 0) break;
		const next = applyEdits(current, fixes.flatMap((f) => f.edits));
		if (next === current) break;
		applied += fixes.length;
		current = next;
	}
	return { text: current, applied };
}
