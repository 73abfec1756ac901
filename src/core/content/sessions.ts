// Replayable client sessions inside cards: ```sql session``` and ```redis session``` blocks.
// They show what a database does when several clients interleave (dirty reads, lock waits,
// deadlocks, WATCH/MULTI), and the test suite replays them step by step against a real
// server (test/unit/sessions.test.ts), so a card can't claim an outcome the server denies.
//
// Grammar, one line at a time:
//   A> statement            send on connection A (SQL: continues over lines up to the `;`)
//   -- → text               the previous step's result, one line per row / reply line
//   -- → Empty set          … a result set without rows
//   -- ✗ 1213 prose         … failed with this error (SQL errno; Redis error prefix)
//   -- ⏳ prose             … is still waiting for a lock after a short while
//   -- B resumes            B's waiting statement completes now; → / ✗ lines may follow
//   -- anything else        prose, ignored by the replay
// SQL rows print as `v1 | v2` (NULL as NULL); statements without a result set print
// `N rows affected`. Redis replies print as redis-cli does (`OK`, `(nil)`, `(integer) 1`,
// `"text"`, `1) "a"` for arrays).

export type SessionDialect = 'sql' | 'redis';

export interface Expectation {
  /** Expected printed lines, when the session states them. */
  rows?: string[];
  /** Expected error: SQL errno (`1213`) or Redis error prefix (`WRONGTYPE`). */
  error?: string;
  /** The statement must still be waiting after a short while. */
  waits?: boolean;
}

export type SessionStep =
  | { kind: 'send'; connection: string; text: string; line: number; expect: Expectation }
  | { kind: 'resume'; connection: string; line: number; expect: Expectation };

export interface Session {
  dialect: SessionDialect;
  steps: SessionStep[];
  /** Connection labels in order of first use. */
  connections: string[];
}

export class SessionSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

const SEND = /^([A-Z])>\s?(.*)$/;
const RESULT = /^--\s*→\s?(.*)$/;
const ERROR = /^--\s*✗\s*(\S+)/;
const WAITS = /^--\s*⏳/;
const RESUME = /^--\s*([A-Z]) resumes\b/;

/** Parses a session block; `firstLine` is the 1-based line of the block's first code line. */
export function parseSession(code: string, dialect: SessionDialect, firstLine = 1): Session {
  const lines = code.split('\n');
  const steps: SessionStep[] = [];
  const waiting = new Set<string>();
  const connections: string[] = [];
  let current: SessionStep | undefined;
  let open: { step: Extract<SessionStep, { kind: 'send' }>; done: boolean } | undefined;

  const fail = (i: number, message: string): never => {
    throw new SessionSyntaxError(firstLine + i, message);
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const text = raw.trim();
    if (open && !open.done) {
      // An SQL statement runs until a line ends with `;`.
      if (text.startsWith('--') || SEND.test(text)) fail(i, 'statement before it has no terminating `;`');
      open.step.text += `\n${raw}`;
      open.done = endsStatement(text);
      continue;
    }
    const send = SEND.exec(text);
    if (send) {
      const connection = send[1] ?? 'A';
      const statement = send[2] ?? '';
      if (!statement.trim()) fail(i, `${connection}> has no statement`);
      if (waiting.has(connection)) fail(i, `${connection} is still waiting for its previous statement (add "-- ${connection} resumes" first)`);
      if (!connections.includes(connection)) connections.push(connection);
      const step: Extract<SessionStep, { kind: 'send' }> = { kind: 'send', connection, text: statement, line: firstLine + i, expect: {} };
      steps.push(step);
      current = step;
      open = dialect === 'sql' ? { step, done: endsStatement(statement) } : undefined;
      continue;
    }
    const resume = RESUME.exec(text);
    if (resume) {
      const connection = resume[1] ?? 'A';
      if (!waiting.delete(connection)) fail(i, `${connection} resumes, but it is not waiting`);
      current = { kind: 'resume', connection, line: firstLine + i, expect: {} };
      steps.push(current);
      continue;
    }
    const result = RESULT.exec(text);
    const error = ERROR.exec(text);
    const waits = WAITS.test(text);
    if ((result || error || waits) && !current) fail(i, 'a result line needs a statement before it');
    if (!current) continue;
    if (result) {
      if (current.expect.error || current.expect.waits) fail(i, 'a step cannot both return rows and fail or wait');
      (current.expect.rows ??= []).push(result[1]?.trimEnd() ?? '');
    } else if (error) {
      if (current.expect.rows || current.expect.waits) fail(i, 'a step cannot both fail and return rows or wait');
      current.expect.error = error[1] ?? "";
    } else if (waits) {
      if (current.kind === 'resume') fail(i, 'a resumed statement cannot wait again');
      if (current.expect.rows || current.expect.error) fail(i, 'a step cannot both wait and return rows or fail');
      current.expect.waits = true;
      waiting.add(current.connection);
    } else if (text !== '' && !text.startsWith('--') && !text.startsWith('#')) {
      fail(i, `expected "X> statement" or a "-- " comment, found "${text}"`);
    }
  }
  if (open && !open.done) fail(lines.length - 1, 'the last statement has no terminating `;`');
  if (waiting.size > 0) fail(lines.length - 1, `${[...waiting].join(', ')} still waiting at the end of the session`);
  if (steps.length === 0) fail(0, 'empty session');
  return { dialect, steps, connections };
}

/** True when an SQL line ends its statement: `;` last, before an optional `-- comment`. */
function endsStatement(line: string): boolean {
  return line.replace(/\s--\s.*$/, '').trim().endsWith(';');
}

/** Splits a Redis command line like redis-cli: whitespace-separated, "double quotes" group. */
export function splitRedisCommand(line: string): string[] {
  const args: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(pattern)) {
    if (m[1] !== undefined) args.push(m[1].replace(/\\(.)/g, '$1'));
    else args.push(m[2] ?? m[3] ?? '');
  }
  return args;
}
