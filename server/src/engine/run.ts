import type { Config } from './config';
import { RULES } from './rules/index';
import type { ReportModel } from './model';
import type { RuleContext } from './rules/rule';
import type { Diagnostic } from './vocabulary';
import type { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

/**
 * Runs every rule that is not turned off, at the severity the configuration gives it. A rule that throws
 * loses only its own findings: a broken document never takes the other checks down with it.
 */
/** What rules (and edits built outside them, such as refactors) see of a document; shared analyses are computed once. */
export function ruleContext(text: string, report: ReportModel, lines: LineIndex): RuleContext {
	const cache = new Map<string, unknown>();
	return {
		text,
		report,
		lines,
		eol: lines.eol(),
		shared<T>(key: string, compute: () => T): T {
			if (!cache.has(key)) cache.set(key, compute());
			return cache.get(key) as T;
		},
	};
}

/** `ctx` may be passed in so that analyses the rules share (the relations) are shared with editor features too. */
export function runRules(text: string, report: ReportModel, lines: LineIndex, config: Config, ctx: RuleContext = ruleContext(text, report, lines)): Diagnostic[] {
	const clamp = (s: Span): Span => {
		const start = Math.max(0, Math.min(s.start, text.length));
		return { start, end: Math.max(start, Math.min(s.end, text.length)) };
	};
	const out: Diagnostic[] = [];
	for (const rule of RULES) {
		const severity = config.rules[rule.id] ?? rule.defaultSeverity;
		if (severity === 'off') continue;
		let findings;
		try {
			findings = rule.check(ctx);
		} catch {
			continue;
		}
		for (const f of findings) {
			out.push({
				code: rule.id,
				severity,
				message: f.message,
				span: clamp(f.span),
				related: (f.related ?? []).map((r) => ({ span: clamp(r.span), message: r.message })),
				fixes: (f.fixes ?? []).map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ span: clamp(e.span), newText: e.newText })) })),
			});
		}
	}
	return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
