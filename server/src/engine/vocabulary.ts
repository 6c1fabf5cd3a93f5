/**
 * The words every part of the engine shares: messages, edits, fixes, diagnostics, severities.
 * A leaf module (it imports only `Span`), so the model, the rules and the features can all use it without cycles.
 */
import type { Range } from './text/lineIndex';
import type { Span } from './text/span';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A message in both UI languages; Chinese is the default. */
export interface Message {
	readonly zh: string;
	readonly en: string;
}

/** A UI language nianbao speaks. */
export type Lang = keyof Message;

/** Replace `span` with `newText`; an insertion has a zero-width span. */
export interface TextEdit {
	readonly span: Span;
	readonly newText: string;
}

/**
 * A fix as data (no code), so the server can ship it inside the diagnostic and stay stateless.
 * `safe` fixes are applied by fix-all and `check --fix`; the others are offered as a labelled choice.
 */
export interface Fix {
	readonly title: Message;
	readonly edits: readonly TextEdit[];
	readonly safe: boolean;
}

export interface RelatedLocation {
	/** In this document, or, with `uri`, in that document (a companion report such as last year's). */
	readonly span: Span;
	readonly message: Message;
	/** The other document, when the location is not in this one. */
	readonly uri?: string;
	/** The span as lines and characters of the other document (converted with its own line index). */
	readonly range?: Range;
}

export interface Diagnostic {
	/** The rule id: stable, kebab-case; the diagnostic `code`. */
	readonly code: string;
	readonly severity: Severity;
	readonly message: Message;
	/** The offending cell or heading; never the whole table. */
	readonly span: Span;
	readonly related: readonly RelatedLocation[];
	readonly fixes: readonly Fix[];
}

/** What the user may set a rule to. */
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];
/** Other spellings a user may write for a setting (ESLint's `"warn"`), and the setting each means. */
export const RULE_SETTING_SYNONYMS: Readonly<Record<string, RuleSetting>> = { warn: 'warning' };

/** A finding before severity is applied: what a rule reports. */
export interface Finding {
	readonly span: Span;
	readonly message: Message;
	readonly related?: readonly RelatedLocation[];
	readonly fixes?: readonly Fix[];
}
