// The session grammar (src/core/content/sessions.ts) and its replay against real servers
// (test/support/replay.ts): a replay must pass when the server agrees with the card and
// fail — naming the card line — when it does not.
import * as assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { compileContent } from '../../src/core/content/compile';
import { parseSession, SessionSyntaxError, splitRedisCommand } from '../../src/core/content/sessions';
import { replaySession } from '../support/replay';
import { freshMysqlDatabase, startRedis, stopAll } from '../support/servers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/contentFiles';

after(stopAll);

const where = (line: number) => `card.md:${line}`;

describe('session grammar', () => {
  it('reads statements, multi-line SQL, results, errors, waits and resumes', () => {
    const session = parseSession(
      [
        'A> CREATE TABLE t (id INT PRIMARY KEY,',
        '     v INT);',
        '-- prose is ignored',
        'A> SELECT 1, NULL;  -- a trailing comment',
        '-- → 1 | NULL',
        'B> LOCK TABLES t WRITE;',
        '-- ⏳ waits',
        '-- B resumes',
        '-- ✗ 1213 Deadlock found',
      ].join('\n'),
      'sql',
      10,
    );
    assert.deepEqual(session.connections, ['A', 'B']);
    assert.deepEqual(
      session.steps.map((s) => [s.kind, s.connection, s.line, s.expect]),
      [
        ['send', 'A', 10, {}],
        ['send', 'A', 13, { rows: ['1 | NULL'] }],
        ['send', 'B', 15, { waits: true }],
        ['resume', 'B', 17, { error: '1213' }],
      ],
    );
    assert.equal(session.steps[0]?.kind === 'send' && session.steps[0].text, 'CREATE TABLE t (id INT PRIMARY KEY,\n     v INT);');
  });

  const bad: [string, string, RegExp][] = [
    ['A> SELECT 1\n-- → 1', 'sql', /line 2: statement before it has no terminating/],
    ['A> SELECT 1;\nhello', 'sql', /line 2: expected "X> statement"/],
    ['-- → 1', 'sql', /line 1: a result line needs a statement/],
    ['A> SELECT 1;\n-- ⏳\nA> SELECT 2;', 'sql', /line 3: A is still waiting/],
    ['A> SELECT 1;\n-- ⏳', 'sql', /B|A still waiting at the end/],
    ['-- B resumes', 'sql', /line 1: B resumes, but it is not waiting/],
    ['A> GET k\n-- → 1\n-- ✗ ERR', 'redis', /line 3: a step cannot both fail/],
    ['', 'redis', /empty session/],
  ];
  for (const [code, dialect, message] of bad) {
    it(`rejects ${JSON.stringify(code)} with a located message`, () => {
      assert.throws(() => parseSession(code, dialect as 'sql' | 'redis'), (e: unknown) => e instanceof SessionSyntaxError && message.test(e.message));
    });
  }

  it('splits Redis commands like redis-cli', () => {
    assert.deepEqual(splitRedisCommand('SET "a key" \'v 1\' NX EX 10'), ['SET', 'a key', 'v 1', 'NX', 'EX', '10']);
  });

  it('the content compiler reports a broken session at its card line', () => {
    const card = ['---', 'id: x', 'category: mysql', 'order: 1', 'title: { zh: x, en: x }', 'status: draft', '---', '', '<!-- lang: zh -->', '', 'text', '', '```sql session', 'A> SELECT 1;', 'oops', '```', '', '<!-- lang: en -->', 'text'].join('\n');
    const { problems } = compileContent({ cards: [{ file: 'content/mysql/x.md', text: card }], categories: { file: 'categories.yaml', text: '- id: mysql\n  order: 1\n  title: { zh: m, en: m }\n' } });
    const found = problems.find((p) => p.message.includes('sql session'));
    assert.ok(found, JSON.stringify(problems));
    assert.equal(found.line, 15);
  });
});

describe('session replay against MariaDB', () => {
  it('replays two interleaved connections: a lock wait that resumes after COMMIT', async () => {
    const session = parseSession(
      [
        'A> CREATE TABLE account (id INT PRIMARY KEY, balance INT) ENGINE=InnoDB;',
        'A> INSERT INTO account VALUES (1, 100), (2, 50);',
        '-- → 2 rows affected',
        'A> START TRANSACTION;',
        'A> UPDATE account SET balance = balance - 10 WHERE id = 1;',
        'B> UPDATE account SET balance = 0 WHERE id = 1;',
        '-- ⏳ waits for A',
        'A> COMMIT;',
        '-- B resumes',
        '-- → 1 row affected',
        'A> SELECT id, balance FROM account ORDER BY id;',
        '-- → 1 | 0',
        '-- → 2 | 50',
      ].join('\n'),
      'sql',
    );
    await replaySession(session, { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, where);
  });

  it('the example in content/README.md replays as documented', async () => {
    const readme = readFileSync(join(repoRoot, 'content', 'README.md'), 'utf8');
    const block = /\n( *)```sql session\n([\s\S]*?)\n\1```/.exec(readme);
    assert.ok(block, 'content/README.md documents a sql session');
    const indent = block[1] ?? '';
    const code = (block[2] ?? '').split('\n').map((line) => line.slice(indent.length)).join('\n');
    await replaySession(parseSession(code, 'sql'), { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, (line) => `content/README.md session line ${line}`);
  });

  it('fails, naming the line, when the server disagrees with the card', async () => {
    const session = parseSession(['A> SELECT 1 + 1;', '-- → 3'].join('\n'), 'sql', 40);
    await assert.rejects(replaySession(session, { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, where), /card\.md:40: expected\n {2}3\nbut the server returned\n {2}2/);
  });

  it('fails when a statement said to wait does not', async () => {
    const session = parseSession(['A> SELECT 1;', '-- ⏳', '-- A resumes'].join('\n'), 'sql', 5);
    await assert.rejects(replaySession(session, { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, where), /card\.md:5: A should wait/);
  });

  it('checks error codes', async () => {
    const ok = parseSession(['A> SELECT * FROM missing;', '-- ✗ 1146'].join('\n'), 'sql');
    await replaySession(ok, { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, where);
    const wrong = parseSession(['A> SELECT * FROM missing;', '-- ✗ 1213'].join('\n'), 'sql');
    await assert.rejects(replaySession(wrong, { dialect: 'sql', socket: await freshMysqlDatabase(), database: 'demo' }, where), /expected error 1213, got 1146/);
  });
});

describe('session replay against Redis', () => {
  it('prints replies as redis-cli does and checks them', async () => {
    const redis = await startRedis();
    try {
      const session = parseSession(
        ['A> SET lock:42 owner-1 NX EX 10', '-- → OK', 'B> SET lock:42 owner-2 NX EX 10', '-- → (nil)', 'A> GET lock:42', '-- → "owner-1"', 'A> TTL lock:42', '-- → (integer) 10', 'A> RPUSH l a b', 'A> LRANGE l 0 -1', '-- → 1) "a"', '-- → 2) "b"', 'A> INCR lock:42', '-- ✗ ERR'].join('\n'),
        'redis',
      );
      await replaySession(session, { dialect: 'redis', socket: redis.socket }, where);
      const wrong = parseSession(['A> GET nothing', '-- → "x"'].join('\n'), 'redis', 3);
      await assert.rejects(replaySession(wrong, { dialect: 'redis', socket: redis.socket }, where), /card\.md:3: expected\n {2}"x"\nbut the server returned\n {2}\(nil\)/);
    } finally {
      await redis.stop();
    }
  });
});
