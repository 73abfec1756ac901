// Replays a parsed ```sql session``` / ```redis session``` (src/core/content/sessions.ts)
// against a real server: one client connection per label, statements sent in the card's
// order, each outcome checked — rows, error codes, and whether a statement really waits
// for a lock (still pending after WAIT_MS) and completes when the session says it resumes.
import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { splitRedisCommand, type Expectation, type Session } from '../../src/core/content/sessions';
import { formatReply, RespConnection } from './resp';

/** How long a statement must stay pending to count as waiting for a lock. */
const WAIT_MS = 600;
/** How long a statement may take before the replay calls it stuck. */
const STEP_TIMEOUT_MS = 15_000;

type Outcome = { ok: true; lines: string[] } | { ok: false; code: string; message: string };

interface Client {
  send(text: string): Promise<Outcome>;
  close(): Promise<void>;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

async function sqlClient(socketPath: string, database: string): Promise<Client> {
  // No FOUND_ROWS flag: "rows affected" counts changed rows, as the mysql client shows them.
  const connection = await mysql.createConnection({
    socketPath,
    user: 'root',
    database,
    flags: ['-FOUND_ROWS'],
    rowsAsArray: true,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    charset: 'utf8mb4',
  });
  return {
    async send(text) {
      try {
        const [result] = await connection.query(text);
        if (Array.isArray(result)) {
          const rows = result as unknown[][];
          return { ok: true, lines: rows.length === 0 ? ['Empty set'] : rows.map((row) => row.map(formatValue).join(' | ')) };
        }
        const affected = (result as { affectedRows: number }).affectedRows;
        return { ok: true, lines: [`${affected} ${affected === 1 ? 'row' : 'rows'} affected`] };
      } catch (error) {
        const e = error as { errno?: number; message?: string };
        if (e.errno === undefined) throw error;
        return { ok: false, code: String(e.errno), message: e.message ?? '' };
      }
    },
    async close() {
      await connection.end().catch(() => connection.destroy());
    },
  };
}

async function redisClient(socketPath: string): Promise<Client> {
  const connection = await RespConnection.open(socketPath);
  return {
    async send(text) {
      const reply = await connection.command(splitRedisCommand(text));
      if (reply.type === 'error') return { ok: false, code: reply.value.split(' ')[0] ?? '', message: reply.value };
      return { ok: true, lines: formatReply(reply) };
    },
    async close() {
      connection.close();
    },
  };
}

function matches(expected: string, actual: string): boolean {
  // A trailing ellipsis states only the start of a line (a version string, a long status).
  return expected.endsWith('…') ? actual.startsWith(expected.slice(0, -1)) : expected === actual;
}

function check(outcome: Outcome, expect: Expectation, where: string): void {
  if (expect.error !== undefined) {
    assert.ok(!outcome.ok, `${where}: expected error ${expect.error}, but it succeeded with ${JSON.stringify(outcome.ok ? outcome.lines : [])}`);
    assert.equal(outcome.code, expect.error, `${where}: expected error ${expect.error}, got ${outcome.code} ${outcome.message}`);
    return;
  }
  assert.ok(outcome.ok, `${where}: unexpected error ${outcome.ok ? '' : `${outcome.code} ${outcome.message}`}`);
  if (expect.rows) {
    const ok = expect.rows.length === outcome.lines.length && expect.rows.every((line, i) => matches(line, outcome.lines[i] ?? ''));
    assert.ok(ok, `${where}: expected\n  ${expect.rows.join('\n  ')}\nbut the server returned\n  ${outcome.lines.join('\n  ')}`);
  }
}

async function settle(pending: Promise<Outcome>, ms: number): Promise<Outcome | undefined> {
  // An unref'd timer: a race that is already won must not keep the test process alive.
  return Promise.race([pending, sleep(ms, undefined, { ref: false }).then(() => undefined)]);
}

export interface ReplayTarget {
  dialect: Session['dialect'];
  socket: string;
  /** SQL only: the database every connection uses. */
  database?: string;
}

/** Replays the session; throws an assertion error naming the card line that disagrees. */
export async function replaySession(session: Session, target: ReplayTarget, describeLine: (line: number) => string): Promise<void> {
  const clients = new Map<string, Client>();
  const pending = new Map<string, Promise<Outcome>>();
  try {
    for (const label of session.connections) {
      clients.set(label, target.dialect === 'sql' ? await sqlClient(target.socket, target.database ?? 'demo') : await redisClient(target.socket));
    }
    for (const step of session.steps) {
      const where = describeLine(step.line);
      if (step.kind === 'resume') {
        const outcome = await settle(pending.get(step.connection) as Promise<Outcome>, STEP_TIMEOUT_MS);
        assert.ok(outcome, `${where}: ${step.connection} should resume here, but it is still waiting`);
        pending.delete(step.connection);
        check(outcome, step.expect, where);
        continue;
      }
      const run = (clients.get(step.connection) as Client).send(step.text);
      if (step.expect.waits) {
        const early = await settle(run, WAIT_MS);
        assert.equal(early, undefined, `${where}: ${step.connection} should wait (⏳) but finished with ${JSON.stringify(early)}`);
        pending.set(step.connection, run);
        continue;
      }
      const outcome = await settle(run, STEP_TIMEOUT_MS);
      assert.ok(outcome, `${where}: ${step.connection}'s statement is still waiting after ${STEP_TIMEOUT_MS / 1000} s; mark it "-- ⏳" if that is the point`);
      check(outcome, step.expect, where);
    }
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
}
