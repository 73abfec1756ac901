// npm run build:content — validates content/ and writes dist/content.json, and the search
// index of those cards, dist/search-index.json (loaded on the first search, not at activation).
// Prints every problem with its location and exits 1 when any is an error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../src/core/content/compile';
import { formatProblem } from '../src/core/content/problems';
import { CardSearch } from '../src/core/search/searchIndex';
import { readContentTree, repoRoot as root } from './lib/contentFiles';

const started = performance.now();
const { bundle, problems } = compileContent(readContentTree());
for (const p of problems) console.error(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
if (errors > 0) {
  console.error(`build:content: ${errors} error(s) in content/; nothing written.`);
  process.exit(1);
}
const json = JSON.stringify(bundle);
// --check validates only (authors and parallel writers don't touch dist/).
if (!process.argv.includes('--check')) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'content.json'), json);
  writeFileSync(join(root, 'dist', 'search-index.json'), JSON.stringify(CardSearch.build(bundle.cards).serialize()));
}
const complete = bundle.cards.filter((c) => c.status === 'complete').length;
console.log(
  `build:content: ${bundle.cards.length} cards (${complete} complete) in ${bundle.categories.length} categories → dist/content.json ` +
    `(${(json.length / 1024).toFixed(0)} KiB) in ${(performance.now() - started).toFixed(0)} ms`,
);
