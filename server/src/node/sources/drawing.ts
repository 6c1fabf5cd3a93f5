/**
 * A page's text and ruling lines, both read from one pass over pdf.js's operator list (what the page draws), so
 * the page's content is parsed once: pdf.js's own text extraction would parse it a second time, which costs as
 * much again.
 *
 * Text is placed as pdf.js's canvas places it (CanvasGraphics.showText): the text matrix, the current point moved
 * by Td/TD/T* and by each glyph's advance (width × size × the font matrix, plus character and word spacing, times
 * the horizontal scale), the text rise, the current transform. Each shown string is one item, split where a TJ
 * adjustment opens a gap of half an em or more; glyphs of vertical fonts are items of one character each, stacked.
 * Rules are every level or upright stroked segment and every thin filled rectangle; clipping paths and curves
 * are no rules.
 */
import type { PositionedText, Rule } from '../../engine/index';
import type { Pdfjs } from './pdfjs';

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` after `n`, as PDF's `cm` composes them (pdf.js's Util.transform). */
function times(m: Matrix, n: Matrix): Matrix {
	return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** What the operator list needs of a font (pdf.js's FontFaceObject). */
export interface FontInfo {
	readonly fontMatrix?: readonly number[];
	readonly vertical?: boolean;
	readonly defaultVMetrics?: readonly number[];
}

/** A glyph as pdf.js's operator list gives it. */
interface Glyph {
	readonly unicode?: string;
	readonly width?: number;
	readonly isSpace?: boolean;
	readonly vmetric?: readonly number[];
}

interface TextState {
	font: FontInfo | null;
	size: number;
	direction: number;
	charSpacing: number;
	wordSpacing: number;
	hScale: number;
	leading: number;
	rise: number;
	matrix: Matrix;
	x: number;
	y: number;
	lineX: number;
	lineY: number;
}

const initialText = (): TextState => ({ font: null, size: 0, direction: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, matrix: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0 });

/** pdf.js's path codes in a constructPath buffer (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;
/** A filled rectangle at most this thick (points) is drawn as a line (Chromium draws cell borders so). */
const THIN = 2.5;

export interface Drawing {
	readonly items: PositionedText[];
	readonly rules: Rule[];
}

/**
 * The text items and rules of a page, in the page's coordinates less its view's origin. `font` gives the font a
 * setFont names (null when pdf.js has none: that text is not placed).
 */
export function readDrawing(lib: Pdfjs, ops: { fnArray: number[]; argsArray: unknown[] }, view: readonly number[], font: (name: string) => FontInfo | null): Drawing {
	const { OPS } = lib;
	const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
	const fills = new Set<number>([OPS.fill, OPS.eoFill]);
	const items: PositionedText[] = [];
	const rules: Rule[] = [];
	const stack: { ctm: Matrix; text: TextState }[] = [];
	let ctm: Matrix = IDENTITY;
	let text = initialText();
	const page = (x: number, y: number, m: Matrix = ctm): [number, number] => {
		const [px, py] = apply(m, x, y);
		return [px - view[0], py - view[1]];
	};
	const level = (a: [number, number], b: [number, number]): void => {
		if (Math.abs(a[1] - b[1]) < 0.5 || Math.abs(a[0] - b[0]) < 0.5) rules.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
	};
	const setFont = (name: unknown, size: unknown): void => {
		text.font = typeof name === 'string' ? font(name) : null;
		const s = typeof size === 'number' ? size : 0;
		text.direction = s < 0 ? -1 : 1;
		text.size = Math.abs(s);
	};
	const moveText = (x: number, y: number): void => {
		text.x = text.lineX += x;
		text.y = text.lineY += y;
	};

	const show = (glyphs: readonly (Glyph | number | null)[]): void => {
		const f = text.font;
		if (!f || text.size === 0) return;
		const m = times(ctm, text.matrix);
		const scaleY = Math.hypot(m[2], m[3]);
		const size = text.size * scaleY;
		const advanceScale = text.size * (f.fontMatrix?.[0] ?? 0.001);
		const vertical = f.vertical === true;
		let x = 0;
		let run = '';
		let runStart = 0;
		const flush = (end: number): void => {
			if (run.trim() !== '') {
				const [x0, y0] = page(text.x + runStart * text.hScale, text.y + text.rise, m);
				const [x1] = page(text.x + end * text.hScale, text.y + text.rise, m);
				items.push({ text: run, x: Math.min(x0, x1), y: y0, width: Math.abs(x1 - x0), size });
			}
			run = '';
		};
		for (const g of glyphs) {
			if (g === null) continue;
			if (typeof g === 'number') {
				const shift = (vertical ? 1 : -1) * g * text.size / 1000;
				if (!vertical && shift >= text.size / 2) flush(x);
				x += shift;
				continue;
			}
			const spacing = (g.isSpace ? text.wordSpacing : 0) + text.charSpacing;
			if (vertical) {
				const advance = (g.vmetric ? -g.vmetric[0] : (g.width ?? 0)) * advanceScale - spacing * text.direction;
				if (g.unicode && g.unicode.trim() !== '') {
					// A character of a column written top to bottom: its box's top is the current point.
					const [cx, top] = page(text.x, text.y - x + text.rise, m);
					items.push({ text: g.unicode, x: cx - size / 2, y: top - size * 0.88, width: size, size });
				}
				x += advance;
				continue;
			}
			if (run === '') runStart = x;
			run += g.unicode ?? '';
			x += (g.width ?? 0) * advanceScale + spacing * text.direction;
		}
		if (vertical) text.y -= x;
		else {
			flush(x);
			text.x += x * text.hScale;
		}
	};

	for (let k = 0; k < ops.fnArray.length; k++) {
		const fn = ops.fnArray[k];
		const args = ops.argsArray[k] as unknown[];
		switch (fn) {
			case OPS.save:
				stack.push({ ctm, text: { ...text } });
				break;
			// A form's end restores the state its begin saved, as restore does after save.
			case OPS.restore:
			case OPS.paintFormXObjectEnd: {
				const top = stack.pop();
				if (top) ({ ctm, text } = top);
				break;
			}
			case OPS.transform:
				ctm = times(ctm, args as unknown as Matrix);
				break;
			case OPS.paintFormXObjectBegin:
				stack.push({ ctm, text: { ...text } });
				if (Array.isArray(args[0]) && args[0].length === 6) ctm = times(ctm, args[0] as unknown as Matrix);
				break;
			case OPS.beginText:
				text.matrix = IDENTITY;
				text.x = text.lineX = 0;
				text.y = text.lineY = 0;
				break;
			case OPS.setFont:
				setFont(args[0], args[1]);
				break;
			case OPS.setGState:
				for (const entry of (args[0] as unknown[][] | undefined) ?? []) {
					if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1])) setFont(entry[1][0], entry[1][1]);
				}
				break;
			case OPS.setCharSpacing:
				text.charSpacing = args[0] as number;
				break;
			case OPS.setWordSpacing:
				text.wordSpacing = args[0] as number;
				break;
			case OPS.setHScale:
				text.hScale = (args[0] as number) / 100;
				break;
			case OPS.setLeading:
				text.leading = -(args[0] as number);
				break;
			case OPS.setTextRise:
				text.rise = args[0] as number;
				break;
			case OPS.moveText:
				moveText(args[0] as number, args[1] as number);
				break;
			case OPS.setLeadingMoveText:
				text.leading = args[1] as number;
				moveText(args[0] as number, args[1] as number);
				break;
			case OPS.nextLine:
				moveText(0, text.leading);
				break;
			case OPS.setTextMatrix:
				text.matrix = Array.from(args[0] as ArrayLike<number>) as unknown as Matrix;
				text.x = text.lineX = 0;
				text.y = text.lineY = 0;
				break;
			case OPS.showText:
			case OPS.showSpacedText:
				show(args[0] as (Glyph | number | null)[]);
				break;
			case OPS.constructPath:
				pathRules(args, strokes, fills, page, level, rules);
				break;
		}
	}
	return { items, rules };
}

/** The rules one constructPath draws. */
function pathRules(args: unknown[], strokes: ReadonlySet<number>, fills: ReadonlySet<number>, at: (x: number, y: number) => [number, number], level: (a: [number, number], b: [number, number]) => void, rules: Rule[]): void {
	const paint = args[0] as number;
	const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
	if (!buffer || !(strokes.has(paint) || fills.has(paint))) return;
	// Subpaths as corner lists; a curve spoils its subpath for both uses.
	const paths: { points: [number, number][]; straight: boolean; closed: boolean }[] = [];
	let cur: { points: [number, number][]; straight: boolean; closed: boolean } | null = null;
	for (let i = 0; i < buffer.length;) {
		const code = buffer[i++];
		if (code === MOVE) {
			cur = { points: [at(buffer[i], buffer[i + 1])], straight: true, closed: false };
			paths.push(cur);
			i += 2;
		} else if (code === LINE) {
			cur?.points.push(at(buffer[i], buffer[i + 1]));
			i += 2;
		} else if (code === CURVE || code === QUADRATIC) {
			if (cur) cur.straight = false;
			i += code === CURVE ? 6 : 4;
		} else if (code === CLOSE) {
			if (cur) cur.closed = true;
		} else break;
	}
	for (const path of paths) {
		if (!path.straight || path.points.length < 2) continue;
		const pts = path.points;
		if (strokes.has(paint)) {
			for (let j = 1; j < pts.length; j++) level(pts[j - 1], pts[j]);
			if (path.closed) level(pts[pts.length - 1], pts[0]);
			continue;
		}
		const xs = pts.map((p) => p[0]);
		const ys = pts.map((p) => p[1]);
		const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
		const rectangle = pts.length <= 5 && pts.every((p) => (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) && (Math.abs(p[1] - y0) < 0.5 || Math.abs(p[1] - y1) < 0.5));
		if (!rectangle) continue;
		if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) rules.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
		else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) rules.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
	}
}
