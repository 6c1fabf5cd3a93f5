/**
 * Loads a PDF with pdfjs-dist (Mozilla's PDF.js) and hands its positioned text and ruling lines to the engine's layout.
 *
 * pdf.js is its own bundle (dist/pdfjs.js, from pdfjs.ts), required on first use only, in process (the worker
 * module is registered as `globalThis.pdfjsWorker`, so no worker file or thread is needed), and it never renders:
 * its canvas half wants DOMMatrix, ImageData and Path2D at load time, which Node lacks, so placeholders are
 * defined before it loads and @napi-rs/canvas is never needed.
 */
import { mayHoldTable, type PageText, type PositionedText, type Rule } from '../../engine/index';
import { SourceError } from './errors';
import type { Pdfjs } from './pdfjs';

let loading: Promise<Pdfjs> | null = null;

/** pdf.js, loaded once on first use. */
export function loadPdfjs(): Promise<Pdfjs> {
	return (loading ??= load());
}

async function load(): Promise<Pdfjs> {
	const g = globalThis as Record<string, unknown>;
	// Only the renderer uses these; text extraction never does.
	for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) {
		if (!(name in g)) g[name] = class {};
	}
	// A font face that is never drawn: see FONTS below.
	g.FontFace ??= class {
		readonly loaded = Promise.resolve(this);
	};
	// pdf.js warns on load that it cannot find a canvas for rendering, which we never do: keep that off stderr.
	const warn = console.warn;
	console.warn = (...args: unknown[]): void => {
		if (!/^Warning: Cannot (?:access the `require` function|load "@napi-rs\/canvas"|polyfill)/.test(String(args[0]))) warn(...args);
	};
	try {
		// Its own bundle beside this one (esbuild keeps './pdfjs.js' external), or pdfjs.js beside pdf.js under out/.
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, a module of its own
		return await (require('./pdfjs.js') as typeof import('./pdfjs')).loadPdfjsModule();
	} finally {
		console.warn = warn;
	}
}

/**
 * Where pdf.js puts the fonts of the operator lists we read for ruling lines. With font faces disabled (its
 * default in Node) it compiles every glyph into a path for drawing, which costs more than reading the page; with
 * them enabled it hands each font to this document's font set, which keeps nothing, so no glyph is compiled.
 */
const FONTS = { fonts: { add(): void {}, delete(): void {} } };

/** The positioned text of every page; throws SourceError for encrypted, damaged and image-only files. */
export async function readPdfPages(data: Uint8Array): Promise<PageText[]> {
	const lib = await loadPdfjs();
	const task = lib.getDocument({
		data,
		useSystemFonts: false,
		disableFontFace: false,
		// Only its `fonts` is used, and only by the font loader.
		ownerDocument: FONTS as unknown as Document,
		isEvalSupported: false,
		stopAtErrors: false,
		verbosity: lib.VerbosityLevel.ERRORS,
	});
	let doc: Awaited<typeof task.promise>;
	try {
		doc = await task.promise;
	} catch (e) {
		const name = (e as { name?: string }).name;
		if (name === 'PasswordException') throw new SourceError('encrypted');
		throw new SourceError('damaged', (e as Error).message);
	}
	try {
		const pages: PageText[] = [];
		let chars = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const [, , width, height] = page.view;
			const content = await page.getTextContent();
			const items: PositionedText[] = [];
			for (const item of content.items) {
				if (!('str' in item) || item.str.trim() === '') continue;
				const [a, b, , d, e, f] = item.transform as number[];
				const size = Math.hypot(a, b) || Math.abs(d);
				const vertical = item.dir === 'ttb' || content.styles[item.fontName]?.vertical === true;
				items.push({ text: item.str, x: e - page.view[0], y: f - page.view[1], width: item.width, size, vertical, height: item.height });
				chars += item.str.length;
			}
			const text: PageText = { width: width - page.view[0], height: height - page.view[1], items };
			const vertical = items.some((i) => i.vertical);
			// The drawing (an operator list) costs about as much again as the text: read only where a table may be.
			if (vertical || mayHoldTable(text)) {
				const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
				if (vertical) completeVertical(lib, ops, items);
				pages.push({ ...text, rules: rulesOf(lib, ops, page.view) });
			} else pages.push(text);
			page.cleanup();
		}
		if (chars === 0) throw new SourceError(doc.numPages === 0 ? 'damaged' : 'scanned');
		return pages;
	} finally {
		await doc.destroy();
	}
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;
type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;
type Matrix = readonly [number, number, number, number, number, number];

