import { defineRule } from './rule';

/**
 * The report follows the structure used before the 2019 unified format (一、概述 … or custom headings,
 * no statistical tables). No quick fix: appending the standard skeleton for the drafter to fill in is a
 * scaffold (edit/scaffolds.ts), a refactor the user asks for.
 */
export default defineRule({
	id: 'legacy-structure',
	defaultSeverity: 'error',
	description: { zh: '报告沿用 2019 年以前的旧结构', en: 'The report follows the pre-2019 structure' },
	check(ctx) {
		const { report } = ctx;
		if (report.version !== 'pre-2019') return [];
		const anchor = report.sections[0]?.heading.span ?? report.title?.span ?? { start: 0, end: 0 };
		return [{
			span: anchor,
			message: {
				zh: '本报告沿用 2019 年以前的旧结构，不符合统一格式：应包含“一、总体情况”至“六、其他需要报告的事项”六个部分和三张统计表（国办公开办函〔2019〕60号、〔2021〕30号）',
				en: 'This report follows the pre-2019 structure: the unified format requires the six sections 一 to 六 and the three statistical tables',
			},
			fixes: [],
		}];
	},
});
