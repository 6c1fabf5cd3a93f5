/**
 * Loads a PDF with pdfjs-dist (Mozilla's PDF.js) and hands its positioned text and ruling lines, read from what its pages draw (drawing.ts), to the engine's layout.
 *
 * pdf.js is its own bundle (dist/pdfjs.js, from pdfjs.ts), required on first use only, in process (the worker
 * module is registered as `globalThis.pdfjsWorker`, so no worker file or thread is needed), and it never renders:
 * its canvas half wants DOMMatrix, ImageData and Path2D at load time, which Node lacks, so placeholders are
 * defined before it loads and @napi-rs/canvas is never needed.
 */
import type { PageText } from '../../engine/index';
import { readDrawing, type FontInfo } from './drawing';
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
 * Where pdf.js puts the fonts of the operator lists we read (text and rules). With font faces disabled (its
 * default in Node) it compiles every glyph into a path for drawing, which costs more than reading the page; with
 * them enabled it hands each font to this document's font set, which keeps nothing, so no glyph is compiled.
 */
const FONTS = { fonts: { add(): void {}, delete(): void {} } };

/** The positioned text and ruling lines of every page (drawing.ts); throws SourceError for encrypted, damaged and image-only files. */
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
			const [x0, y0, x1, y1] = page.view;
			const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
			const fonts = page.commonObjs;
			const { items, rules } = readDrawing(lib, ops, page.view, (name) => (fonts.has(name) ? (fonts.get(name) as FontInfo | null) : null));
			for (const item of items) chars += item.text.length;
			pages.push({ width: x1 - x0, height: y1 - y0, items, rules });
			page.cleanup();
		}
		if (chars === 0) throw new SourceError(doc.numPages === 0 ? 'damaged' : 'scanned');
		return pages;
	} finally {
		await doc.destroy();
	}
}
