import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, makeReport } from '../support/reports';
import { withEmptySection, withProse } from '../support/prose';

const FIVE = '五、存在的主要问题及改进情况';
const found = (prose: string, year = 2023): string[] => findings(withProse(prose, { year }, FIVE), 'missing-rectification').map((f) => f.text);

describe('missing-rectification', () => {
	test('Should report section 五 that holds only a placeholder, at its heading', () => {
		const [f, ...rest] = findings(withEmptySection('五', {}, '（文字描述）\n'), 'missing-rectification');
		assert.equal(rest.length, 0);
		assert.equal(f.text, FIVE);
		assert.equal(f.severity, 'info');
		assert.match(f.message, /占位/);
	});

	test('Should leave a blank section 五 to the drafter, as missing-section’s fix inserts it', () => {
		assert.deepEqual(findings(withEmptySection('五'), 'missing-rectification'), []);
	});

	test('Should report section 五 that names only this year’s problems', () => {
		assert.deepEqual(found('一是政策解读形式单一。针对上述问题，我局将加强培训，改进工作。'), [FIVE]);
	});

	test('Should accept section 五 that reports how last year’s problems were remedied, by words or by the year', () => {
		assert.deepEqual(found('针对上年度报告提出的问题，我局已全部整改到位。'), []);
		assert.deepEqual(found('（一）2022 年工作中存在问题的改进情况\n针对问题，重点采取如下改进措施。'), []);
		assert.deepEqual(found('去年指出的栏目更新不及时问题已落实整改。'), []);
	});

	test('Should not apply to the 2019 format, which did not ask for it', () => {
		assert.deepEqual(findings(withEmptySection('五', { version: '2019', year: 2020 }, '（文字描述）\n'), 'missing-rectification'), []);
		assert.deepEqual(findings(makeReport(), 'missing-rectification'), []);
	});
});
