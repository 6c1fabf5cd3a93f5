import { formatNumber } from '../edit/edits';
import { proseClaims } from '../prose/claims';
import { contradiction } from '../prose/figures';
import { defineRule, type Finding } from './rule';

/**
 * A number the prose states about the tables that the table contradicts (SPEC §2.5 rule 8): 共受理政府信息
 * 公开申请 17 件 while table 三 counts 95. Only claims the prose engine recognises with certainty are compared,
 * and a wording that allows two readings (受理 as new, or new plus carried over) passes with either.
 */
export default defineRule({
	id: 'text-table-mismatch',
	defaultSeverity: 'warning',
	description: { zh: '正文所述数字与表格不一致', en: 'A number in the prose contradicts the tables' },
	check(ctx) {
		const out: Finding[] = [];
		// Every figure a claim is compared with comes from a table that was read: without one, no claim can be
		// contradicted, and the prose is not searched for claims at all (a legacy report, a table not read).
		const { active, requests, appeals } = ctx.report.tables;
		if (active?.status !== 'parsed' && requests?.status !== 'parsed' && appeals?.status !== 'parsed') return out;
		for (const claim of proseClaims(ctx)) {
			const figure = contradiction(claim, ctx.report);
			if (!figure) continue;
			const related = figure.cells.map(({ cell, name }) => ({ span: cell.span, message: { zh: `表格：${name.zh}`, en: `Table: ${name.en}` } }));
			if (claim.topic === 'noRequests') {
				const said = ctx.text.slice(claim.span.start, claim.span.end).replace(/\s+/g, '');
				out.push({
					span: claim.span,
					related,
					message: { zh: `正文称“${said}”，但${figure.says.zh}`, en: `The prose says no request was received (“${said}”), but ${figure.says.en}` },
				});
				continue;
			}
			const value = claim.value ?? 0;
			out.push({
				span: claim.span,
				related,
				message: {
					zh: `正文称“${claim.words}”，但${figure.says.zh}`,
					en: `The prose states ${formatNumber(value)} (“${claim.words}”), but ${figure.says.en}`,
				},
			});
		}
		return out;
	},
});
