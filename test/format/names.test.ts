import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellName } from '../../server/src/engine/format/names';

test('Should name a table 二 cell by its own block\'s header where blocks share a column key', () => {
	assert.equal(cellName('fees', 'amount').zh, '行政事业性收费·本年收费金额（单位：万元）');
	assert.equal(cellName('procurement', 'amount').zh, '政府集中采购·采购总金额');
	assert.equal(cellName('licensing', 'decisions').zh, '行政许可·本年处理决定数量');
	assert.equal(cellName('otherServices', 'decisions').zh, '其他对外管理服务事项·处理决定数量');
	assert.equal(cellName('newRequests', 'total').zh, '一、本年新收政府信息公开申请数量·总计');
});
