/**
 * The user's own choice of language for a document, remembered per URI, so the client's detection never
 * switches a document back to 年报 after the user picked Plain Text (or anything else) for it.
 *
 * VS Code reports a language change as the document closing in its old language and opening at once (in
 * the same turn) in the new one; a document that really closes and opens again later is not a change.
 * Pure (no `vscode` import), so it is tested without an editor.
 */
export class LanguageChoices {
	private readonly chosen: Set<string>;
	/** Documents that closed in this turn, with the language they had. */
	private readonly closing = new Map<string, string>();

	constructor(initial: Iterable<string> = [], private readonly persist: (uris: string[]) => void = () => undefined) {
		this.chosen = new Set(initial);
	}

	/** A document closed (or is about to change language): remember its language until the turn ends. */
	closed(uri: string, languageId: string): void {
		this.closing.set(uri, languageId);
	}

	/** A document opened: if it closed in this turn in 年报, the user moved it to another language. */
	opened(uri: string, languageId: string): void {
		const before = this.closing.get(uri);
		this.closing.delete(uri);
		if (before === undefined || before === languageId) return;
		const had = this.chosen.has(uri);
		if (before === 'nianbao' && languageId !== 'nianbao') this.chosen.add(uri);
		// Choosing 年报 again (by hand or by the client) ends the opt-out.
		else if (languageId === 'nianbao') this.chosen.delete(uri);
		if (had !== this.chosen.has(uri)) this.persist([...this.chosen]);
	}

	/** The turn ended: documents still closed were really closed. */
	settle(): void {
		this.closing.clear();
	}

	/** Whether the client may switch this document to 年报 by itself. */
	maySwitch(uri: string): boolean {
		return !this.chosen.has(uri);
	}
}
