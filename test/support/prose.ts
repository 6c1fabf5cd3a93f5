import { makeReport, SECTION_CONTENT, type ReportOptions } from './reports';

/**
 * A consistent report (see `makeReport`) with `prose` written under the heading line `heading`; under 五 or
 * 六 it replaces what `makeReport` writes there.
 */
export function withProse(prose: string, options: ReportOptions = {}, heading = '（二）依申请公开'): string {
	const text = makeReport(options);
	if (!text.includes(`${heading}\n`)) throw new Error(`no heading ${heading}`);
	const own = heading.startsWith('五、') ? SECTION_CONTENT.five : heading.startsWith('六、') ? SECTION_CONTENT.six : '';
	return text.replace(`${heading}\n${own}`, `${heading}\n${prose}\n`);
}

/** A consistent report whose section 五 or 六 holds `content` instead (nothing by default). */
export function withEmptySection(heading: '五' | '六', options: ReportOptions = {}, content = ''): string {
	return makeReport(options).replace(heading === '五' ? SECTION_CONTENT.five : SECTION_CONTENT.six, content);
}
