import type { CompanionReport } from '../companions';
import type { ReportModel } from '../model';
import type { LineIndex } from '../text/lineIndex';
import type { Finding, Fix, Message, Severity } from '../vocabulary';

// The rule author's API from one import: the shared words (defined in vocabulary.ts) and the model.
export type * from '../vocabulary';
export { RULE_SETTINGS } from '../vocabulary';
export type { ReportModel } from '../model';
export type { CompanionReport } from '../companions';

/** What a rule sees: the document text and the model read from it, plus shared, lazily computed analyses. */
export interface RuleContext {
	readonly text: string;
	readonly report: ReportModel;
	readonly lines: LineIndex;
	/** The line break the document uses; inserted lines use it too. */
	readonly eol: string;
	/**
	 * Last year's report of the same body, when the caller knows it (files given to the command line, the
	 * workspace); null otherwise, and then a rule comparing with it says nothing.
	 */
	readonly lastYear: CompanionReport | null;
	/** A value computed once per document and shared between rules (e.g. the arithmetic analysis). */
	shared<T>(key: string, compute: () => T): T;
}

export interface Rule {
	/** Stable kebab-case id: the diagnostic code, the config key, the doc anchor and the file name. */
	readonly id: string;
	readonly defaultSeverity: Severity;
	/** One line for settings and documentation. */
	readonly description: Message;
	readonly check: (ctx: RuleContext) => readonly Finding[];
}

/**
 * A finding whose fixes are built when first asked for (a quick fix, fix-all, `--fix`), not with every
 * analysis: for fixes that cost more than the finding (rendering inserted rows).
 */
export function lazyFixes(finding: Omit<Finding, 'fixes'>, build: () => readonly Fix[]): Finding {
	let fixes: readonly Fix[] | undefined;
	return {
		...finding,
		get fixes(): readonly Fix[] {
			return (fixes ??= build());
		},
	};
}

/** Gives a rule its type; nothing else (markdownlint's `@type {Rule}`). */
export function defineRule(rule: Rule): Rule {
	return rule;
}
