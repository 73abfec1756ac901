// One pass over a document, cached by the caller per document version: where comments
// and strings are, and what the file imports. Lookups then only read one line.
import type { FileKind } from './fileKind';

export type RegionType = 'comment' | 'string' | 'sql-string';

export interface Region {
  start: number;
  end: number;
  type: RegionType;
}

export interface DocumentAnalysis {
  kind: FileKind;
  text: string;
  /** Sorted, non-overlapping. */
  regions: Region[];
  /** Python: local name → qualified name (`np` → `numpy`, `epoll` → `select.epoll`). */
  imports: Map<string, string>;
  /** Python modules imported (and their parents); C headers included. */
  modules: Set<string>;
  /** Python names bound in the file by assignment, `def`, `class`, `for`, `with … as`, parameters. */
  locals: Set<string>;
  /** ini files: where each `[section]` starts, in order; names lowercased. */
  sections: { start: number; name: string }[];
}

/**
 * A Python string is SQL when it starts like a statement, not merely with an SQL word:
 * "Set the high-water limit" is prose, "SET TRANSACTION ISOLATION LEVEL …" is SQL.
 */
const SQL_START = new RegExp(
  // Statements that read as SQL whatever their case…
  '^\\s*(?:SELECT\\b[\\s\\S]*\\bFROM\\b|INSERT\\s+INTO\\b|REPLACE\\s+INTO\\b|UPDATE\\s+[\\w`"]+\\s+SET\\b|DELETE\\s+FROM\\b|WITH\\s+(?:RECURSIVE\\s+)?\\w+\\s+AS\\s*\\()',
  'i',
);
// …and those that only do in capitals ("Create unique anchors" is prose).
const SQL_START_UPPER =
  /^\s*(?:CREATE\s+(?:TABLE|INDEX|UNIQUE|VIEW|DATABASE)\b|ALTER\s+TABLE\b|DROP\s+(?:TABLE|INDEX)\b|SET\s+(?:SESSION|GLOBAL|TRANSACTION|autocommit)\b|START\s+TRANSACTION\b|EXPLAIN\s+(?:SELECT|ANALYZE|FORMAT|UPDATE|DELETE)\b|LOCK\s+TABLES?\b|SHOW\s+(?:ENGINE|VARIABLES|STATUS|INDEX|CREATE|PROCESSLIST|GLOBAL|SESSION)\b)/;

const looksLikeSql = (body: string) => SQL_START.test(body) || SQL_START_UPPER.test(body);

export function analyze(text: string, kind: FileKind): DocumentAnalysis {
  const analysis: DocumentAnalysis = { kind, text, regions: [], imports: new Map(), modules: new Set(), locals: new Set(), sections: [] };
  if (kind === 'ini') {
    scanIni(analysis);
    return analysis;
  }
  scanRegions(analysis);
  if (kind === 'python') scanPythonNames(analysis);
  if (kind === 'c') for (const m of text.matchAll(/^[ \t]*#[ \t]*include[ \t]*[<"]([^>"]+)[>"]/gm)) analysis.modules.add(m[1] ?? '');
  return analysis;
}

function scanRegions(a: DocumentAnalysis) {
  const { text, kind } = a;
  const n = text.length;
  const hashComments = kind === 'python' || kind === 'shell' || kind === 'nginx' || kind === 'redis' || kind === 'dockerfile' || kind === 'yaml';
  const slashComments = kind === 'c' || kind === 'sql' || kind === 'javascript';
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // '#'
    if (c === 35 && hashComments && (kind !== 'shell' || i === 0 || /\s/.test(text[i - 1] ?? ' '))) {
      const end = lineEnd(text, i);
      a.regions.push({ start: i, end, type: 'comment' });
      i = end;
      continue;
    }
    if (c === 45 && kind === 'sql' && text.charCodeAt(i + 1) === 45) { // --
      const end = lineEnd(text, i);
      a.regions.push({ start: i, end, type: 'comment' });
      i = end;
      continue;
    }
    if (c === 47 && slashComments) { // '/'
      const next = text.charCodeAt(i + 1);
      if (next === 47 && (kind === 'c' || kind === 'javascript')) {
        const end = lineEnd(text, i);
        a.regions.push({ start: i, end, type: 'comment' });
        i = end;
        continue;
      }
      if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        const end = close < 0 ? n : close + 2;
        a.regions.push({ start: i, end, type: 'comment' });
        i = end;
        continue;
      }
    }
    if (c === 34 || c === 39) { // " or '
      if (kind === 'nginx' || kind === 'redis' || kind === 'shell' || kind === 'dockerfile' || kind === 'yaml') {
        // Quoted values in config and shell are still "code" for matching purposes.
        i++;
        continue;
      }
      if (kind === 'c' && c === 39) { // char literal
        const end = skipQuoted(text, i, "'");
        i = end;
        continue;
      }
      const quote = text[i] ?? '"';
      const triple = kind === 'python' && text.startsWith(quote.repeat(3), i);
      const end = triple ? closeTriple(text, i, quote) : skipQuoted(text, i, quote);
      const body = text.slice(i + (triple ? 3 : 1), end - (triple ? 3 : 1));
      const type: RegionType = kind === 'python' && looksLikeSql(body) ? 'sql-string' : kind === 'sql' ? 'string' : 'string';
      a.regions.push({ start: i, end, type });
      i = end;
      continue;
    }
    i++;
  }
}

