/** Where the project lives; test/cli/package.test.ts keeps these equal to package.json's fields. */
export const REPOSITORY_URL = 'https://github.com/nianbao/nianbao';
export const HOMEPAGE_URL = `${REPOSITORY_URL}#readme`;
/** A rule's documentation: its section of docs/rules.md (a `## <id>` heading) on the default branch. */
export function ruleHelpUri(id: string): string {
	return `${REPOSITORY_URL}/blob/main/docs/rules.md#${id}`;
}
