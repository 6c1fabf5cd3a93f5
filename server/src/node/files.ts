import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';

/** The encodings report files arrive in; GB18030 (a superset of GBK and GB2312) is common in government offices. */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface ReportFile {
	readonly path: string;
	readonly text: string;
	readonly encoding: Encoding;
	/** Whether the file starts with a byte order mark (kept when the file is written back). */
	readonly bom: boolean;
}

export class UnreadableFile extends Error {}

// Published files (PDF, Word, web pages) are converted by node/sources before the engine reads them.
const EXTENSIONS = new Set(['.txt', '.md', '.pdf', '.docx', '.doc', '.html', '.htm']);

/**
 * Files named on the command line, folders expanded (recursively, sorted) to their `.txt` and `.md`
 * files. A path that does not exist is reported and skipped, never fatal for the others.
 */
export function expandPaths(paths: readonly string[]): { files: string[]; errors: { path: string; message: string }[] } {
	const files: string[] = [];
	const errors: { path: string; message: string }[] = [];
	const walk = (dir: string): void => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
		}
	};
	for (const p of paths) {
		try {
			if (fs.statSync(p).isDirectory()) walk(p);
			else files.push(p);
		} catch (e) {
			errors.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : String((e as Error).message) });
		}
	}
	return { files, errors };
}

/** Reads and decodes a report: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030. */
export function readReport(file: string): ReportFile {
	const bytes = fs.readFileSync(file);
	return { path: file, ...decode(bytes) };
}

export function decode(bytes: Buffer): { text: string; encoding: Encoding; bom: boolean } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
	if (bytes.includes(0)) throw new UnreadableFile('binary');
	try {
		return { text: utf8(bytes), encoding: 'utf-8', bom: false };
	} catch {
		// Not UTF-8: try GB18030, and accept it only if it decodes cleanly into ordinary text.
	}
	let text: string;
	try {
		text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
	} catch {
		throw new UnreadableFile('encoding');
	}
	const odd = text.match(/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
	if (odd > text.length / 100) throw new UnreadableFile('encoding');
	return { text, encoding: 'gb18030', bom: false };
}

function utf8(bytes: Uint8Array): string {
	return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Writes text back in the file's own encoding and BOM. */
export function writeReport(file: ReportFile, text: string): void {
	fs.writeFileSync(file.path, encode(text, file.encoding, file.bom));
}

export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
	if (encoding === 'utf-8') return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
	return iconv.encode(text, encoding, { addBOM: bom });
}
