// npm run package: builds a .vsix with @vscode/vsce (which runs vscode:prepublish, the
// minified production build) and prints its size and contents summary.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { name, version } = createRequire(import.meta.url)(resolve(root, 'package.json'));
const out = `${name}-${version}.vsix`;
// Everything is bundled by esbuild, so node_modules is not shipped (--no-dependencies).
const vsce = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: root, stdio: 'inherit' });
if (vsce.status !== 0) process.exit(vsce.status ?? 1);
const bytes = statSync(resolve(root, out)).size;
console.log(`${out}: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`);
