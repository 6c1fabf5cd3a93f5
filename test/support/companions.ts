import { Analysis, companionOf, identityOf, pickLastYear, type Diagnostic } from '../../server/src/engine/index';

export const THIS_URI = 'file:///reports/this-year.txt';
export const LAST_URI = 'file:///reports/%E4%B8%8A%E5%B9%B4.txt';

/**
 * `text` analysed with `candidates` (uri → text) as the caller would offer them: last year's report is the one
 * the engine picks (same body, year − 1, same family), or none.
 */
export function analyseWith(text: string, candidates: Readonly<Record<string, string>>, uri = THIS_URI): Analysis {
	const self = new Analysis(text);
	const read = Object.entries(candidates).map(([u, t]) => ({ uri: u, fingerprint: t, analysis: new Analysis(t) }));
	const picked = pickLastYear({ uri, identity: identityOf(self.model) }, read.map((r) => ({ ...r, identity: identityOf(r.analysis.model) })));
	return self.withCompanions({ lastYear: picked ? companionOf(picked.uri, picked.analysis) : null });
}

/** The diagnostics of one rule for `text` compared with last year's `lastText`. */
export function pairFindings(text: string, lastText: string | null, code: string): Diagnostic[] {
	return analyseWith(text, lastText === null ? {} : { [LAST_URI]: lastText }).diagnostics.filter((d) => d.code === code);
}