/** ini: whole-line `#` / `;` comments and `[section]` headers; values are not strings. */
function scanIni(a: DocumentAnalysis) {
  for (const m of a.text.matchAll(/^[ \t]*(?:([#;]).*|\[([^\]\n]+)\].*)$/gm)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    if (m[1]) a.regions.push({ start, end: (m.index ?? 0) + m[0].length, type: 'comment' });
    else a.sections.push({ start, name: (m[2] ?? '').trim().toLowerCase() });
  }
}

/** The `[section]` an offset of an ini file is in ('' before the first header). */
export function sectionAt(a: DocumentAnalysis, offset: number): string {
  let name = '';
  for (const s of a.sections) {
    if (s.start > offset) break;
    name = s.name;
  }
  return name;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function skipQuoted(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === quote) return i + 1;
    else if (ch === '\n') return i; // unterminated: stop at the line's end
  }
  return text.length;
}

function closeTriple(text: string, start: number, quote: string): number {
  const delimiter = quote.repeat(3);
  for (let i = start + 3; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(delimiter, i)) return i + 3;
  }
  return text.length;
}

function scanPythonNames(a: DocumentAnalysis) {
  const code = blankRegions(a);
  // `imports: [tasks]` in a term matches `from .tasks import …` and `import shop.tasks` too:
  // every prefix of a module path and its last part count as imported.
  const addModule = (qualified: string) => {
    const parts = qualified.replace(/^\.+/, '').split('.').filter(Boolean);
    for (let k = 1; k <= parts.length; k++) a.modules.add(parts.slice(0, k).join('.'));
    if (parts.length > 1) a.modules.add(parts[parts.length - 1] as string);
  };
  for (const m of code.matchAll(/^[ \t]*import[ \t]+([^\n#;]+)/gm)) {
    for (const item of (m[1] ?? '').split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (!name) continue;
      addModule(name);
      if (alias) a.imports.set(alias.trim(), name);
      else a.imports.set(name.split('.')[0] ?? name, name.split('.')[0] ?? name);
    }
  }
  for (const m of code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm)) {
    const module = m[1] ?? '';
    addModule(module);
    for (const item of (m[2] ?? '').replace(/[()\\\n]/g, ' ').split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (!name || name === '*') continue;
      a.imports.set((alias ?? name).trim(), `${module}.${name}`);
      addModule(`${module}.${name}`);
    }
  }
  for (const m of code.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=(?!=)/gm)) a.locals.add(m[1] ?? '');
  for (const m of code.matchAll(/\b(?:def|class)[ \t]+([A-Za-z_]\w*)/g)) a.locals.add(m[1] ?? '');
  for (const m of code.matchAll(/\bfor[ \t]+([A-Za-z_]\w*)[ \t]+in\b/g)) a.locals.add(m[1] ?? '');
  for (const m of code.matchAll(/\bas[ \t]+([A-Za-z_]\w*)[ \t]*:/g)) a.locals.add(m[1] ?? '');
  for (const m of code.matchAll(/\bdef[ \t]+\w+[ \t]*\(([^)]*)\)/g)) {
    for (const param of (m[1] ?? '').split(',')) {
      const name = /^[\s*]*([A-Za-z_]\w*)/.exec(param)?.[1];
      if (name) a.locals.add(name);
    }
  }
}

/** The text with comments and strings replaced by spaces (same offsets). */
export function blankRegions(a: DocumentAnalysis): string {
  if (a.regions.length === 0) return a.text;
  let out = '';
  let last = 0;
  for (const r of a.regions) {
    out += a.text.slice(last, r.start) + a.text.slice(r.start, r.end).replace(/[^\n]/g, ' ');
    last = r.end;
  }
  return out + a.text.slice(last);
}

/** The region containing `offset`, by binary search. */
export function regionAt(a: DocumentAnalysis, offset: number): Region | undefined {
  let lo = 0;
  let hi = a.regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = a.regions[mid] as Region;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}
