/**
 * pdf.js (pdfjs-dist's legacy build) and its worker, as one module of their own: esbuild writes it to
 * dist/pdfjs.js, shared by the command line and the server and loaded only when a PDF is read, so neither bundle
 * carries pdf.js's 3 MB nor pays for loading it when no PDF is read (see pdf.ts, which requires it lazily).
 *
 * Loading it leaves the process's built-ins as they were: the legacy build's core-js polyfills replace some that
 * Node already has (Array.prototype.push among them, with a JavaScript version several times slower for every
 * array of the process), so each built-in function replaced while loading is put back; the ones it adds
 * (Promise.withResolvers and others Node 20 lacks, which pdf.js needs) are kept.
 */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

/** The objects whose methods core-js polyfills. */
function builtins(): object[] {
	const iterator = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
	return [
		globalThis, Object, Object.prototype, Function.prototype, Array, Array.prototype, JSON, Math, Number, String.prototype,
		Promise, Promise.prototype, Set.prototype, Map, Map.prototype, ArrayBuffer.prototype, Uint8Array, Uint8Array.prototype,
		Object.getPrototypeOf(Uint8Array.prototype) as object, iterator, Reflect, URL,
	];
}

/** Runs `load` and then restores every built-in function it replaced. */
async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
	const saved = builtins().map((target) => ({ target, own: Object.getOwnPropertyDescriptors(target) }));
	try {
		return await load();
	} finally {
		for (const { target, own } of saved) {
			for (const key of Reflect.ownKeys(own)) {
				const before = own[key as keyof typeof own] as PropertyDescriptor;
				const now = Object.getOwnPropertyDescriptor(target, key);
				if (typeof before.value === 'function' && now && now.value !== before.value && now.configurable) Object.defineProperty(target, key, before);
			}
		}
	}
}

/** Loads pdf.js and registers its worker in process (`globalThis.pdfjsWorker`: no worker file or thread). */
export function loadPdfjsModule(): Promise<Pdfjs> {
	return keepingBuiltins(async () => {
		const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const g = globalThis as Record<string, unknown>;
		g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
		lib.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs';
		return lib;
	});
}
