import { arithmeticOf } from '../arithmetic/diagnose';
import { defineRule } from './rule';

/**
 * 表四行政复议、未经复议直接起诉、复议后起诉三组，每组“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。
 * The analysis in arithmetic/diagnose.ts is shared by the four arithmetic rules: a single wrong cell that
 * breaks several totals is reported once, at that cell.
 */
export default defineRule({
	id: 'appeal-total',
	defaultSeverity: 'error',
	description: { zh: '表四各组“总计”与各项结果之和不符', en: 'A group\'s total in table 4 differs from the sum of its results (SPEC 2.5.4)' },
	check: (ctx) => arithmeticOf(ctx).filter((f) => f.kind === 'appeal-total'),
});
