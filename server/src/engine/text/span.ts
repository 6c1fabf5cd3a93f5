/**
 * A half-open range of the document text.
 * Both ends are 0-based UTF-16 code-unit offsets from the start of the document (the unit of JS strings and
 * of LSP's default position encoding), so characters outside the BMP such as 𠀀 count as two.
 */
export interface Span {
	readonly start: number;
	readonly end: number;
}
