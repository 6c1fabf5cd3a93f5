import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings } from '../support/reports';

describe('section-order', () => {
	test('Should accept sections in order', () => assert.deepEqual(findings('一、总体情况\n二、主动公开政府信息情况\n', 'section-order'), []));

	test('Should report a section that comes too early', () => {
		const [f] = findings('一、总体情况\n三、收到和处理政府信息公开申请情况\n二、主动公开政府信息情况\n', 'section-order');
		assert.equal(f.line, 3);
		assert.match(f.message, /应在“三、收到和处理政府信息公开申请情况”之前/);
	});

	test('Should report a section written twice', () => {
		const [f] = findings('一、总体情况\n二、主动公开政府信息情况\n二、主动公开政府信息情况\n', 'section-order');
		assert.equal(f.line, 3);
		assert.match(f.message, /重复：第 2 行已有/);
	});
});
