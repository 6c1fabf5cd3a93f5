import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGb18030, encodeGb18030, InvalidSequence } from './gb18030';

/** The encodings report files arrive in; GB18030 (a superset of GBK and GB2312) is common in government offices. */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** What was read from disk, so a write can tell whether the file changed since and keep every other byte. */
export interface DiskState {
	readonly bytes: Buffer;
	readonly size: number;
	readonly mtimeMs: number;
	readonly ino: number;
}

export interface ReportFile {
	readonly path: string;
	readonly text: string;
	readonly encoding: Encoding;
	/** Whether the file starts with a byte order mark (kept when the file is written back). */
	readonly bom: boolean;
	/** The bytes and identity read from disk (absent for text converted from another kind of file). */
	readonly disk?: DiskState;
}

/** Why a file is not read: `binary`, `encoding`, `not-a-file` (a FIFO, a device, a folder) or `too-large`. */
export class UnreadableFile extends Error {}

/** Why a fixed file is not written back. */
export type WriteProblem = 'changed' | 'read-only' | 'not-exact' | 'failed';

export class WriteRefused extends Error {
	constructor(readonly problem: WriteProblem, detail = '') {
		super(detail || problem);
	}
}

/** Reports are a few hundred kilobytes; a file beyond this is not one (and is not read whole into memory). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

// Published files (PDF, Word, web pages) are converted by node/sources before the engine reads them.
const EXTENSIONS = new Set(['.txt', '.md', '.pdf', '.docx', '.doc', '.html', '.htm']);

/**
 * Files named on the command line, folders expanded (recursively, sorted) to their `.txt` and `.md`
 * files. A path that does not exist is reported and skipped, never fatal for the others. `named` holds
 * the files named themselves (not found in a folder).
 */
export function expandPaths(paths: readonly string[]): { files: string[]; named: Set<string>; errors: { path: string; message: string }[] } {
	const files: string[] = [];
	const named = new Set<string>();
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
			else {
				files.push(p);
				named.add(p);
			}
		} catch (e) {
			errors.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : String((e as Error).message) });
		}
	}
	return { files, named, errors };
}

/**
 * Reads and decodes a report: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030. Only a regular
 * file is read (a FIFO would block, a device such as /dev/zero never ends, whatever a symlink's name
 * says), and at most `MAX_REPORT_BYTES`.
 */
export function readReport(file: string): ReportFile {
	// Non-blocking, so opening a FIFO returns at once and fstat can refuse it.
	const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
	try {
		const stat = fs.fstatSync(fd);
		if (!stat.isFile()) throw new UnreadableFile('not-a-file');
		if (stat.size > MAX_REPORT_BYTES) throw new UnreadableFile('too-large');
		const bytes = readAll(fd);
		return { path: file, ...decode(bytes), disk: { bytes, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino } };
	} finally {
		fs.closeSync(fd);
	}
}

/** The whole file behind `fd`, refusing it once it outgrows the limit (it may grow while being read). */
function readAll(fd: number): Buffer {
	const chunks: Buffer[] = [];
	let total = 0;
	for (;;) {
		const chunk = Buffer.allocUnsafe(64 * 1024);
		const n = fs.readSync(fd, chunk, 0, chunk.length, null);
		if (n === 0) break;
		total += n;
		if (total > MAX_REPORT_BYTES) throw new UnreadableFile('too-large');
		chunks.push(chunk.subarray(0, n));
	}
	return Buffer.concat(chunks, total);
}

export function decode(bytes: Buffer): { text: string; encoding: Encoding; bom: boolean } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
	if (bytes.includes(0)) throw new UnreadableFile('binary');
	try {
		return { text: utf8(bytes), encoding: 'utf-8', bom: false };
	} catch {
		// Not UTF-8: try GB18030, and accept it only if it decodes cleanly into ordinary text.
	}
	let text: string;
	try {
		text = decodeGb18030(bytes);
	} catch (e) {
		if (e instanceof InvalidSequence) throw new UnreadableFile('encoding');
		throw e;
	}
	const odd = text.match(/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
	if (odd > text.length / 100) throw new UnreadableFile('encoding');
	return { text, encoding: 'gb18030', bom: false };
}

function utf8(bytes: Uint8Array): string {
	return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Text in an encoding, with its BOM when the file had one; GB18030 through the same codec that read it. */
export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
	if (encoding === 'utf-8') return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
	if (encoding === 'gb18030') return encodeGb18030(text);
	const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
	return encoding === 'utf-16le' ? le : le.swap16();
}

/**
 * Writes text back in the file's own encoding and BOM, safely: nothing is written when the text read
 * would not give back the bytes read (the other bytes would change), when the file is read-only, or when
 * it changed on disk since it was read (the user saved it meanwhile); otherwise the bytes go to a temporary
 * file in the same folder, with the file's mode, which then replaces the file in one rename, so a failed
 * write never leaves half a report. A symlink is followed: its target is replaced, the link stays.
 * Throws `WriteRefused`.
 */
