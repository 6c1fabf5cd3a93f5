import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Analysis } from '../../server/src/engine/index';
import { CompanionFiles } from '../../server/src/node/companions';
import { cli } from '../support/cli';
import { makeReport } from '../support/reports';

const BODY = '某某县某某局';
const LAST = makeReport({ year: 2022, body: BODY, rows: { newRequests: [3, 0, 0, 0, 0, 0, 3], granted: [1, 0, 0, 0, 0, 0, 1], resultTotal: [1, 0, 0, 0, 0, 0, 1], carriedForward: [2, 0, 0, 0, 0, 0, 2] } });
/** This year carries over 5 where last year carried 2 forward. */
const THIS = makeReport({ year: 2023, body: BODY, rows: { carriedOver: [5, 0, 0, 0, 0, 0, 5], granted: [5, 0, 0, 0, 0, 0, 5], resultTotal: [5, 0, 0, 0, 0, 0, 5] } });

function folder(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-last-year-'));
	for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
	return dir;
}

describe('nianbao check with last year’s report among the files', () => {
	test('Should compare each file with last year’s report of the same body found in the folder, naming that file', async () => {
		const dir = folder({ '2022.txt': LAST, '2023.txt': THIS });
		const r = await cli(['check', dir]);
		const lines = r.stdout.split('\n').filter((l) => l.includes('carryover-mismatch'));
		assert.equal(lines.length, 2, r.stdout);
		assert.match(lines[0], /2023\.txt:\d+:\d+: warning carryover-mismatch 二、上年结转.*为 5，但上年报告（2022\.txt）.*为 2/);
		assert.ok(!r.stdout.includes('2022.txt:'), 'last year’s own report has no last year');
	});

	test('Should give last year’s cell as a related location in that file, in JSON and in SARIF', async () => {
		const dir = folder({ '2022.txt': LAST, '2023.txt': THIS });
		const lastCell = LAST.split('\n').findIndex((l) => l.includes('结转下年度继续办理'));
		const json = JSON.parse((await cli(['check', '-f', 'json', dir])).stdout) as { file: string; diagnostics: { code: string; related?: { file: string; range: { start: { line: number } } }[] }[] }[];
		const carried = json.flatMap((f) => f.diagnostics).filter((d) => d.code === 'carryover-mismatch');
		assert.equal(carried.length, 2);
		for (const d of carried) {
			assert.equal(d.related?.length, 1);
			assert.equal(path.basename(d.related![0].file), '2022.txt');
			assert.equal(d.related![0].range.start.line, lastCell);
		}
		const sarif = JSON.parse((await cli(['check', '-f', 'sarif', dir])).stdout) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
		const results = sarif.runs[0].results.filter((x) => x.ruleId === 'carryover-mismatch');
		assert.equal(results.length, 2);
		const where = results[0].relatedLocations![0].physicalLocation;
		assert.match(where.artifactLocation.uri, /^file:\/\/.*2022\.txt$/);
		assert.equal(where.region.startLine, lastCell + 1);
	});

	test('Should compare files named one by one, and stay silent on a file given alone or beside another body’s', async () => {
		const dir = folder({ '2022.txt': LAST, '2023.txt': THIS, 'other.txt': LAST.replace(/某某县某某局/g, '另一县某某局') });
		const named = await cli(['check', path.join(dir, '2023.txt'), path.join(dir, '2022.txt')]);
		assert.equal(named.stdout.split('\n').filter((l) => l.includes('carryover-mismatch')).length, 2);
		assert.doesNotMatch((await cli(['check', path.join(dir, '2023.txt')])).stdout, /carryover-mismatch/);
		assert.doesNotMatch((await cli(['check', path.join(dir, '2023.txt'), path.join(dir, 'other.txt')])).stdout, /carryover-mismatch/);
	});

	test('Should read each file once to index it and last year’s once more, keeping no text in the index', async () => {
		const texts: Record<string, string> = { a: LAST, b: THIS, c: LAST.replace(/2022/g, '2019') };
		const loads: string[] = [];
		const files = new CompanionFiles(Object.keys(texts), (p) => (loads.push(p), texts[p] ?? null));
		assert.equal(files.attach('b', new Analysis(THIS)).companions.lastYear?.uri, 'a');
		assert.equal(files.attach('b', new Analysis(THIS)).companions.lastYear?.uri, 'a');
		assert.equal(files.attach('a', new Analysis(LAST)).companions.lastYear, null);
		assert.deepEqual(loads, ['a', 'b', 'c', 'a']);
	});
});
