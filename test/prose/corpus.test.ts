import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { read } from '../../server/src/engine/index';
import { proseClaims } from '../../server/src/engine/prose/claims';
import { figureFor } from '../../server/src/engine/prose/figures';
import { CORPUS, CORPUS_DIR, corpusText } from '../support/fixtures';
import { findings } from '../support/reports';

const TEXT_FILES = fs.readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md|html)$/.test(f)).sort();
const SHUYANG = '008_shuyang-2025.md';

/** The claims of a corpus file with the table values each is compared with. */
function compared(name: string): { topic: string; value: number | null; accepted: readonly number[] | null }[] {
	const text = corpusText(name);
	const report = read(text);
	return proseClaims(text, report).map((c) => ({ topic: c.topic, value: c.value, accepted: figureFor(c.topic, report)?.accepted ?? null }));
}

describe('Prose against tables on the corpus', () => {
	test('Should raise no text-table-mismatch on any corpus file (corpus/README.md: every report’s prose agrees)', () => {
		assert.ok(TEXT_FILES.length >= 5);
		for (const name of TEXT_FILES) assert.deepEqual(findings(corpusText(name), 'text-table-mismatch').map((f) => `${f.line}: ${f.message}`), [], name);
	});

	test('Should match 003’s 全年制发规范性文件6个 with table 二', () => {
		assert.deepEqual(compared(CORPUS.linkou).filter((c) => c.topic === 'normativeIssued'), [{ topic: 'normativeIssued', value: 6, accepted: [6] }]);
	});

	test('Should find 000’s statement that no request was received, which its table 三 confirms', () => {
		const text = corpusText(CORPUS.suiling);
		const claims = proseClaims(text, read(text));
		assert.deepEqual(claims.map((c) => [c.topic, text.slice(c.span.start, c.span.end)]), [['noRequests', '未收到依申请公开事项']]);
	});

	test('Should read 008’s 共受理 749 件 as new plus carried over, 共办理 718 件 and 结转下一年 31 件', { skip: !TEXT_FILES.includes(SHUYANG) && 'corpus 008 not yet in the fixtures' }, () => {
		const claims = compared(SHUYANG);
		const received = claims.find((c) => c.topic === 'received');
		assert.equal(received?.value, 749);
		if (received?.accepted) assert.ok(received.accepted.includes(749));
		assert.deepEqual(claims.map((c) => [c.topic, c.value]), [['received', 749], ['handled', 718], ['carriedForward', 31]]);
	});
});
