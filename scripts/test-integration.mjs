// Runs the integration suite (test/integration) inside a real VS Code extension host:
// code-server serves the workbench, headless Chromium opens it with a payload that
// loads this extension in development mode and runs the compiled suite.
// Success needs BOTH the workbench's exit code 0 AND a results file written by the
// in-host runner with at least one pass and no failure: when the extension host
// crashes the workbench still reports 0.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { startCodeServer } from './lib/code-server.mjs';
import { launchBrowser } from './lib/browser.mjs';

const root = resolve(import.meta.dirname, '..');
const suiteIndex = join(root, 'dist-test', 'integration', 'index.js');
const workspace = join(root, 'test', 'fixtures', 'workspace');
const TIMEOUT_MS = Number(process.env.BACKEND_CARDS_TEST_TIMEOUT ?? 240_000);

if (!existsSync(suiteIndex)) {
  console.error(`${suiteIndex} is missing: run "npm run build" first.`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'backend-cards-it-'));
const resultsFile = join(scratch, 'results.json');
const verbose = process.env.BACKEND_CARDS_VERBOSE === '1';
let server;
let browser;

async function main() {
  server = await startCodeServer({ workspace, log: verbose ? (l) => console.log(`[code-server] ${l}`) : undefined });
  browser = await launchBrowser();
  const page = await browser.newPage();
  const exitCode = new Promise((resolveExit) => {
    page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    // The workbench logs offline noise (gallery, auth providers); show only our suite's lines.
    if (/\[backend-cards-test\]/.test(text)) console.log(text.replace(/^.*\[backend-cards-test\] ?/, '  '));
    else if (verbose) console.log(`[${type}] ${text}`);
  });
  page.on('pageerror', (error) => verbose && console.log(`[page] ${error.message}`));
  const url = server.workbenchUrl({
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteIndex,
    env: {
      BACKEND_CARDS_RESULTS: resultsFile,
      BACKEND_CARDS_GREP: process.env.BACKEND_CARDS_GREP ?? '',
      BACKEND_CARDS_SUITE: process.env.BACKEND_CARDS_SUITE ?? '',
      BACKEND_CARDS_BENCH_OUT: process.env.BACKEND_CARDS_BENCH_OUT ?? '',
    },
  });
  await page.goto(url);
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no result within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS).unref());
  const code = await Promise.race([exitCode, timeout]);
  return judge(code);
}

function judge(workbenchCode) {
  if (!existsSync(resultsFile)) {
    console.error(`FAIL: the extension host wrote no results (it crashed or never ran the suite); workbench exit code ${workbenchCode}.`);
    return 1;
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  for (const t of results.tests.filter((t) => t.state === 'failed')) console.log(`\nFAILED: ${t.title}\n${t.error}`);
  console.log(`integration: ${results.passed} passed, ${results.failed} failed, ${results.pending} skipped`);
  if (workbenchCode !== 0) console.error(`FAIL: workbench exit code ${workbenchCode}`);
  if (results.passed < 1) console.error('FAIL: no integration test passed');
  return workbenchCode === 0 && results.failed === 0 && results.passed >= 1 ? 0 : 1;
}

function cleanup() {
  server?.stop();
  rmSync(scratch, { recursive: true, force: true });
}

process.on('SIGINT', () => { cleanup(); process.exit(130); });
main()
  .then(async (code) => { await browser?.close(); cleanup(); process.exit(code); })
  .catch(async (error) => { console.error(`FAIL: ${error.stack ?? error}`); await browser?.close().catch(() => {}); cleanup(); process.exit(1); });
