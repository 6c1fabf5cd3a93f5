/**
 * Loads a PDF with pdfjs-dist (Mozilla's PDF.js) and hands its positioned text and ruling lines to the engine's layout.
 *
 * pdf.js is its own bundle (dist/pdfjs.js, from pdfjs.ts), required on first use only, in process (the worker
 * module is registered as `globalThis.pdfjsWorker`, so no worker file or thread is needed), and it never renders:
 * its canvas half wants DOMMatrix, ImageData and Path2D at load time, which Node lacks, so placeholders are
 * defined before it loads and @napi-rs/canvas is never needed.
 */
import type { PageText, PositionedText } from '../../engine/index';
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
			if (items.some((i) => i.vertical)) await completeVertical(lib, page, items);
			pages.push({ width: width - page.view[0], height: height - page.view[1], items });
			page.cleanup();
		}
		if (chars === 0) throw new SourceError(doc.numPages === 0 ? 'damaged' : 'scanned');
		return pages;
	} finally {
		await doc.destroy();
	}
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

/**
 * pdf.js's text content loses the rest of a vertical label when each character is placed by its own move
 * (005's 三、本年度办理结果 comes out as 三、本): the page's operators still hold every glyph, so the runs of
 * vertical text are read from them, only on pages that have vertical text, and each truncated item is completed
 * from the run it starts.
 */
async function completeVertical(lib: Pdfjs, page: PdfPage, items: PositionedText[]): Promise<void> {
	const ops = await page.getOperatorList();
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