export function writeReport(file: ReportFile, text: string): void {
	const source = file.disk;
	if (!source) throw new WriteRefused('not-exact');
	let bytes: Buffer;
	try {
		if (!encode(file.text, file.encoding, file.bom).equals(source.bytes)) throw new WriteRefused('not-exact');
		bytes = encode(text, file.encoding, file.bom);
	} catch (e) {
		if (e instanceof WriteRefused) throw e;
		throw new WriteRefused('not-exact', (e as Error).message);
	}
	let target: string;
	let mode: number;
	let stat: fs.Stats;
	try {
		target = fs.realpathSync(file.path);
		stat = fs.statSync(target);
		mode = stat.mode & 0o7777;
	} catch (e) {
		throw new WriteRefused('changed', (e as Error).message);
	}
	if ((mode & 0o222) === 0 || !writable(target)) throw new WriteRefused('read-only');
	if (changedSince(target, source)) throw new WriteRefused('changed');
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.nianbao-tmp`);
	try {
		const fd = fs.openSync(temporary, 'wx', mode);
		try {
			fs.writeSync(fd, bytes, 0, bytes.length);
			fs.fchmodSync(fd, mode);
			try {
				fs.fchownSync(fd, stat.uid, stat.gid);
			} catch {
				// Only the owner or root may give a file away; a file we may write but not chown keeps our ownership.
			}
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		if (changedSince(target, source)) throw new WriteRefused('changed');
		fs.renameSync(temporary, target);
	} catch (e) {
		try {
			fs.unlinkSync(temporary);
		} catch {
			// Already renamed into place, or never created.
		}
		if (e instanceof WriteRefused) throw e;
		throw new WriteRefused('failed', (e as Error).message);
	}
}

function writable(file: string): boolean {
	try {
		fs.accessSync(file, fs.constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/** Whether the file on disk is no longer the one read: another size, time, inode, or other bytes. */
function changedSince(file: string, source: DiskState): boolean {
	try {
		const now = fs.statSync(file);
		if (!now.isFile() || now.size !== source.size || now.mtimeMs !== source.mtimeMs || now.ino !== source.ino) return true;
		return !fs.readFileSync(file).equals(source.bytes);
	} catch {
		return true;
	}
}

/**
 * A file written whole or not at all (`--output-file`): the text goes, as it comes, to a temporary file in the
 * same folder, which replaces the target in one rename on `commit`, so a run that fails half-way never leaves a
 * truncated report behind, and the previous file stays until the new one is complete. An existing target keeps
 * its mode; a symlink is followed (its target is replaced, the link stays). Throws the system's error.
 */
export class OutputFile {
	private readonly target: string;
	private readonly temporary: string;
	private fd: number | null;

	constructor(file: string) {
		let mode: number | null = null;
		try {
			this.target = fs.realpathSync(file);
			const stat = fs.statSync(this.target);
			if (!stat.isFile()) throw Object.assign(new Error(`${file}: not a regular file`), { code: 'EISDIR' });
			mode = stat.mode & 0o7777;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
			this.target = path.resolve(file);
		}
		this.temporary = path.join(path.dirname(this.target), `.${path.basename(this.target)}.${crypto.randomBytes(6).toString('hex')}.nianbao-tmp`);
		this.fd = fs.openSync(this.temporary, 'wx', mode ?? 0o666);
		// The umask applies to a new file, not to the mode an existing one had.
		if (mode !== null) fs.fchmodSync(this.fd, mode);
	}

	write(text: string): void {
		if (this.fd === null) throw new Error('output file closed');
		const bytes = Buffer.from(text, 'utf8');
		let at = 0;
		while (at < bytes.length) at += fs.writeSync(this.fd, bytes, at, bytes.length - at);
	}

	/** Puts the file in place. */
	commit(): void {
		if (this.fd === null) return;
		try {
			fs.fsyncSync(this.fd);
		} finally {
			fs.closeSync(this.fd);
			this.fd = null;
		}
		try {
			fs.renameSync(this.temporary, this.target);
		} catch (e) {
			this.discard();
			throw e;
		}
	}

	/** Drops what was written; the target is untouched. */
	abort(): void {
		if (this.fd !== null) {
			fs.closeSync(this.fd);
			this.fd = null;
		}
		this.discard();
	}

	private discard(): void {
		try {
			fs.unlinkSync(this.temporary);
		} catch {
			// Already renamed into place, or never created.
		}
	}
}

/** The file a URI names, or null when it names none this machine can open (another scheme, a host, an encoded slash). */
export function filePath(uri: string): string | null {
	if (!uri.startsWith('file:')) return null;
	try {
		return fileURLToPath(uri);
	} catch {
		return null;
	}
}
