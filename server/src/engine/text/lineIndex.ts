import type { Span } from './span';

/** A 0-based line and a 0-based UTF-16 character offset within that line (the LSP convention). */
export interface Position {
	readonly line: number;
	readonly character: number;
}

/** From one position to another: the LSP shape of a span. */
export interface Range {
	readonly start: Position;
	readonly end: Position;
}

/** A line of the document: its text without the line break, and where it starts and ends. */
export interface Line {
	/** 0-based line number. */
	readonly index: number;
	/** Offset of the first character of the line. */
	readonly start: number;
	/** Offset just past the last character, before `\r\n`, `\n` or `\r`. */
	readonly end: number;
	readonly text: string;
}

/**
 * Splits the text into lines, recognising `\r\n`, `\n` and a lone `\r` as line ends, as LSP does.
 * The only place where offsets become line numbers and back.
 */
export class LineIndex {
	/** Offsets at which each line starts; `starts[0]` is 0. */
	private readonly starts: number[] = [0];

	/** Whether every line ends in `\n` alone (no `\r`): then a line ends just before the next one starts. */
	private readonly lfOnly: boolean;

	constructor(private readonly text: string) {
		this.lfOnly = text.indexOf('\r') < 0;
		if (this.lfOnly) {
			// The common case, only \n: jump from break to break.
			for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
			return;
		}
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 13 /* \r */) {
				if (text.charCodeAt(i + 1) === 10) i++;
				this.starts.push(i + 1);
			} else if (c === 10 /* \n */) {
				this.starts.push(i + 1);
			}
		}
	}

	get lineCount(): number {
		return this.starts.length;
	}

	/** The line at `index`, without its line break; its text is sliced only when read. */
	line(index: number): Line {
		return new LazyLine(this.text, index, this.starts[index], this.endOf(index));
	}

	/** Offset of the first character of line `index`. */
	startOf(index: number): number {
		return this.starts[index];
	}

	/** Offset just past the last character of line `index`, before its line break. */
	endOf(index: number): number {
		if (this.lfOnly) return index + 1 < this.starts.length ? this.starts[index + 1] - 1 : this.text.length;
		const start = this.starts[index];
		let end = index + 1 < this.starts.length ? this.starts[index + 1] : this.text.length;
		if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
		if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
		return end;
	}

	/** The line containing `offset` (binary search; offsets past the end clamp to the last line). */
	lineAt(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const line = this.lineAt(clamped);
		return { line, character: clamped - this.starts[line] };
	}

	offsetAt(position: Position): number {
		if (position.line < 0) return 0;
		if (position.line >= this.starts.length) return this.text.length;
		const line = this.line(position.line);
		return Math.min(line.start + Math.max(0, position.character), line.end);
	}

	range(span: Span): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}

	/** The line break the document uses most (`\r\n`, `\n` or a lone `\r`; `\n` on a tie): kept by edits that insert lines. */
	eol(): string {
		if (this.text.indexOf('\r') < 0) return '\n';
		let crlf = 0;
		let lf = 0;
		for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) {
			if (this.text.charCodeAt(i - 1) === 13) crlf++;
			else lf++;
		}
		// Every line start after the first follows one break; the ones not counted above follow a lone \r.
		const cr = this.starts.length - 1 - crlf - lf;
		if (cr > crlf && cr > lf) return '\r';
		return crlf > lf ? '\r\n' : '\n';
	}
}

/** A line whose text is sliced from the document on first use: most lines are only looked at by offset. */
class LazyLine implements Line {
	private sliced: string | undefined;

	constructor(private readonly source: string, readonly index: number, readonly start: number, readonly end: number) {}

	get text(): string {
		return (this.sliced ??= this.source.slice(this.start, this.end));
	}
}
