import { previewModel, type Lang } from '../engine/index';
import type { TablesResult } from '../protocol';
import type { OpenDocument } from './document';

/** The serialisable model the table preview renders (the webview never parses text). */
export function tablesResult(doc: OpenDocument, lang: Lang): TablesResult {
	return { uri: doc.uri, version: doc.version, ...previewModel(doc.analysis, lang) };
}
