// Every runnable example in content/ runs here: `python run` blocks with python3 (Debian's
// /usr/bin/python3 when they use PyMySQL, redis-py, Django or Celery from Debian's packages), `c compile` / `c run` blocks
// with gcc -Wall -Werror, `sql session` / `redis session` blocks replayed against real
// MariaDB and Redis servers started for the run. Output is compared with the card's
// `output` block. See src/core/content/snippets.ts and sessions.ts for the conventions.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LANGS } from '../../src/core/content/model';
import { parseCard } from '../../src/core/content/parseCard';
import { parseSession } from '../../src/core/content/sessions';
import { extractSnippets, type Snippet } from '../../src/core/content/snippets';
import { readContentTree } from '../../scripts/lib/contentFiles';
import { replaySession } from '../support/replay';
import { freshMysqlDatabase, startRedis, stopAll, systemPython } from '../support/servers';

const scratch = mkdtempSync(join(tmpdir(), 'backend-cards-snippets-'));
after(async () => {
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
});


/** stdout, plus the last stderr line when the program failed (the exception it raised). */
function observed(result: ReturnType<typeof spawnSync>): string {
  const stdout = String(result.stdout ?? '');
  if (result.status === 0) return stdout.trimEnd();
  const last = String(result.stderr ?? '').trimEnd().split('\n').pop() ?? '';
  return `${stdout}${last}`.trimEnd();
}

/** Libraries that come from Debian's packages, so they exist only for Debian's python3. */
const DEBIAN_LIBRARIES = /^\s*(?:import|from)\s+(?:django|celery|kombu|pymysql|redis)\b/m;

/** The machine's python3 for plain examples; Debian's for those using its packaged libraries. */
function pythonFor(snippet: Snippet): string {
  return snippet.services.length > 0 || DEBIAN_LIBRARIES.test(snippet.code) ? systemPython() : 'python3';
}

function run(snippet: Snippet, name: string, env: Record<string, string>): ReturnType<typeof spawnSync> {
  const cwd = join(scratch, name);
  mkdirSync(cwd);
  const opts = { encoding: 'utf8' as const, timeout: 30_000, cwd, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', ...env } };
  if (snippet.language === 'python') return spawnSync(pythonFor(snippet), ['-c', snippet.code], opts);
  if (snippet.language === 'c') {
    const source = join(cwd, `${name}.c`);
    const binary = join(cwd, name);
    writeFileSync(source, snippet.code);
    const cc = spawnSync('gcc', ['-std=c11', '-D_GNU_SOURCE', '-Wall', '-Wextra', '-Werror', '-O1', '-o', binary, source, '-lpthread'], opts);
    if (cc.status !== 0 || snippet.mode === 'compile') return cc;
    return spawnSync(binary, [], opts);
  }
  throw new Error(`no runner for ${snippet.language}`);
}

// BACKEND_CARDS_SNIPPETS=content/mysql/ runs only the examples of matching card files (authoring).
const only = process.env['BACKEND_CARDS_SNIPPETS'];
const seen = new Set<string>();
const cases: { title: string; snippet: Snippet; name: string; file: string; bodyLine: number }[] = [];
for (const file of readContentTree().cards.filter((f) => !only || only.split(',').some((part) => f.file.includes(part)))) {
  const card = parseCard(file.file, file.text);
  for (const lang of LANGS) {
    for (const snippet of extractSnippets(card.bodies[lang], lang)) {
      const key = `${snippet.language}\0${snippet.code}\0${snippet.expected ?? ''}`;
      if (seen.has(key)) continue; // the zh and en sections usually share their code
      seen.add(key);
      const name = `snippet${cases.length}`;
      const bodyLine = card.bodyLines[lang];
      const fileLine = bodyLine + snippet.line - 1;
      cases.push({ title: `${file.file}:${fileLine} (${lang}): ${snippet.language} ${snippet.mode}`, snippet, name, file: file.file, bodyLine });
    }
  }
}

describe('runnable examples in content/', () => {
  it('the snippet extractor finds run blocks and their output', () => {
    const found = extractSnippets('text\n\n```python run\nprint(1)\n```\n\n```output\n1\n```\n\n```python\nnot run\n```\n', 'en');
    assert.deepEqual(found, [{ lang: 'en', language: 'python', mode: 'run', services: [], code: 'print(1)', line: 3, expected: '1' }]);
  });

  for (const { title, snippet, name, file, bodyLine } of cases) {
    it(title, async () => {
      if (snippet.mode === 'session') {
        const firstCodeLine = bodyLine + snippet.line; // the line after the opening fence
        const session = parseSession(snippet.code, snippet.language === 'redis' ? 'redis' : 'sql', firstCodeLine);
        if (session.dialect === 'sql') {
          await replaySession(session, { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, (line) => `${file}:${line}`);
          return;
        }
        const redis = await startRedis();
        try {
          await replaySession(session, { dialect: 'redis', socket: redis.socket }, (line) => `${file}:${line}`);
        } finally {
          await redis.stop();
        }
        return;
      }
      const env: Record<string, string> = {};
      if (snippet.services.includes('mysql')) env['MYSQL_UNIX_PORT'] = await freshMysqlDatabase();
      const redis = snippet.services.includes('redis') ? await startRedis() : undefined;
      if (redis) env['REDIS_URL'] = `unix://${redis.socket}`;
      let result: ReturnType<typeof spawnSync>;
      try {
        result = run(snippet, name, env);
      } finally {
        await redis?.stop();
      }
      if (snippet.mode === 'compile') {
        assert.equal(result.status, 0, String(result.stderr));
        return;
      }
      assert.ok(result.error === undefined, String(result.error));
      if (snippet.expected === undefined) assert.equal(result.status, 0, String(result.stderr));
      else assert.equal(observed(result), snippet.expected.trimEnd());
    });
  }
});
