// npm start: builds the extension and opens it in VS Code for the Web (code-server) on
// 127.0.0.1 with the demo workspace. Runs until Ctrl+C.
//   --port N     listen on N (default: $PORT or a free port)
//   --no-build   skip the build (used by the UI test, which builds first)
//   --workspace D  open folder D instead of demo/
//   --locale L   the workbench's display language, e.g. zh-cn (what `auto` card language follows)
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startCodeServer } from './lib/code-server.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : Number(process.env.PORT) || undefined;

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startCodeServer({
  workspace: option('--workspace') ?? join(root, 'demo'),
  ...(option('--locale') ? { locale: option('--locale') } : {}),
  ...(portArg ? { port: portArg } : {}),
  settings: { 'workbench.startupEditor': 'none' },
});
const url = server.workbenchUrl({ extensionDevelopmentPath: root });
console.log(`\nBackend Cards is running in VS Code for the Web:\n\n  ${url}\n\nOpen it in a browser; press Ctrl+C to stop.`);
console.log(`BACKEND_CARDS_URL=${url}`);

const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
