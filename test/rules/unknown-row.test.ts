import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport, replaceRow } from '../support/reports';

describe('unknown-row', () => {
	test('Should not fire on the standard rows', () => assert.deepEqual(findings(makeReport(), 'unknown-row'), []));

	test('Should note an extra row at its label, as information', () => {
		const text = replaceRow(makeReport({ version: '2019' }), '规范性文件', '规范性文件\t0\t0\t0\n其他主动公开文件\t5\t5\t5');
		const [f] = findings(text, 'unknown-row');
		assert.equal(f.text, '其他主动公开文件');
		assert.equal(f.severity, 'info');
	});

	test('Should say so when a standard row is written twice', () => {
		const text = replaceRow(makeReport({ version: '2019' }), '规范性文件', '规范性文件\t0\t0\t0\n规范性文件\t3\t3\t3');
		const [f] = findings(text, 'unknown-row');
		assert.match(f.message, /“规范性文件”在表二（主动公开政府信息情况）中重复出现，只计第一行/);
		assert.equal(f.line, text.split('\n').findIndex((l) => l === '规范性文件\t3\t3\t3') + 1);
	});
});
