import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { reportSkeleton } from '../../server/src/engine/index';
import { applyFix, findings, makeReport } from '../support/reports';
import { CORPUS_DIR } from '../support/fixtures';
import { convertSourceSync } from '../../server/src/node/sources/index';

describe('blank-table', () => {
	test('Should raise one hint per blank table of a fresh skeleton, and no blank-cell warning', () => {
		for (const version of ['2019', '2021'] as const) {
			const text = reportSkeleton({ version, style: 'tsv', year: 2024, body: '某某县某某局' });
			const found = findings(text, 'blank-table');
			assert.equal(found.length, 3, version);
			assert.ok(found.every((f) => f.severity === 'hint'));
			assert.deepEqual(findings(text, 'blank-cell'), [], version);
			assert.match(found[1].message, /^表三（收到和处理政府信息公开申请情况）尚未填写：\d+ 个单元格均为空$/);
		}
	});

	test('Should offer filling the table with 0 as a choice, after which nothing is blank', () => {
		const text = reportSkeleton({ version: '2021', style: 'tsv', year: 2024, body: '某某县某某局' });
		const [requests] = findings(text, 'blank-table').filter((f) => f.message.startsWith('表三'));
		const fix = requests.diagnostic.fixes[0];
		assert.equal(fix.safe, false);
		const filled = applyFix(text, fix);
		assert.equal(findings(filled, 'blank-table').length, 2);
		assert.deepEqual(findings(filled).filter((f) => f.message.startsWith('表三') || f.code === 'balance'), []);
	});

	test('Should leave a table with any value filled in to blank-cell', () => {
		assert.deepEqual(findings(makeReport(), 'blank-table'), []);
		const oneFilled = makeReport().replace(/(一、本年新收政府信息公开申请数量\t)\d+/, '$1');
		assert.deepEqual(findings(oneFilled, 'blank-table'), []);
	});

	test('Should read the blank Word template 010 as three blank tables, not 200 warnings', () => {
		const { text } = convertSourceSync(path.join(CORPUS_DIR, '010_template-2021.docx'));
		assert.deepEqual(findings(text, 'blank-table').map((f) => f.message.slice(0, 3)), ['表二（', '表三（', '表四（']);
		assert.deepEqual(findings(text, 'blank-cell'), []);
	});
});
