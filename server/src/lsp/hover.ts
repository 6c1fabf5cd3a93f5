import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { hoverAt, type Analysis, type Lang } from '../engine/index';
import { toRange } from './convert';

export function hover(a: Analysis, offset: number, lang: Lang): Hover | null {
	const info = hoverAt(a, offset);
	return info && { contents: { kind: MarkupKind.Markdown, value: info.markdown[lang] }, range: toRange(a.lines, info.span) };
}
