import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loadPdfjs } from '../../server/src/node/sources/pdf';
import { ROOT } from '../support/fixtures';

const dist = (name: string): string => fs.readFileSync(path.join(ROOT, 'dist', name), 'utf8');
// A class only pdf.js's worker defines.
const PDFJS = 'WorkerMessageHandler';

describe('pdf.js is bundled once, apart, and only where a PDF is read', () => {
	test('Should keep pdf.js and its worker in dist/pdfjs.js alone, once', () => {
		const pdfjs = dist('pdfjs.js');
		assert.ok(pdfjs.includes(PDFJS));
		for (const name of ['cli.js', 'server.js', 'main.js', 'client.js']) assert.ok(!dist(name).includes(PDFJS), name);
	});

	test('Should have the command line and the server require it by its name, and ship it in the extension', () => {
		for (const name of ['cli.js', 'server.js']) assert.match(dist(name), /require\(["']\.\/pdfjs\.js["']\)/, name);
		for (const name of ['main.js', 'client.js']) assert.doesNotMatch(dist(name), /pdfjs/, name);
		assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!dist\/pdfjs\.js$/m);
	});
});

describe('Loading pdf.js', () => {
	test('Should leave the built-ins it polyfills as they were, and keep what it adds', async () => {
		const before = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };
		await loadPdfjs();
		assert.equal(Array.prototype.push, before.push);
		assert.equal(JSON.parse, before.parse);
		assert.equal(Function.prototype.toString, before.toString);
		assert.equal(typeof (Promise as unknown as { withResolvers: unknown }).withResolvers, 'function');
	});
});
