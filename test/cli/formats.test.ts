import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as sax from 'sax';
import { RULE_IDS } from '../../server/src/engine/index';
import { cli } from '../support/cli';
import { CORPUS, CORPUS_DIR, EXAMPLES_DIR, ROOT } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string }; homepage: string };
const file002 = path.join(CORPUS_DIR, CORPUS.taonan);

interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/** Parses XML strictly (sax throws on anything not well-formed) into a small tree. */
function parseXml(xml: string): XmlElement {
	const parser = sax.parser(true, {});
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	parser.onerror = (e) => {
		throw e;
	};
	parser.onopentag = (tag) => {
		const el: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
		if (stack.length > 0) stack[stack.length - 1].children.push(el);
		else root = el;
		stack.push(el);
	};
	parser.ontext = (t) => {
		if (stack.length > 0) stack[stack.length - 1].text += t;
	};
	parser.onclosetag = () => void stack.pop();
	parser.write(xml).close();
	assert.ok(root);
	return root;
}

describe('check --format github', () => {
	test('Should print one workflow command per finding, with 1-based places and escaped values', async () => {
		const text = await cli(['check', file002]);
		const r = await cli(['check', '-f', 'github', file002]);
		assert.equal(r.status, 1);
		const lines = r.stdout.trim().split('\n');
		assert.equal(lines.length, text.stdout.trim().split('\n').length);
		const re = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=nianbao ([a-z-]+)::(.+)$/;
		for (const line of lines) assert.match(line, re);
		const total = lines.find((l) => l.includes('title=nianbao result-total'));
		assert.ok(total);
		const m = re.exec(total);
		assert.equal(m?.[1], 'error');
		assert.equal(m?.[2], file002.replace(/,/g, '%2C').replace(/:/g, '%3A'));
		assert.deepEqual(m?.slice(3, 5), ['344', '2']);
		assert.match(r.stderr, /共检查 1 个文件/);
	});

	test('Should escape commas, colons, percent signs and line breaks', async () => {
		const r = await cli(['check', '-f', 'github', '-', '--stdin-filename', 'a,b:c%.txt'], undefined, { stdin: async () => fs.readFileSync(file002) });
		assert.match(r.stdout, /^::error file=a%2Cb%3Ac%25\.txt,line=/m);
		assert.doesNotMatch(r.stdout.replace(/\n$/, '').split('\n').join(''), /\r/);
	});
});

describe('check --format junit', () => {
	test('Should print well-formed JUnit XML: a suite per file, a failing case per finding, a passing case for a clean file', async () => {
		const json = JSON.parse((await cli(['check', '-f', 'json', EXAMPLES_DIR])).stdout) as { file: string; diagnostics: { code: string; severity: string; message: string }[] }[];
		const r = await cli(['check', '-f', 'junit', EXAMPLES_DIR]);
		assert.equal(r.status, 1);
		assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
		const root = parseXml(r.stdout);
		assert.equal(root.name, 'testsuites');
		const findings = json.reduce((n, f) => n + f.diagnostics.length, 0);
		assert.equal(Number(root.attributes.failures), findings);
		assert.equal(Number(root.attributes.tests), json.reduce((n, f) => n + Math.max(1, f.diagnostics.length), 0));
		assert.deepEqual(root.children.map((s) => s.attributes.name), json.map((f) => f.file));
		for (const [k, suite] of root.children.entries()) {
			const expected = json[k].diagnostics;
			assert.equal(Number(suite.attributes.failures), expected.length);
			if (expected.length === 0) {
				assert.equal(suite.children.length, 1);
				assert.equal(suite.children[0].children.length, 0);
				continue;
			}
			assert.deepEqual(suite.children.map((c) => c.children[0].attributes.type), expected.map((d) => d.severity));
			assert.deepEqual(suite.children.map((c) => c.children[0].attributes.message), expected.map((d) => d.message));
			assert.ok(suite.children.every((c, j) => c.attributes.name.startsWith(`${expected[j].code} `)));
		}
	});

	test('Should escape markup and drop characters XML cannot hold', async () => {
		const r = await cli(['check', '-f', 'junit', '-', '--stdin-filename', '<a & "b">\u0001.txt'], undefined, { stdin: async () => fs.readFileSync(file002) });
		const root = parseXml(r.stdout);
		assert.equal(root.children[0].attributes.name, '<a & "b">\ufffd.txt');
	});
});

describe('check --format sarif', () => {
	test('Should give absolute paths as file:// URIs and relative ones against %SRCROOT%', async () => {
		const absolute = JSON.parse((await cli(['check', '-f', 'sarif', file002])).stdout);
		const run = absolute.runs[0];
		assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, pathToFileURL(file002).href);
		assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, undefined);
		const relative = JSON.parse((await cli(['check', '-f', 'sarif', path.join('corpus', CORPUS.taonan)], undefined, { cwd: path.dirname(CORPUS_DIR) })).stdout);
		const location = relative.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
		assert.deepEqual(location, { uri: `corpus/${CORPUS.taonan}`, uriBaseId: '%SRCROOT%' });
		assert.equal(relative.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(path.dirname(CORPUS_DIR)).href + '/');
		assert.equal(new URL(location.uri, relative.runs[0].originalUriBaseIds['%SRCROOT%'].uri).href, pathToFileURL(file002).href);
	});

	test('Should link every rule to its section of docs/rules.md in the repository, and name the tool\'s home', async () => {
		const driver = JSON.parse((await cli(['check', '-f', 'sarif', file002])).stdout).runs[0].tool.driver;
		const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
		assert.equal(driver.informationUri, repository);
		assert.equal(driver.version, '0.1.0');
		const headings = new Set(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).trim()));
		assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), [...RULE_IDS]);
		for (const rule of driver.rules as { id: string; helpUri: string }[]) {
			assert.equal(rule.helpUri, `${repository}/blob/main/docs/rules.md#${rule.id}`);
			assert.ok(headings.has(rule.id), rule.id);
		}
	});

	test('Should stream a valid document however many files, and an empty results array for none', async () => {
		const r = await cli(['check', '-f', 'sarif', EXAMPLES_DIR]);
		const json = JSON.parse((await cli(['check', '-f', 'json', EXAMPLES_DIR])).stdout) as { diagnostics: unknown[] }[];
		assert.equal(JSON.parse(r.stdout).runs[0].results.length, json.reduce((n, f) => n + f.diagnostics.length, 0));
		const clean = await cli(['check', '-f', 'sarif', '-q', path.join(CORPUS_DIR, CORPUS.linkou)]);
		assert.deepEqual(JSON.parse(clean.stdout).runs[0].results, []);
	});
});

describe('check --format json', () => {
	test('Should print [] for no files checked, and the same layout as one JSON.stringify', async () => {
		const r = await cli(['check', '-f', 'json', EXAMPLES_DIR]);
		assert.equal(r.stdout, JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
	});
});
