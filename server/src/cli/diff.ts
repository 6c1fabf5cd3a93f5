/**
 * A unified diff of two texts by lines (what `--dry-run` prints instead of writing fixes), as `diff -u`
 * writes it, so `patch -p0` applies it. Lines keep their own line ends, so CRLF files diff as CRLF.
 * Myers's O((N+M)·D) algorithm after trimming the common head and tail: fixes change few lines of a report.
 */

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };

/** Lines with their line ends (`\r\n`, `\n` or a lone `\r`); the last may have none. */
export function splitLines(text: string): string[] {
	return text === '' ? [] : text.split(/(?<=\r\n|\n|\r(?!\n))/);
}

/** The edit script from `a` to `b`: equal, deleted and inserted lines in order, as few changes as possible. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const x0 = a.slice(head, a.length - tail);
	const y0 = b.slice(head, b.length - tail);
	const middle = myers(x0, y0);
	return [...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })), ...middle, ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line }))];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
	const n = a.length;
	const m = b.length;
	// trace[d][k + d]: the furthest x reached on diagonal k with d changes.
	const trace: Int32Array[] = [];
	let found = -1;
	for (let d = 0; d <= n + m && found < 0; d++) {
		const v = new Int32Array(2 * d + 1);
		const prev = trace[d - 1];
		for (let k = -d; k <= d; k += 2) {
			let x: number;
			if (d === 0) x = 0;
			else if (k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) x = prev[k + 1 + d - 1];
			else x = prev[k - 1 + d - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[k + d] = x;
			if (x >= n && y >= m) found = d;
		}
		trace.push(v);
	}
	const ops: Op[] = [];
	let x = n;
	let y = m;
	for (let d = found; d > 0; d--) {
		const prev = trace[d - 1];
		const k = x - y;
		const down = k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
		const prevK = down ? k + 1 : k - 1;
		const prevX = prev[prevK + d - 1];
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			ops.push({ kind: ' ', line: a[--x] });
			y--;
		}
		if (down) ops.push({ kind: '+', line: b[--y] });
		else ops.push({ kind: '-', line: a[--x] });
	}
	while (x > 0) ops.push({ kind: ' ', line: a[--x] });
	return ops.reverse();
}

/** `diff -u` of two versions of one file; '' when they are equal. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
	if (before === after) return '';
	const ops = diffLines(splitLines(before), splitLines(after));
	const out = [`--- ${name}\n`, `+++ ${name}\n`];
	// Positions (in ops) of the changes, grouped into hunks whose gaps are at most 2 × context.
	const changes = ops.flatMap((op, k) => (op.kind === ' ' ? [] : [k]));
	let g = 0;
	// Line numbers (1-based) in each version at ops[at], advanced hunk by hunk.
	let at = 0;
	let aLine = 1;
	let bLine = 1;
	while (g < changes.length) {
		let last = g;
		while (last + 1 < changes.length && changes[last + 1] - changes[last] <= 2 * context) last++;
		const from = Math.max(0, changes[g] - context);
		const to = Math.min(ops.length, changes[last] + context + 1);
		for (; at < from; at++) {
			if (ops[at].kind !== '+') aLine++;
			if (ops[at].kind !== '-') bLine++;
		}
		const hunk = ops.slice(from, to);
		const aLen = hunk.filter((op) => op.kind !== '+').length;
		const bLen = hunk.filter((op) => op.kind !== '-').length;
		out.push(`@@ -${aLen === 0 ? aLine - 1 : aLine},${aLen} +${bLen === 0 ? bLine - 1 : bLine},${bLen} @@\n`);
		for (const op of hunk) {
			out.push(op.kind + op.line);
			if (!op.line.endsWith('\n')) out.push(op.line.endsWith('\r') ? '\n' : '\n\\ No newline at end of file\n');
		}
		g = last + 1;
	}
	return out.join('');
}
