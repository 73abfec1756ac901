// `npm run test:desktop`: the same integration suite in desktop VS Code through
// @vscode/test-electron. It downloads VS Code, so it only works on machines with
// internet access (not in this project's CI; see README).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'dist-test/integration/*.test.js',
  workspaceFolder: 'test/fixtures/workspace',
  version: 'stable',
  mocha: { ui: 'bdd', timeout: 30000 },
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
});
