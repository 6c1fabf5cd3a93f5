import { arithmeticOf, type BrokenBalance } from '../arithmetic/diagnose';
import { cellLabel, cellValues, relationWords, repairFix, shown, shownSum } from '../arithmetic/render';
import { formatNumber } from '../edit/edits';
import { nameOf } from '../format/names';
import { defineRule, type Finding, type Fix, type RuleContext } from './rule';

/**
 * 表三每一列都应满足勾稽关系：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。
 * The analysis (arithmetic/diagnose.ts) finds the facts; this file says them. The repair that sets
 * 四、结转下年度继续办理 is only ever a choice: changing it is not necessarily the right correction.
 */
/** The rows of the balance by name in English (rows 一, 二, （七）, 四 say nothing to an English reader as numbers). */
const ROWS = {
	en: {
		left: `${nameOf('newRequests').en} + ${nameOf('carriedOver').en}`,
		right: `${nameOf('resultTotal').en} + ${nameOf('carriedForward').en}`,
	},
};

const describe = relationWords('balance', (r) => {
	const column = nameOf(r.target.cell.column);
	const [n, c] = r.left.map(shown);
	const [t, f] = r.right.map(shown);
	const left = shownSum(r.left);
	const right = shownSum(r.right);
	return {
		zh: `勾稽关系不成立（${column.zh}列）：一 + 二 = ${n.zh} + ${c.zh} = ${left}，但（七）总计 + 四 = ${t.zh} + ${f.zh} = ${right}`,
		en: `The balance fails (${column.en}): ${ROWS.en.left} = ${n.en} + ${c.en} = ${left}, but ${ROWS.en.right} = ${t.en} + ${f.en} = ${right}`,
	};
});

function render(ctx: RuleContext, f: BrokenBalance): Finding {
	const r = f.relation;
	const d = describe(r);
	const fixes: Fix[] = [];
	if (f.choice) {
		const { relation, repair } = f.choice;
		const on = nameOf(relation.target.cell.column);
		const v = formatNumber(repair.edits.get(relation.target) ?? 0);
		fixes.push(repairFix(ctx.text, repair, {
			zh: `（可选）将“四、结转下年度继续办理”（${on.zh}列）改为 一 + 二 − （七） = ${v}`,
			en: `(A choice) Set ${nameOf('carriedForward').en} (${on.en}) to ${nameOf('newRequests').en} + ${nameOf('carriedOver').en} − ${nameOf('resultTotal').en} = ${v}`,
		}, true));
	}
	const related = cellValues([...r.left, ...r.right]);
	if (!f.cause) return { span: r.target.cell.span, message: d, related, fixes };
	const c = cellLabel(f.cause.relation.target);
	return {
		span: f.cause.relation.target.cell.span,
		message: { zh: `${d.zh}。原因是${c.zh}与各项之和不符，修正后勾稽关系即成立。`, en: `${d.en}. The cause is ${c.en}, which differs from the sum of its parts; correcting it restores the balance.` },
		related,
		fixes: [repairFix(ctx.text, f.cause.repair, { zh: `将${c.zh}改为各项之和`, en: `Set ${c.en} to the sum of its parts` }), ...fixes],
	};
}

export default defineRule({
	id: 'balance',
	defaultSeverity: 'error',
	description: { zh: '勾稽关系不成立：一 + 二 ≠ （七）总计 + 四', en: 'The balance fails: 1 + 2 ≠ 3(7) + 4 (docs/format.md)' },
	check(ctx) {
		const out: Finding[] = [];
		for (const f of arithmeticOf(ctx)) if (f.type === 'balance') out.push(render(ctx, f));
		return out;
	},
});
