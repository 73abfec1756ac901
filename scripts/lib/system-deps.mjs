// Makes sure the Debian packages the test and start scripts rely on are present.
// As root we install them (a fresh CI machine or container); otherwise we stop with
// the exact command to run, because sudo prompts cannot be answered by a script.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @typedef {{ pkg: string, present: () => boolean }} SystemPackage */

const dpkgInstalled = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;

/** @type {Record<string, SystemPackage>} */
export const SYSTEM_PACKAGES = {
  chromium: { pkg: 'chromium', present: () => existsSync(chromiumPath()) },
  // Chinese text in screenshots; without a CJK font Chromium draws empty boxes.
  cjkFonts: { pkg: 'fonts-noto-cjk', present: () => dpkgInstalled('fonts-noto-cjk') },
  // code-server's native kerberos module is compiled against these headers.
  krb5: { pkg: 'libkrb5-dev', present: () => dpkgInstalled('libkrb5-dev') },
};

/** What the content examples run against (test/unit/snippets.test.ts, sessions.test.ts). */
export const CONTENT_PACKAGES = ['mariadb-server', 'redis-server', 'python3-pymysql', 'python3-redis', 'python3-django', 'python3-celery'].map(
  (pkg) => ({ pkg, present: () => dpkgInstalled(pkg) }),
);

export function chromiumPath() {
  return process.env.BACKEND_CARDS_CHROMIUM ?? '/usr/bin/chromium';
}

/** @param {SystemPackage[]} wanted */
export function ensureSystemPackages(wanted) {
  const missing = wanted.filter((p) => !p.present()).map((p) => p.pkg);
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Missing system packages. Run: sudo apt-get update && sudo ${command}`);
    process.exit(1);
  }
  console.log(`Installing system packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
