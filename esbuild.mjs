// Bundles the entry points into dist/ (esbuild does not type-check: `npm run typecheck` does).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node18',
	sourcemap: !production,
	minify: production,
	logLevel: 'info',
};

const entries = [
	{ entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/index.js' },
	{ entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js' },
	{ entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
];

for (const entry of entries) {
	const ctx = await esbuild.context({ ...common, ...entry });
	if (watch) await ctx.watch();
	else {
		await ctx.rebuild();
		await ctx.dispose();
	}
}
