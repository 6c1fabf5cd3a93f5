import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('Should not box Chinese punctuation or full-width indents in 年报 documents, and should wrap their long lines', () => {
	// VS Code turns ambiguous-Unicode highlighting off for plain text and Markdown, but not for a new language.
	const defaults = manifest.contributes.configurationDefaults['[nianbao]'];
	assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
	assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
	assert.equal(defaults['editor.wordWrap'], 'on');
});
