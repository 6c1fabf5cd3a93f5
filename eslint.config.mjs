// ESLint (flat config) with typescript-eslint's recommended rules; `npm run lint`, run by CI after the typecheck.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			// Unused names are errors, except a deliberately ignored `_`-prefixed one.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// `any` needs a justifying comment (CONTRIBUTING.md): written as an eslint-disable with the reason.
			'@typescript-eslint/no-explicit-any': 'error',
			// `typeof import('x')` stays allowed: it types a module loaded lazily (pdf.js, the VS Code client).
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
			eqeqeq: ['error', 'always'],
			// Escapes inside character classes (`[\-\[]`) are kept where they make a pattern easier to read.
			'no-useless-escape': 'off',
			'no-control-regex': 'off',
		},
	},
	{
		// The package's entry requires the client lazily, so that loading nianbao as a library never loads 'vscode'.
		files: ['client/src/main.ts'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
