import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import { read } from '../../server/src/engine/index';
import { proseClaims } from '../../server/src/engine/prose/claims';
import { figureFor } from '../../server/src/engine/prose/figures';
import { proseDocument } from '../../server/src/engine/prose/text';
import { CORPUS, CORPUS_DIR, corpusText } from '../support/fixtures';
import { findings } from '../support/reports';

const TEXT_FILES = fs.readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md|html)$/.test(f)).sort();
const SHUYANG = '008_shuyang-2025.md';

/** The claims of a corpus file with the table values each is compared with. */
function compared(name: string): { topic: string; value: number | null; accepted: readonly number[] | null }[] {
	const text = corpusText(name);
	const report = read(text);
	return proseClaims(proseDocument(text, report)).map((c) => ({ topic: c.topic, value: c.value, accepted: figureFor(c.topic, report)?.accepted ?? null }));
}

/** What the prose and content rules find on each corpus file, each checked by hand against corpus/README.md. */
const EXPECTED: Readonly<Record<string, readonly (readonly [string, number, string])[]>> = {
	// 2023, 2021 format: 五 speaks of this year's shortcomings only (407–411), 六 is one sentence on 营商环境 (413).
	'002_e239baf21c7f3eb8.txt': [['missing-rectification', 407, '五、存在的主要问题及改进情况'], ['missing-fee-report', 412, '六、其他需要报告的事项']],
	// The slip corpus/README.md lists: 资金资金 (34).
	'006_kewei-2024.md': [['repeated-word', 34, '资金']],
	// 2025: 五 (175–182) names this year's 短板 and measures, nothing of 2024's problems.
	'008_shuyang-2025.md': [['missing-rectification', 175, '五、政府信息公开工作存在的主要问题及改进情况']],
	// 五 (82) is one placeholder sentence on this year's 短板.
	'009_test-city-2025.html': [['missing-rectification', 82, '五、存在问题及改进情况']],
};
const PROSE_RULES = new Set(['text-table-mismatch', 'published-exceeds-total', 'missing-rectification', 'missing-fee-report', 'wrong-year', 'repeated-word']);

describe('Prose against tables on the corpus', () => {
	test('Should find exactly the content findings checked by hand, and nothing else, on every corpus file', () => {
		for (const name of TEXT_FILES) {
			const found = findings(corpusText(name)).filter((f) => PROSE_RULES.has(f.code)).map((f) => [f.code, f.line, f.text]);
			assert.deepEqual(found, EXPECTED[name] ?? [], name);
		}
	});

	test('Should raise no text-table-mismatch on any corpus file (corpus/README.md: every report’s prose agrees)', () => {
		assert.ok(TEXT_FILES.length >= 5);
		for (const name of TEXT_FILES) assert.deepEqual(findings(corpusText(name), 'text-table-mismatch').map((f) => `${f.line}: ${f.message}`), [], name);
	});

	test('Should match 003’s 全年制发规范性文件6个 with table 二', () => {
		assert.deepEqual(compared(CORPUS.linkou).filter((c) => c.topic === 'normativeIssued'), [{ topic: 'normativeIssued', value: 6, accepted: [6] }]);
	});

	test('Should find 000’s statement that no request was received, which its table 三 confirms', () => {
		const text = corpusText(CORPUS.suiling);
		const claims = proseClaims(proseDocument(text, read(text)));
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
