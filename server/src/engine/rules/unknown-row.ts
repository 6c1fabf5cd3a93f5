import { nameOf } from '../format/names';
import { tablesOf } from '../query';
import { defineRule, type Finding } from './rule';

/** A row the format does not have (e.g. 其他主动公开文件), or a standard row written twice: kept and shown, never an error. */
export default defineRule({
	id: 'unknown-row',
	defaultSeverity: 'info',
	description: { zh: '统一格式中没有的行', en: 'A row the format does not have' },
	check(ctx) {
		const findings: Finding[] = [];
		for (const table of tablesOf(ctx.report.tables)) {
			const name = nameOf(table.key);
			for (const row of table.extraRows) {
				const message = row.duplicateOf
					? { zh: `“${row.label.text}”在${name.zh}中重复出现，只计第一行`, en: `“${row.label.text}” appears twice in ${name.en}; only the first row counts` }
					: { zh: `“${row.label.text}”不是${name.zh}的标准行，不计入统计`, en: `“${row.label.text}” is not a standard row of ${name.en} and is not counted` };
				findings.push({ span: row.label.span, message });
			}
		}
		return findings;
	},
});
