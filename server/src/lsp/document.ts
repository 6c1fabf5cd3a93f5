import type { Analysis, Lang } from '../engine/index';

export type { Lang } from '../engine/index';

/** One version of an open document and its analysis, shared by every request on that version. */
export interface OpenDocument {
	readonly uri: string;
	readonly version: number;
	readonly analysis: Analysis;
}

/** What every conversion needs: the UI language. */
export interface LspContext {
	readonly lang: Lang;
}
