import { SECTIONS } from '../format/sections';
import { defineRule, type Finding } from './rule';

/**
 * Sections out of order or written twice.
 *
 * ```text
 * 一、总体情况
 * «三、收到和处理政府信息公开申请情况»   ← before 二
 * 二、主动公开政府信息情况
 * ```
 */
export default defineRule({
	id: 'section-order',
	defaultSeverity: 'warning',
	description: { zh: '各部分顺序错误或重复', en: 'Sections out of order or duplicated' },
	check(ctx) {
		const { report } = ctx;
		if (report.version === 'pre-2019') return [];
		const findings: Finding[] = [];
		const seen = new Map<number, number>();
		let highest = 0;
		for (const s of report.sections) {
			if (s.number === null) continue;
			const heading = SECTIONS[s.number - 1].heading;
			const first = seen.get(s.number);
			if (first !== undefined) {
				const line = ctx.lines.positionAt(first).line + 1;
				findings.push({ span: s.heading.span, message: { zh: `“${heading}”重复：第 ${line} 行已有这一部分`, en: `“${heading}” appears twice: already on line ${line}` } });
			} else if (s.number < highest) {
				const after = SECTIONS[highest - 1].heading;
				findings.push({ span: s.heading.span, message: { zh: `“${heading}”应在“${after}”之前`, en: `“${heading}” should come before “${after}”` } });
			}
			if (first === undefined) seen.set(s.number, s.heading.span.start);
			highest = Math.max(highest, s.number);
		}
		return findings;
	},
});
