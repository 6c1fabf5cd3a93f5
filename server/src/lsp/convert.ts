import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { Diagnostic, Lang, LineIndex, Severity, Span, TextEdit } from '../engine/index';
import type { DiagnosticData } from '../protocol';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	info: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
	return lines.range(span);
}

export function toSpan(lines: LineIndex, range: Range): Span {
	const start = lines.offsetAt(range.start);
	return { start, end: Math.max(start, lines.offsetAt(range.end)) };
}

export function toTextEdits(lines: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
	return edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText }));
}

export interface ConvertOptions {
	readonly uri: string;
	/** The document version the diagnostic was computed for. */
	readonly version: number;
	readonly lang: Lang;
	readonly relatedInformation: boolean;
	/** Where the rules are documented (a URI; each rule is an anchor), or null. */
	readonly docs: string | null;
}

/**
 * An engine diagnostic as LSP publishes it: code = rule id. Its fixes do not travel with it: `data` names
 * the version and the diagnostic, and a code action recomputes the edits from the current analysis.
 */
export function toLspDiagnostic(d: Diagnostic, index: number, lines: LineIndex, o: ConvertOptions): LspDiagnostic {
	const data: DiagnosticData = { version: o.version, index };
	return {
		range: toRange(lines, d.span),
		severity: SEVERITY[d.severity],
		code: d.code,
		...(o.docs ? { codeDescription: { href: `${o.docs}#${d.code}` } } : {}),
		source: 'nianbao',
		message: d.message[o.lang],
		...(o.relatedInformation && d.related.length > 0
			// A location in another document (last year's report) comes with its range already converted by that document's lines.
			? { relatedInformation: d.related.flatMap((r) => (r.uri === undefined ? [{ location: { uri: o.uri, range: toRange(lines, r.span) }, message: r.message[o.lang] }] : r.range ? [{ location: { uri: r.uri, range: r.range }, message: r.message[o.lang] }] : [])) }
			: {}),
		data,
	};
}
