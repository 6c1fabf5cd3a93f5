import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LanguageChoices } from '../../client/src/languageChoice';

describe('The user\'s language choice', () => {
	const uri = 'file:///w/report.txt';

	test('Should remember a document the user moved from 年报 to Plain Text, and persist it', () => {
		const saved: string[][] = [];
		const choices = new LanguageChoices([], (uris) => saved.push(uris));
		choices.closed(uri, 'nianbao');
		choices.opened(uri, 'plaintext');
		choices.settle();
		assert.equal(choices.maySwitch(uri), false);
		assert.deepEqual(saved, [[uri]]);
		assert.equal(choices.maySwitch('file:///w/other.txt'), true);
	});

	test('Should not take the client\'s own switch to 年报, or a close and a later reopen, as a choice', () => {
		const choices = new LanguageChoices();
		choices.closed(uri, 'plaintext');
		choices.opened(uri, 'nianbao');
		assert.equal(choices.maySwitch(uri), true);
		choices.closed(uri, 'nianbao');
		choices.settle();
		choices.opened(uri, 'plaintext');
		assert.equal(choices.maySwitch(uri), true);
	});

	test('Should forget the choice when the user picks 年报 again, and start from what was saved', () => {
		const choices = new LanguageChoices([uri]);
		assert.equal(choices.maySwitch(uri), false);
		choices.closed(uri, 'plaintext');
		choices.opened(uri, 'nianbao');
		assert.equal(choices.maySwitch(uri), true);
	});
});
