// Real database servers for the content examples: MariaDB (Debian's mariadb-server, a
// MySQL-family server) and Redis (Debian's redis-server). Each starts on demand in a temp
// directory of its own — MariaDB on a private Unix socket with networking off, Redis on a
// private Unix socket with TCP off — so tests never touch a server of the machine's and
// leave nothing running: stopAll() shuts both down and deletes their directories.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface MysqlServer {
  socket: string;
  dir: string;
}
export interface RedisServer {
  socket: string;
  dir: string;
}

const INSTALL_HINT = 'the content tests need Debian packages: apt-get install mariadb-server redis-server python3-pymysql python3-redis python3-django python3-celery (.ci/run installs them)';

function which(binary: string): string | undefined {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) if (existsSync(join(dir, binary))) return join(dir, binary);
  return undefined;
}

async function waitFor(ready: () => boolean, child: ChildProcess, what: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!ready()) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${log()}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start within 30 s:\n${log()}`);
    await sleep(100);
  }
}

let mysql: Promise<MysqlServer> | undefined;
let mysqlProcess: ChildProcess | undefined;
const redisProcesses = new Set<ChildProcess>();
const dirs: string[] = [];

/** Starts (once) a MariaDB server with a `root` user without password on a private socket. */
export function mysqlServer(): Promise<MysqlServer> {
  mysql ??= (async () => {
    const install = which('mariadb-install-db');
    const server = which('mariadbd');
    if (!install || !server) throw new Error(`MariaDB is not installed: ${INSTALL_HINT}`);
    const dir = mkdtempSync(join(tmpdir(), 'backend-cards-mariadb-'));
    dirs.push(dir);
    const data = join(dir, 'data');
    const socket = join(dir, 'mysqld.sock');
    const asUser = process.getuid?.() === 0 ? ['--user=root'] : [];
    // Small redo log and buffer pool: the demos hold a handful of rows.
    // A tmpdir of its own: at startup a server deletes leftover `#sql*` files in its tmpdir,
    // which in a shared /tmp are another server's (or installer's) live temporary tables.
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const common = ['--no-defaults', `--datadir=${data}`, `--tmpdir=${tmp}`, '--innodb-log-file-size=8M', '--innodb-buffer-pool-size=16M', ...asUser];
    const installed = spawnSync(install, [...common, '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`mariadb-install-db failed:\n${installed.stdout}${installed.stderr}`);
    const errorLog = join(dir, 'error.log');
    mysqlProcess = spawn(server, [...common, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${errorLog}`, '--skip-log-bin'], { stdio: 'ignore' });
    await waitFor(
      () => spawnSync(which('mariadb-admin') ?? 'mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], { encoding: 'utf8' }).status === 0,
      mysqlProcess,
      'mariadbd',
      () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''),
    );
    return { socket, dir };
  })();
  return mysql;
}

/** An empty `demo` database on the (started once) MariaDB server; returns the socket. */
export async function freshMysqlDatabase(): Promise<string> {
  const { socket } = await mysqlServer();
  const reset = spawnSync(which('mariadb') ?? 'mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'DROP DATABASE IF EXISTS demo; CREATE DATABASE demo CHARACTER SET utf8mb4'], { encoding: 'utf8' });
  if (reset.status !== 0) throw new Error(`could not reset the demo database: ${reset.stderr}`);
  return socket;
}

/**
 * Starts a fresh Redis server on a private socket, persisting into its own directory
 * (persistence off until an example turns it on). Each example gets its own, so CONFIG
 * SET and written files never leak into the next one; stop it with stopRedis().
 */
export async function startRedis(): Promise<RedisServer & { stop(): Promise<void> }> {
  const server = which('redis-server');
  if (!server) throw new Error(`Redis is not installed: ${INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'backend-cards-redis-'));
  dirs.push(dir);
  const socket = join(dir, 'redis.sock');
  const logfile = join(dir, 'redis.log');
  const child = spawn(server, ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--logfile', logfile, '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
  redisProcesses.add(child);
  await waitFor(() => existsSync(socket), child, 'redis-server', () => (existsSync(logfile) ? readFileSync(logfile, 'utf8') : ''));
  return {
    socket,
    dir,
    stop: async () => {
      await stop(child);
      redisProcesses.delete(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000, undefined, { ref: false })]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Stops every server started here and deletes their data. */
export async function stopAll(): Promise<void> {
  await Promise.all([stop(mysqlProcess), ...[...redisProcesses].map(stop)]);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  mysql = undefined;
  mysqlProcess = undefined;
  redisProcesses.clear();
}

/** The Python interpreter with Debian's packages (PyMySQL, redis-py, Django, Celery). */
export function systemPython(): string {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}
