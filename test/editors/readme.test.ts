import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recipe } from './recipes';

describe('README\'s editor recipes', () => {
	test('Should give a recipe for each editor it names, each starting `nianbao lsp --stdio`', () => {
		for (const name of ['neovim-0.7', 'neovim-0.10', 'neovim-0.11', 'emacs-eglot', 'helix']) {
			assert.match(recipe(name), /["']nianbao["'][\s\S]*["']lsp["'],?\s*["']--stdio["']/, name);
		}
	});
});
