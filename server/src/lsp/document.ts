import { analyze, LineIndex, type Config, type Report } from '../engine/index';

export type { Lang } from '../engine/vocabulary';

/** One document version, analysed once and shared by every request on that version. */
export interface Analysis {
	readonly uri: string;
	readonly version: number;
	readonly text: string;
	readonly lines: LineIndex;
	readonly report: Report;
}

export function analyseDocument(uri: string, version: number, text: string, config: Config): Analysis {
	return { uri, version, text, lines: new LineIndex(text), report: analyze(text, config) };
}
