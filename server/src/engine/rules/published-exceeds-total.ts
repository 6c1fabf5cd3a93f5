import { cellName } from '../format/names';
import { formatNumber } from '../edit/edits';
import { defineRule, type Finding } from './rule';

/**
 * SPEC §2.5 rule 6: in a 2019-format table 二, a row's 本年新公开数量 cannot exceed its 对外公开总数量 (what
 * was published this year is part of all that is published). Plausible rather than mandated, so a warning.
 */
export default defineRule({
	id: 'published-exceeds-total',
	defaultSeverity: 'warning',
	description: { zh: '表二“本年新公开数量”大于“对外公开总数量”', en: 'Table 2: published this year exceeds the total published' },
	check(ctx) {
		const active = ctx.report.tables.active;
		if (!active || active.status !== 'parsed') return [];
		const out: Finding[] = [];
		for (const block of active.blocks) {
			if (block.status !== 'parsed') continue;
			for (const row of block.rows) {
				const published = row.cells.find((c) => c.column === 'newlyPublished');
				const total = row.cells.find((c) => c.column === 'totalPublished');
				if (!published || !total || published.missing || total.missing || published.value === null || total.value === null) continue;
				if (published.value <= total.value) continue;
				const p = cellName(row.key, 'newlyPublished');
				const t = cellName(row.key, 'totalPublished');
				out.push({
					span: published.span,
					related: [{ span: total.span, message: { zh: `${t.zh} = ${formatNumber(total.value)}`, en: `${t.en} = ${formatNumber(total.value)}` } }],
					message: {
						zh: `${p.zh}为 ${formatNumber(published.value)}，大于${t.zh} ${formatNumber(total.value)}：本年新公开的应包含在对外公开总数中`,
						en: `${p.en} is ${formatNumber(published.value)}, more than ${t.en} (${formatNumber(total.value)}): what was published this year is part of the total`,
					},
				});
			}
		}
		return out;
	},
});
