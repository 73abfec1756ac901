// Bundles the extension (Node and web hosts), the webview front ends and the in-host
// integration suite. `--production` minifies and drops source maps for packaging.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // The web extension host is a web worker: no Node built-ins.
    define: { global: 'globalThis' },
  },
  ...['card', 'quiz', 'stats'].map((name) => ({
    ...common,
    entryPoints: [`webview/${name}.ts`],
    outfile: `dist/webview/${name}.js`,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  })),
];

const testBuild = {
  ...common,
  minify: false,
  sourcemap: true,
  entryPoints: readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => join('test/integration', f)),
  outdir: 'dist-test/integration',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
};

function copyAssets() {
  mkdirSync('dist/webview', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) cpSync(join('node_modules/@vscode/codicons/dist', file), join('dist/webview', file));
}

copyAssets();
// Stale compiled tests would still run: start the test output from scratch.
if (!production) rmSync('dist-test', { recursive: true, force: true });
const all = [...builds, ...(production ? [] : [testBuild])];
if (watch) {
  for (const options of all) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching…');
} else {
  await Promise.all(all.map((options) => esbuild.build(options)));
}
