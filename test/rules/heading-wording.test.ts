import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, findings, makeReport } from '../support/reports';

describe('heading-wording', () => {
	test('Should accept the standard wording, whatever the punctuation of the numbering', () => {
		assert.deepEqual(findings('一、总体情况\n二. 主动公开政府信息情况\n', 'heading-wording'), []);
	});

	test('Should flag a variant and replace exactly the heading', () => {
		const text = '## **五、存在问题及改进情况**\n';
		const [f] = findings(text, 'heading-wording');
		assert.equal(f.text, '五、存在问题及改进情况');
		assert.equal(applyFix(text, f.diagnostic.fixes[0]), '## **五、存在的主要问题及改进情况**\n');
	});

	test('Should flag a heading numbered differently from its section', () => {
		const [f] = findings(makeReport().replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况'), 'heading-wording');
		assert.match(f.message, /应为“五、存在的主要问题及改进情况”/);
	});
});
