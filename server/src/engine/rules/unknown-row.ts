import { nameOf } from '../format/names';
import { tablesOf } from '../query';
import { defineRule, type Finding } from './rule';

/** A row the format does not have (e.g. 其他主动公开文件): kept and shown, never an error. */
export default defineRule({
	id: 'unknown-row',
	defaultSeverity: 'info',
	description: { zh: '统一格式中没有的行', en: 'A row the format does not have' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const table of tablesOf(ctx.report.tables)) {
			const name = nameOf(table.key);
			for (const row of table.extraRows) {
				findings.push({ span: row.label.span, message: { zh: `“${row.label.text}”不是${name.zh}的标准行，不计入统计`, en: `“${row.label.text}” is not a standard row of ${name.en} and is not counted` } });
			}
		}
		return findings;
	},
});
