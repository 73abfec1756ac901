// Runs the unit tests (test/unit/**/*.test.ts) with Node's test runner through tsx.
// Node 20's --test does not expand globs itself, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PACKAGES, ensureSystemPackages } from './lib/system-deps.mjs';

// Card examples replay against real MariaDB/Redis servers and import Django and Celery.
ensureSystemPackages(CONTENT_PACKAGES);

const files = readdirSync('test/unit', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => join('test/unit', f));
const extra = process.argv.slice(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...extra, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
