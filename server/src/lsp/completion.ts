import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { completionsAt, type Analysis, type Completion, type Lang } from '../engine/index';

const KIND: Readonly<Record<Completion['kind'], CompletionItemKind>> = { heading: CompletionItemKind.Keyword, block: CompletionItemKind.Module, row: CompletionItemKind.Field, table: CompletionItemKind.Snippet };

export function completions(a: Analysis, offset: number, lang: Lang): CompletionItem[] {
	return completionsAt(a, offset).map((c) => ({
		label: c.label[lang],
		kind: KIND[c.kind],
		sortText: c.sortText,
		...(c.detail ? { detail: c.detail[lang] } : {}),
		...(c.documentation ? { documentation: c.documentation[lang] } : {}),
		...(c.filterText !== null ? { filterText: c.filterText } : {}),
		...(c.insertText !== null ? { insertText: c.insertText, insertTextFormat: InsertTextFormat.PlainText } : {}),
	}));
}
