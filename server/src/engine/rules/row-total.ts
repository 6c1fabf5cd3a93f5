import { arithmeticOf } from '../arithmetic/diagnose';
import { defineRule } from './rule';

/**
 * 表三每一行的“总计”应等于六类申请人之和。
 * The analysis in arithmetic/diagnose.ts is shared by the four arithmetic rules: a single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
export default defineRule({
	id: 'row-total',
	defaultSeverity: 'error',
	description: { zh: '各类申请人之和与“总计”不符（每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）', en: 'A row\'s total differs from the sum of its applicant columns (SPEC 2.5.2)' },
	check: (ctx) => arithmeticOf(ctx).filter((f) => f.kind === 'row-total'),
});
