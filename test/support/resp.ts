// A small RESP2 client for replaying Redis sessions. Client libraries (ioredis, node-redis)
// turn status replies and bulk strings into the same JS string, but a session shows replies
// the way redis-cli prints them — `OK` versus `"OK"` — so the reply type must survive.
import { createConnection, type Socket } from 'node:net';

export type Reply =
  | { type: 'status'; value: string }
  | { type: 'error'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'bulk'; value: string | null }
  | { type: 'array'; value: Reply[] | null };

/** Parses one reply from `buf` at `pos`; undefined when the buffer holds only part of it. */
function parse(buf: Buffer, pos: number): { reply: Reply; next: number } | undefined {
  const eol = buf.indexOf('\r\n', pos);
  if (eol < 0) return undefined;
  const head = buf.toString('utf8', pos + 1, eol);
  const after = eol + 2;
  switch (String.fromCharCode(buf[pos] ?? 0)) {
    case '+':
      return { reply: { type: 'status', value: head }, next: after };
    case '-':
      return { reply: { type: 'error', value: head }, next: after };
    case ':':
      return { reply: { type: 'integer', value: Number(head) }, next: after };
    case '$': {
      const length = Number(head);
      if (length < 0) return { reply: { type: 'bulk', value: null }, next: after };
      if (buf.length < after + length + 2) return undefined;
      return { reply: { type: 'bulk', value: buf.toString('utf8', after, after + length) }, next: after + length + 2 };
    }
    case '*': {
      const count = Number(head);
      if (count < 0) return { reply: { type: 'array', value: null }, next: after };
      const items: Reply[] = [];
      let next = after;
      for (let i = 0; i < count; i++) {
        const item = parse(buf, next);
        if (!item) return undefined;
        items.push(item.reply);
        next = item.next;
      }
      return { reply: { type: 'array', value: items }, next };
    }
    default:
      throw new Error(`unexpected RESP byte ${JSON.stringify(String.fromCharCode(buf[pos] ?? 0))}`);
  }
}

export class RespConnection {
  private buffer = Buffer.alloc(0);
  private readonly waiting: ((reply: Reply) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const parsed = parse(this.buffer, 0);
        if (!parsed) break;
        this.buffer = this.buffer.subarray(parsed.next);
        this.waiting.shift()?.(parsed.reply);
      }
    });
  }

  static open(path: string): Promise<RespConnection> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ path }, () => resolve(new RespConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends one command; the reply (errors included) resolves in order. */
  command(args: string[]): Promise<Reply> {
    const parts = [`*${args.length}\r\n`, ...args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`)];
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(parts.join(''));
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The reply as redis-cli prints it in a terminal, one string per line. */
export function formatReply(reply: Reply, indent = ''): string[] {
  switch (reply.type) {
    case 'status':
      return [reply.value];
    case 'error':
      return [`(error) ${reply.value}`];
    case 'integer':
      return [`(integer) ${reply.value}`];
    case 'bulk':
      return [reply.value === null ? '(nil)' : JSON.stringify(reply.value)];
    case 'array': {
      if (reply.value === null) return ['(nil)'];
      if (reply.value.length === 0) return ['(empty array)'];
      const width = String(reply.value.length).length;
      return reply.value.flatMap((item, i) => {
        const label = `${String(i + 1).padStart(width)}) `;
        const [first = '', ...rest] = formatReply(item, `${indent}${' '.repeat(label.length)}`);
        return [`${i === 0 ? '' : indent}${label}${first}`, ...rest];
      });
    }
  }
}
