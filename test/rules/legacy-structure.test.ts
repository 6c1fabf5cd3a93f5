import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';
import { analyze, corpusText, CORPUS } from '../support/fixtures';

describe('legacy-structure', () => {
	test('Should not fire on a report in the unified format', () => assert.deepEqual(findings(makeReport(), 'legacy-structure'), []));

	test('Should fire on 001 at its first heading, and append the standard skeleton as a choice', () => {
		const text = corpusText(CORPUS.yanshi);
		const [f] = findings(text, 'legacy-structure');
		assert.equal(f.line, 9);
		const fix = f.diagnostic.fixes[0];
		assert.equal(fix.safe, false);
		const fixed = applyFix(text, fix);
		assert.ok(fixed.startsWith(text));
		const r = analyze(fixed);
		assert.ok(r.tables.active && r.tables.requests && r.tables.appeals);
		assert.equal(r.tables.requests.version, '2019');
	});
});
