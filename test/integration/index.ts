// Entry point the extension host calls (`extensionTestsPath`). Runs every compiled
// *.test.js next to it with mocha and writes a results file: the outer runner trusts
// that file, not the workbench's exit code, which stays 0 when the host crashes.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

const PREFIX = '[backend-cards-test]';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'dot' });
  const grep = process.env['BACKEND_CARDS_GREP'];
  if (grep) mocha.grep(grep);
  // BACKEND_CARDS_SUITE=bench runs the in-host benchmarks (*.bench.js) instead of the tests.
  const suffix = process.env['BACKEND_CARDS_SUITE'] === 'bench' ? '.bench.js' : '.test.js';
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith(suffix)).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const tests: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = {
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: tests.filter((t) => t.state === 'failed').length,
        pending: tests.filter((t) => t.state === 'pending').length,
        tests,
      };
      const file = process.env['BACKEND_CARDS_RESULTS'];
      if (file) writeFileSync(file, JSON.stringify(summary, null, 2));
      console.log(`${PREFIX} ${summary.passed} passing, ${summary.failed} failing`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      tests.push({ title: test.fullTitle(), state: 'passed' });
      console.log(`${PREFIX} ✔ ${test.fullTitle()}`);
    });
    runner.on('fail', (test, error: Error) => {
      tests.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? error.message });
      console.log(`${PREFIX} ✘ ${test.fullTitle()}: ${error.message}`);
    });
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
  });
}
