// npm run bench — prints the numbers the issues set targets for:
//   content compile time and bundle size (plain Node), bundle parse time,
//   activation time and open-card → first paint (inside a real extension host).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContent } from '../src/core/content/compile';
import { ContentIndex } from '../src/core/content/contentIndex';
import { readBundle } from '../src/core/content/readBundle';
import { readContentTree, repoRoot } from '../scripts/lib/contentFiles';
import { benchQuiz } from './quiz';
import { benchSearch, syntheticCards } from './search';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time<T>(runs: number, fn: () => T): { median: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), result };
}

const input = readContentTree();
const compiled = time(5, () => compileContent(input));
const json = JSON.stringify(compiled.result.bundle);
const parse = time(20, () => new ContentIndex(readBundle(json, 'bundle')));
console.log('Content');
console.log(`  cards                     ${compiled.result.bundle.cards.length}`);
console.log(`  compile (median of 5)     ${ms(compiled.median)}`);
console.log(`  bundle size               ${(json.length / 1024).toFixed(1)} KiB (${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB UTF-8)`);
console.log(`  bundle parse + index      ${ms(parse.median)}`);

console.log('Search (targets at 10k cards: index ready ≤ 300 ms, query p95 ≤ 2 ms)');
benchSearch(`real content (${compiled.result.bundle.cards.length} cards)`, compiled.result.bundle.cards);
benchSearch('10k flash cards (~40-word body)', syntheticCards(10_000, 40));
benchSearch('10k cards, ~150-word body', syntheticCards(10_000, 150));

benchQuiz();

if (process.argv.includes('--no-host')) process.exit(0);
const scratch = mkdtempSync(join(tmpdir(), 'backend-cards-bench-'));
const out = join(scratch, 'host.json');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'test-integration.mjs')], {
  cwd: repoRoot,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BACKEND_CARDS_SUITE: 'bench', BACKEND_CARDS_BENCH_OUT: out },
});
if (run.status !== 0) {
  console.error('the in-host benchmark failed');
  process.exit(1);
}
const host = JSON.parse(readFileSync(out, 'utf8'));
rmSync(scratch, { recursive: true, force: true });
console.log('Extension host (code-server, headless Chromium)');
console.log(`  activate()                ${ms(host.activationMs)}`);
console.log(`  first bundle load         ${ms(host.bundleLoadMs)}`);
console.log(`  open card → first paint   median ${ms(host.openToPaintMs.median)}, p95 ${ms(host.openToPaintMs.p95)} over ${host.cardsOpened} cards`);
console.log(`  webview post → paint      median ${ms(host.webviewPaintMs.median)}, p95 ${ms(host.webviewPaintMs.p95)}`);
console.log(`  executeHoverProvider      median ${ms(host.hoverMs.median)}, p95 ${ms(host.hoverMs.p95)} over ${host.hoverMs.count} positions (all providers, API round trip)`);
console.log(`  quiz command → first item ${ms(host.quizOpenMs)}`);
