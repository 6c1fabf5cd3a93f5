import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine/index';
import { allCorpus } from '../support/fixtures';
import { makeReport, replaceRow } from '../support/reports';

const ARITHMETIC = new Set(['row-total', 'result-total', 'balance', 'appeal-total', 'blank-cell']);

/** Reports whose arithmetic fails in each way: a wrong row total, a wrong result total, a broken balance, a blank total. */
function broken(): string[] {
	const base = makeReport({ rows: { newRequests: [3, 0, 0, 0, 0, 0, 3], granted: [3, 0, 0, 0, 0, 0, 3], resultTotal: [3, 0, 0, 0, 0, 0, 3] } });
	return [
		replaceRow(base, '一、本年新收', '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t4'),
		replaceRow(base, '一、本年新收', '一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4'),
		replaceRow(base, '一、本年新收', '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t'),
		replaceRow(makeReport(), '一、本年新收', '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t'),
		...allCorpus().map((c) => c.text),
	];
}

describe('Arithmetic fixes', () => {
	test('Should never mark safe a fix that changes a number the user typed; only filling blanks may be safe', () => {
		let unsafe = 0;
		for (const text of broken()) {
			for (const d of analyze(text).diagnostics.filter((x) => ARITHMETIC.has(x.code))) {
				for (const fix of d.fixes) {
					const overwrites = fix.edits.some((e) => text.slice(e.span.start, e.span.end).trim() !== '');
					if (overwrites) unsafe++;
					assert.ok(!(overwrites && fix.safe), `${d.code}: ${fix.title.zh}`);
				}
			}
		}
		assert.ok(unsafe > 0, 'some fix changes a typed number, and is offered as a choice');
	});

	test('Should never call a blank cell 0 in a message', () => {
		for (const text of broken()) {
			for (const d of analyze(text).diagnostics.filter((x) => ARITHMETIC.has(x.code))) {
				const blank = text.slice(d.span.start, d.span.end).trim() === '';
				assert.ok(!(blank && / 为 0[，。]/.test(d.message.zh)), d.message.zh);
			}
		}
	});
});
