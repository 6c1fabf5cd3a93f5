import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver-types';
import type { Diagnostic, LineIndex, Severity, Span } from '../engine/index';
import type { DiagnosticData } from '../protocol';
import type { Lang } from './document';

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
	return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

export interface ConvertOptions {
	readonly uri: string;
	readonly lang: Lang;
	readonly relatedInformation: boolean;
	/** Where the rules are documented (a URI; each rule is an anchor), or null. */
	readonly docs: string | null;
}

/** An engine diagnostic as LSP publishes it: code = rule id, fixes carried in `data`. */
export function toLspDiagnostic(d: Diagnostic, lines: LineIndex, o: ConvertOptions): LspDiagnostic {
	const data: DiagnosticData = {
		fixes: d.fixes.map((f) => ({ title: f.title[o.lang], safe: f.safe, edits: f.edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText })) })),
	};
	return {
		range: toRange(lines, d.span),
		severity: SEVERITY[d.severity],
		code: d.code,
		...(o.docs ? { codeDescription: { href: `${o.docs}#${d.code}` } } : {}),
		source: 'nianbao',
		message: d.message[o.lang],
		...(o.relatedInformation && d.related.length > 0
			? { relatedInformation: d.related.map((r) => ({ location: { uri: o.uri, range: toRange(lines, r.span) }, message: r.message[o.lang] })) }
			: {}),
		data,
	};
}
