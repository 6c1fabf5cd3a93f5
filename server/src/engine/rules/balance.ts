import { arithmeticOf } from '../arithmetic/diagnose';
import { defineRule } from './rule';

/**
 * 表三每一列都应满足勾稽关系：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。修复只作为一个可选项提供：改动“四、结转下年度继续办理”未必是正确的更正。
 * The analysis in arithmetic/diagnose.ts is shared by the four arithmetic rules: a single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
export default defineRule({
	id: 'balance',
	defaultSeverity: 'error',
	description: { zh: '勾稽关系不成立：一 + 二 ≠ （七）总计 + 四', en: 'The balance fails: 1 + 2 ≠ 3(7) + 4 (SPEC 2.5.1)' },
	check: (ctx) => arithmeticOf(ctx).filter((f) => f.kind === 'balance'),
});