/** `m` after `n`, as PDF's `cm` composes them (pdf.js's Util.transform). */
function times(m: Matrix, n: Matrix): Matrix {
	return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

/** pdf.js's path codes in a constructPath buffer (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;
/** A filled rectangle at most this thick (points) is drawn as a line (Chromium draws cell borders so). */
const THIN = 2.5;

/**
 * The horizontal and vertical lines a page draws, in the text's coordinates: every straight stroked segment that
 * is level or upright, and every thin filled rectangle. Clipping paths are not drawn and curves are no rules.
 */
function rulesOf(lib: Pdfjs, ops: OperatorList, view: readonly number[]): Rule[] {
	const { OPS } = lib;
	const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
	const fills = new Set<number>([OPS.fill, OPS.eoFill]);
	const rules: Rule[] = [];
	const stack: Matrix[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	const at = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - view[0], ctm[1] * x + ctm[3] * y + ctm[5] - view[1]];
	const level = (a: [number, number], b: [number, number]): void => {
		if (Math.abs(a[1] - b[1]) < 0.5 || Math.abs(a[0] - b[0]) < 0.5) rules.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
	};
	for (let k = 0; k < ops.fnArray.length; k++) {
		const fn = ops.fnArray[k];
		const args = ops.argsArray[k] as unknown[];
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.transform) ctm = times(ctm, args as unknown as Matrix);
		else if (fn === OPS.paintFormXObjectBegin) {
			stack.push(ctm);
			if (Array.isArray(args[0]) && args[0].length === 6) ctm = times(ctm, args[0] as unknown as Matrix);
		} else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.constructPath) {
			const paint = args[0] as number;
			const buffer = (args[1] as (ArrayLike<number> | null)[])[0];
			if (!buffer || !(strokes.has(paint) || fills.has(paint))) continue;
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
	}
	return rules;
}

/**
 * pdf.js's text content loses the rest of a vertical label when each character is placed by its own move
 * (005's 三、本年度办理结果 comes out as 三、本): the page's operators still hold every glyph, so the runs of
 * vertical text are read from them, on pages that have vertical text, and each truncated item is completed
 * from the run it starts.
 */
function completeVertical(lib: Pdfjs, ops: OperatorList, items: PositionedText[]): void {
	const { OPS } = lib;
	const runs: { font: string; text: string }[] = [];
	let font = '';
	let run: { font: string; text: string } | null = null;
	const close = (): void => {
		if (run && run.text !== '') runs.push(run);
		run = null;
	};
	for (let k = 0; k < ops.fnArray.length; k++) {
		const fn = ops.fnArray[k];
		const args = ops.argsArray[k] as unknown[];
		if (fn === OPS.beginText || fn === OPS.setTextMatrix || fn === OPS.endText) close();
		else if (fn === OPS.setFont) {
			close();
			font = String(args[0]);
		} else if (fn === OPS.showText || fn === OPS.showSpacedText) {
			const glyphs = args[0] as ({ unicode?: string } | number | null)[];
			run ??= { font, text: '' };
			for (const g of glyphs) if (g !== null && typeof g === 'object' && typeof g.unicode === 'string') run.text += g.unicode;
		}
	}
	close();
	const used = new Set<number>();
	items.forEach((item, n) => {
		if (!item.vertical) return;
		const seen = item.text.replace(/\s+/g, '');
		const k = runs.findIndex((r, j) => !used.has(j) && r.text.length > seen.length && r.text.replace(/\s+/g, '').startsWith(seen));
		if (k < 0) return;
		used.add(k);
		const full = runs[k].text.replace(/\s+/g, '');
		const height = item.height !== undefined && seen.length > 0 ? (item.height * full.length) / seen.length : undefined;
		items[n] = { ...item, text: full, height };
	});
}
