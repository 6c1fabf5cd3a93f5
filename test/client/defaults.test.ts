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

test('Should guess between UTF-8 and GB2312/GBK when opening a 年报 or plain-text file, so GB18030 reports open readable', () => {
	// VS Code reads the encoding settings for a file's language before opening it (by its name: .txt is plain text),
	// so the defaults must cover [plaintext] too; guessing only among these two never picks a Cyrillic code page.
	for (const language of ['[nianbao]', '[plaintext]']) {
		const defaults = manifest.contributes.configurationDefaults[language];
		assert.equal(defaults['files.autoGuessEncoding'], true, language);
		assert.deepEqual(defaults['files.candidateGuessEncodings'], ['utf8', 'gb2312'], language);
	}
	assert.equal(manifest.contributes.configurationDefaults['[nianbao]']['editor.unicodeHighlight.nonBasicASCII'], false);
});
