import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastYearVariable, snippets } from '../../server/src/tools/snippets';

/**
 * VS Code's variable transform `${NAME/regex/format/}`, as its snippet parser applies it: `$n` inserts group n
 * (nothing when it did not match), `${n:+text}` inserts text when group n matched; no match leaves the value.
 */
function transform(variable: string, value: string): string {
	const m = /^\$\{(\w+)\/(.*)\/(.*)\/\}$/.exec(variable);
	assert.ok(m, variable);
	const groups = new RegExp(m[2]).exec(value);
	if (!groups) return value;
	return m[3].replace(/\$\{(\d+):\+([^}]*)\}|\$(\d+)/g, (_, ifGroup: string | undefined, text: string, group: string | undefined) =>
		ifGroup !== undefined ? (groups[Number(ifGroup)] ? text : '') : groups[Number(group)] ?? '');
}

test('Should write last year into the 2021 report snippets\' title for every year of this century', () => {
	const variable = lastYearVariable();
	for (let year = 2021; year <= 2099; year++) assert.equal(transform(variable, String(year)), String(year - 1), String(year));
	const reports = Object.values(snippets()).filter((s) => s.prefix[0].startsWith('nianbao-report-2021'));
	assert.equal(reports.length, 2);
	for (const r of reports) assert.ok(r.body[0].includes(`${variable}年政府信息公开工作年度报告`), r.body[0]);
});

test('Should give the 2019 format\'s report snippets 2020, the last year that format is for', () => {
	const reports = Object.values(snippets()).filter((s) => s.prefix[0].startsWith('nianbao-report-2019'));
	for (const r of reports) assert.match(r.body[0], /（机关名称）2020年政府信息公开工作年度报告$/);
});
