import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../support/fixtures';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;

describe('Neovim 0.7 as a second LSP client', () => {
	// CI installs Debian's neovim (.ci/run); elsewhere the test is skipped only if Neovim is absent.
	test('Should receive 002\'s diagnostics and 003\'s outline', { skip: !available && !process.env.CI ? 'nvim is not installed' : false }, () => {
		assert.ok(available, 'nvim must be installed on CI');
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-nvim-'));
		const out = path.join(dir, 'result.json');
		const env = { ...process.env, NIANBAO_ROOT: ROOT, NIANBAO_OUT: out, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir };
		const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'test/editors/neovim.lua')}`], { env, encoding: 'utf8', timeout: 60_000 });
		assert.ok(fs.existsSync(out), `neovim wrote no result: ${run.stderr} ${run.stdout}`);
		const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { waited: boolean; diagnostics: { code: string; line: number; col: number }[]; symbols: string[] };
		assert.equal(result.waited, true);
		const codes = result.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`).sort();
		assert.deepEqual(codes, ['balance@343:1', 'balance@349:1', 'missing-fee-report@411:6', 'missing-rectification@406:6', 'missing-title@0:0', 'result-total@343:1', 'result-total@349:1']);
		assert.deepEqual(result.symbols, ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
	});
});
