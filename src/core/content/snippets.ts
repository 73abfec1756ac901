// Runnable examples inside cards. A fenced block whose info string is `python run`
// (or `c run`, `c compile`, `sql session`, `redis session`) is executed by the test suite; a fenced block right after it
// with the info string `output` holds what it must print (stdout, then for an expected
// exception the last line of the traceback, e.g. `ZeroDivisionError: division by zero`).
import type { Lang } from './model';

export type SnippetMode = 'run' | 'compile' | 'session';

/** Servers an example talks to; the test suite starts them (see test/support/servers.ts). */
export type SnippetService = 'mysql' | 'redis';

export interface Snippet {
  lang: Lang;
  /** The code's language: `python` or `c`. */
  language: string;
  mode: SnippetMode;
  /** Servers the example needs: `python run mysql`, and every `sql session` / `redis session`. */
  services: SnippetService[];
  code: string;
  /** Expected output; undefined when the block has no `output` block after it. */
  expected?: string;
  /** 1-based line of the opening fence inside the language body. */
  line: number;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*([^`]*)$/;

export function extractSnippets(markdown: string, lang: Lang): Snippet[] {
  const lines = markdown.split('\n');
  const blocks: { info: string[]; code: string; line: number; endLine: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[2] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(fence); j++) body.push(lines[j] ?? '');
    blocks.push({ info: [open[3] ?? '', ...(open[4] ?? '').trim().split(/\s+/).filter(Boolean)], code: body.join('\n'), line: i + 1, endLine: j + 1 });
    i = j;
  }
  const snippets: Snippet[] = [];
  blocks.forEach((block, k) => {
    const [language, ...flags] = block.info;
    const mode = flags.includes('run') ? 'run' : flags.includes('compile') ? 'compile' : flags.includes('session') ? 'session' : undefined;
    if (!mode || !language) return;
    const services = new Set<SnippetService>(flags.filter((f): f is SnippetService => f === 'mysql' || f === 'redis'));
    if (mode === 'session') services.add(language === 'redis' ? 'redis' : 'mysql');
    const next = blocks[k + 1];
    const between = next ? lines.slice(block.endLine, next.line - 1).join('').trim() : '';
    const expected = next && next.info[0] === 'output' && between === '' ? next.code : undefined;
    snippets.push({ lang, language, mode, services: [...services], code: block.code, line: block.line, ...(expected !== undefined ? { expected } : {}) });
  });
  return snippets;
}
