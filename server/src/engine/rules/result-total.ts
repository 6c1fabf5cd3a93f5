import { arithmeticOf } from '../arithmetic/diagnose';
import { defineRule } from './rule';

/**
 * 表三每一列的“（七）总计”应等于（一）至（六）各项办理结果之和。
 * The analysis in arithmetic/diagnose.ts is shared by the four arithmetic rules: a single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
export default defineRule({
	id: 'result-total',
	defaultSeverity: 'error',
	description: { zh: '“（七）总计”与各项办理结果之和不符', en: '3(7) total differs from the sum of the results (SPEC 2.5.3)' },
	check: (ctx) => arithmeticOf(ctx).filter((f) => f.kind === 'result-total'),
});
