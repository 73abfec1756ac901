// npm test: lint, typecheck, unit tests, build, integration tests in a real extension
// host (code-server + headless Chromium) and the UI test. Every step runs even when an
// earlier one failed (except those that need the build), so one run shows everything.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['integration', 'npm', ['run', '--silent', 'test:integration'], 'build'],
  ['ui', 'npm', ['run', '--silent', 'test:ui'], 'build'],
];

const results = new Map();
for (const [name, command, args, needs] of steps) {
  if (needs && results.get(needs) !== 'passed') {
    results.set(name, 'skipped');
    console.log(`\n▶ ${name}: skipped (${needs} failed)`);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.set(name, status === 0 ? 'passed' : 'failed');
  console.log(`◀ ${name}: ${results.get(name)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const count = (state) => [...results.values()].filter((s) => s === state).length;
console.log(`\n${[...results].map(([n, s]) => `${n} ${s}`).join(', ')}`);
console.log(`steps: ${count('passed')} passed, ${count('failed') + count('skipped')} failed`);
process.exit(count('passed') === steps.length ? 0 : 1);
