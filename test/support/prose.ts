import { makeReport, type ReportOptions } from './reports';

/** A consistent report (see `makeReport`) with `prose` written under the heading line `heading`. */
export function withProse(prose: string, options: ReportOptions = {}, heading = '（二）依申请公开'): string {
	const text = makeReport(options);
	if (!text.includes(`${heading}\n`)) throw new Error(`no heading ${heading}`);
	return text.replace(`${heading}\n`, `${heading}\n${prose}\n`);
}
