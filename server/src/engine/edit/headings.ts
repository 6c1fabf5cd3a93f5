import { recogniseSection } from '../format/sections';
import type { Heading } from '../model';
import type { Span } from '../text/span';

/** Punctuation after which a heading line goes on with a sentence (六、其他需要报告的事项：本机关…). */
const CLAUSE_BREAK = /[：:，,；;。]/;

/**
 * The words of a section heading: the heading without a sentence written after it on the same line.
 * `六、其他需要报告的事项：本机关本年度未收取信息处理费` → `六、其他需要报告的事项`, when those words alone
 * name the same section; otherwise the whole heading. `rest` is true when text follows the words.
 */
export function headingWords(heading: Heading): { span: Span; text: string; rest: boolean } {
	const cut = CLAUSE_BREAK.exec(heading.text);
	if (cut && cut.index > 0) {
		const words = heading.text.slice(0, cut.index);
		const whole = recogniseSection(heading.text);
		if (whole && recogniseSection(words) === whole) return { span: { start: heading.span.start, end: heading.span.start + cut.index }, text: words, rest: true };
	}
	return { span: heading.span, text: heading.text, rest: cut !== null && cut.index > 0 };
}
