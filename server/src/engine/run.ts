import { NO_COMPANIONS, type Companions } from './companions';
import type { Config } from './config';
import { RULES } from './rules/index';
import type { ReportModel } from './model';
import type { Rule, RuleContext } from './rules/rule';
import type { Diagnostic, Finding, Fix, Severity } from './vocabulary';
import type { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

/** What rules (and edits built outside them, such as refactors) see of a document; shared analyses are computed once. */
export function ruleContext(text: string, report: ReportModel, lines: LineIndex, companions: Companions = NO_COMPANIONS): RuleContext {
	const cache = new Map<string, unknown>();
	return {
		text,
		report,
		lines,
		lastYear: companions.lastYear,
		eol: lines.eol(),
		shared<T>(key: string, compute: () => T): T {
			if (!cache.has(key)) cache.set(key, compute());
			return cache.get(key) as T;
		},
	};
}

/** The code of the diagnostic that stands for a rule that failed: a bug in nianbao, never in the report. */
export const INTERNAL_ERROR = 'internal-error';

/**
 * Runs every rule that is not turned off, at the severity the configuration gives it. A rule that throws
 * loses only its own findings, and says so: an `internal-error` diagnostic at the start of the document
 * names the rule and the error, so a failure is visible and never silent. `ctx` may be passed in so that
 * analyses the rules share (the relations) are shared with editor features too.
 */
export function runRules(text: string, report: ReportModel, lines: LineIndex, config: Config, ctx: RuleContext = ruleContext(text, report, lines), rules: readonly Rule[] = RULES): Diagnostic[] {
	const clamp = (s: Span): Span => {
		const start = Math.max(0, Math.min(s.start, text.length));
		return { start, end: Math.max(start, Math.min(s.end, text.length)) };
	};
	const out: Diagnostic[] = [];
	for (const rule of rules) {
		const severity = config.rules[rule.id] ?? rule.defaultSeverity;
		if (severity === 'off') continue;
		let findings;
		try {
			findings = rule.check(ctx);
		} catch (e) {
			out.push(internalError(rule.id, e));
			continue;
		}
		for (const f of findings) out.push(diagnosticOf(rule.id, severity, f, clamp));
	}
	return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * A finding as a diagnostic, its spans clamped into the document. Its fixes are built on first use (a quick
 * fix, fix-all, `--fix`), not with every analysis: most diagnostics are only shown. A fix builder that
 * throws leaves the diagnostic without fixes (it was found and stays visible).
 */
function diagnosticOf(code: string, severity: Severity, f: Finding, clamp: (s: Span) => Span): Diagnostic {
	let fixes: readonly Fix[] | undefined;
	return {
		code,
		severity,
		message: f.message,
		span: clamp(f.span),
		related: (f.related ?? []).map((r) => (r.uri === undefined ? { span: clamp(r.span), message: r.message } : r)),
		get fixes(): readonly Fix[] {
			if (fixes === undefined) {
				try {
					fixes = (f.fixes ?? []).map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ span: clamp(e.span), newText: e.newText })) }));
				} catch {
					fixes = [];
				}
			}
			return fixes;
		},
	};
}

function internalError(id: string, e: unknown): Diagnostic {
	const reason = e instanceof Error ? e.message : String(e);
	return {
		code: INTERNAL_ERROR,
		severity: 'warning',
		message: {
			zh: `规则“${id}”内部出错，本次未能检查（这是 nianbao 的缺陷，不是报告的问题，请反馈）：${reason}`,
			en: `The rule "${id}" failed and did not check this document (a bug in nianbao, not in the report; please report it): ${reason}`,
		},
		span: { start: 0, end: 0 },
		related: [],
		fixes: [],
	};
}
