// Finds the hover term at a position, with the context rules documented in
// content/README.md ("Hover terms: how they match"). Pure and allocation-light: a lookup
// reads the line around the offset and the precomputed DocumentAnalysis.
import { regionAt, sectionAt, type DocumentAnalysis } from './analyze';
import type { Pattern, TermEntry, TermIndex } from './termIndex';

export interface TermMatch {
  entry: TermEntry;
  /** Other cards' entries for the same text (a term several cards teach), best first. */
  others?: TermEntry[];
  /** The matched text's offsets in the document. */
  start: number;
  end: number;
}

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** Words of shell and config files also contain '-' and '.' (io-threads, net.core.somaxconn). */
const isConfigWordChar = (code: number) => isWordChar(code) || code === 45 || code === 46;

function expand(text: string, offset: number, test: (code: number) => boolean): [number, number] | undefined {
  if (!test(text.charCodeAt(offset))) return undefined;
  let start = offset;
  let end = offset + 1;
  while (start > 0 && test(text.charCodeAt(start - 1))) start--;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return [start, end];
}

/** Python built-ins a term may name without any import (they are what they are everywhere). */
const PY_BUILTINS = new Set([
  'NotImplemented', 'Ellipsis', 'StopIteration', 'StopAsyncIteration', 'GeneratorExit', 'RecursionError', 'IndexError', 'KeyError',
  'TypeError', 'ValueError', 'AttributeError', 'NameError', 'UnboundLocalError', 'ZeroDivisionError', 'OSError', 'BlockingIOError',
  'ConnectionResetError', 'TimeoutError', 'MemoryError', 'UnicodeEncodeError', 'UnicodeDecodeError',
  'getattr', 'setattr', 'hasattr', 'delattr', 'isinstance', 'issubclass', 'sorted', 'reversed', 'enumerate', 'zip', 'super',
  'classmethod', 'staticmethod', 'property', 'frozenset', 'memoryview', 'bytearray', 'vars', 'globals', 'locals', 'callable',
]);

/**
 * Top-level modules of Python's standard library that terms name. `json.dumps` means the
 * stdlib function, not `kombu.utils.json.dumps`: for these, a dotted term must match from
 * its first segment. Third-party paths (`models.CASCADE` ⇐ `django.db.models.CASCADE`) may
 * match as a suffix.
 */
const PY_STDLIB_ROOTS = new Set([
  'abc', 'array', 'asyncio', 'bisect', 'collections', 'concurrent', 'contextlib', 'copy', 'dataclasses', 'email', 'errno', 'fcntl',
  'functools', 'gc', 'hashlib', 'heapq', 'http', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'logging', 'mmap', 'multiprocessing',
  'operator', 'os', 'pickle', 'queue', 're', 'resource', 'secrets', 'select', 'selectors', 'signal', 'socket', 'socketserver', 'ssl',
  'string', 'struct', 'subprocess', 'sys', 'threading', 'time', 'tracemalloc', 'typing', 'urllib', 'uuid', 'weakref', 'wsgiref', 'xmlrpc',
]);
const anchoredAtRoot = (pattern: string) => PY_STDLIB_ROOTS.has(pattern.slice(0, pattern.indexOf('.')));

/** Distinctive enough to count on its own: `select_related`, `__new__`, `b64encode`. */
const distinctive = (text: string) => text.includes('_') || /\d/.test(text);
/** In comments and strings only unmistakable names count: `epoll_wait`, `sys.setrecursionlimit`, `EPOLLIN`. */
const proseSafe = (text: string) => distinctive(text) || text.includes('.') || (/^[A-Z0-9]+$/.test(text) && text.length >= 6);

/**
 * `imports` means what a file imports in Python (modules) and C (headers). In ini files it names
 * sections and in shell the program on the line (matchIniKey, matchConfigWord); SQL, nginx and
 * redis.conf have nothing like it, so there it never stops a term (`innodb_lock_wait_timeout`
 * restricted to `[mysqld]` in my.cnf still matches in an .sql file).
 */
const importsOk = (entry: TermEntry, a: DocumentAnalysis) =>
  entry.imports.length === 0 || (a.kind !== 'python' && a.kind !== 'c') || entry.imports.some((m) => a.modules.has(m));
const forKind = (patterns: Pattern[] | undefined, a: DocumentAnalysis) => (patterns ?? []).filter((p) => p.entry.kinds.includes(a.kind));

export function termAt(index: TermIndex, a: DocumentAnalysis, offset: number): TermMatch | undefined {
  if (offset < 0 || offset >= a.text.length) return undefined;
  const region = regionAt(a, offset);
  const matches: TermMatch[] = [];
  const inSql = (a.kind === 'sql' && region === undefined) || region?.type === 'sql-string';
  if (inSql) matchPhrases(index, a, offset, region ? [region.start, region.end] : undefined, matches);
  if (region?.type !== 'sql-string') {
    const inProse = region !== undefined; // a comment, docstring or ordinary string
    switch (a.kind) {
      case 'python':
        matchPython(index, a, offset, inProse, matches);
        break;
      case 'c':
        matchC(index, a, offset, inProse, matches);
        break;
      case 'shell':
      case 'nginx':
      case 'redis':
        if (!inProse) matchConfigWord(index, a, offset, matches);
        break;
      case 'ini':
        if (!inProse) matchIniKey(index, a, offset, matches);
        break;
      case 'javascript':
      case 'dockerfile':
      case 'yaml':
        if (region?.type !== 'comment') matchToken(index, a, offset, matches);
        break;
      case 'sql':
        break;
    }
  }
  let best: TermMatch | undefined;
  for (const m of matches) if (!best || m.end - m.start > best.end - best.start) best = m;
  if (!best) return undefined;
  const span = best;
  const others = [...new Set(matches.filter((m) => m.start === span.start && m.end === span.end && m.entry !== span.entry).map((m) => m.entry))];
  return others.length ? { ...best, others } : best;
}

function matchPython(index: TermIndex, a: DocumentAnalysis, offset: number, inProse: boolean, out: TermMatch[]) {
  const { text } = a;
  const word = expand(text, offset, isWordChar);
  if (!word) return;
  // Walk left over `.segment` pieces: `Model.objects.select_related` with the cursor on the last.
  const starts = [word[0]];
  let cursor = word[0];
  while (cursor > 1 && text.charCodeAt(cursor - 1) === 46 && isWordChar(text.charCodeAt(cursor - 2))) {
    let s = cursor - 2;
    while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
    starts.unshift(s);
    cursor = s;
  }
  const end = word[1];
  const segments = starts.map((s, i) => text.slice(s, i + 1 < starts.length ? (starts[i + 1] as number) - 1 : end));
  const last = segments[segments.length - 1] as string;
  if (/^\d/.test(segments[0] ?? '')) return;
  const head = segments[0] as string;
  const resolved = inProse ? undefined : a.imports.has(head) ? [a.imports.get(head), ...segments.slice(1)].join('.') : undefined;

  // Django model options: `indexes = [...]` inside `class Meta:` is `Meta.indexes`.
  const metaOption = !inProse && segments.length === 1 && assignedAt(text, end) && enclosingClass(text, word[0]) === 'Meta';
  for (const p of forKind(index.dottedByLast.get(last), a)) {
    if (!importsOk(p.entry, a)) continue;
    if (metaOption && p.text === `Meta.${last}`) out.push({ entry: p.entry, start: word[0], end });
    const anchored = anchoredAtRoot(p.text);
    for (let j = 0; j < segments.length - 1; j++) {
      if (anchored && j > 0) break;
      if (segments.slice(j).join('.') === p.text) out.push({ entry: p.entry, start: starts[j] as number, end });
    }
    if (resolved && (resolved === p.text || (!anchored && resolved.endsWith(`.${p.text}`)))) out.push({ entry: p.entry, start: starts[0] as number, end });
  }
  for (const p of forKind(index.exact.get(last), a)) {
    if (!importsOk(p.entry, a)) continue;
    if (inProse) {
      if (proseSafe(p.text)) out.push({ entry: p.entry, start: word[0], end });
      continue;
    }
    if (pythonNameCounts(p, segments, resolved, a, text, end)) out.push({ entry: p.entry, start: word[0], end });
  }
}

/** Whether `= value` (not `==`) follows a name ending at `end`: an assignment or keyword argument. */
const assignedAt = (text: string, end: number) => /^\s*=[^=]/.test(text.slice(end, end + 3));

/** The name of the class whose body holds `offset` (by indentation), if any. */
function enclosingClass(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = offset - lineStart;
  if (indent === 0 || text.slice(lineStart, offset).trim() !== '') return undefined;
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const lineIndent = line.length - line.trimStart().length;
    if (lineIndent >= indent) continue;
    return /^\s*class\s+(\w+)/.exec(line)?.[1];
  }
  return undefined;
}

/**
 * Whether a plain name in Python code is the term. Distinctive names (`select_related`) always
 * are. A common word (`select`, `delay`) or a class-like name (`Queue`, `Lock`) is only when the
 * code makes it so: it resolves through an import to that name, it is a built-in used as one,
 * or it is an attribute in a file importing the term's library (`task.delay(` + celery).
 */
function pythonNameCounts(p: Pattern, segments: string[], resolved: string | undefined, a: DocumentAnalysis, text: string, end: number): boolean {
  if (distinctive(p.text)) return true;
  // `qs.filter(x=1).only("a")`: an attribute of a call's result is not a bare name either.
  const bare = segments.length === 1 && text[end - (segments[0]?.length ?? 0) - 1] !== '.';
  if (bare && resolved !== undefined && !a.locals.has(p.text)) {
    // Imported under this name: a common word must be the module itself (`import select`),
    // a class-like name may come from anywhere (`from django.http import HttpResponse`).
    if (resolved === p.text || [p.entry.term, ...p.entry.aliases].includes(resolved)) return true;
    if (/^[A-Z]/.test(p.text) && resolved.endsWith(`.${p.text}`)) return true;
  }
  if (bare && PY_BUILTINS.has(p.text) && !a.locals.has(p.text) && !a.imports.has(p.text)) {
    return /^[A-Z]/.test(p.text) || /^\s*\(/.test(text.slice(end, end + 3));
  }
  if (!bare && p.entry.imports.length > 0) {
    // `r.set(…)` in a file importing redis is redis-py's; `os.unlink(…)` there is still os's.
    const owner = a.imports.get(segments[0] as string);
    return owner === undefined || a.locals.has(segments[0] as string) || p.entry.imports.some((m) => owner === m || owner.startsWith(`${m}.`));
  }
  const lineStart = text.lastIndexOf('\n', end - p.text.length - 1) + 1;
  const before = text.slice(lineStart, end - p.text.length);
  // Overriding the library's hook in a file that imports it: `def dispatch(self, …)` in a View.
  // Only for the term itself: an alias such as `execute` (for cursor.execute) is too generic.
  if (bare && p.entry.imports.length > 0 && p.text === p.entry.term && /^\s*(async\s+)?def\s+$/.test(before)) return true;
  // A keyword argument of the library's call: `add.apply_async(args, countdown=60)`.
  if (bare && p.entry.imports.length > 0 && assignedAt(text, end)) {
    let k = end - p.text.length - 1;
    while (k >= 0 && /\s/.test(text[k] ?? '')) k--;
    if (text[k] === '(' || text[k] === ',') return true;
  }
  // A settings module assigning the setting: `MIDDLEWARE = [` at the start of a line.
  if (bare && /^[A-Z][A-Z0-9]{5,}$/.test(p.text) && before === '' && /^\s*\+?=[^=]/.test(text.slice(end, end + 4))) return true;
  // Constants read as attributes: request.META, select.EPOLLIN.
  return !bare && /^[A-Z][A-Z0-9]{3,}$/.test(p.text);
}

function matchC(index: TermIndex, a: DocumentAnalysis, offset: number, inProse: boolean, out: TermMatch[]) {
  const { text } = a;
  const word = expand(text, offset, isWordChar);
  if (!word) return;
  const [start, end] = word;
  const name = text.slice(start, end);
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  const isMember = text[before] === '.' || (text[before] === '>' && text[before - 1] === '-');
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  const isCall = text[after] === '(';
  for (const p of forKind(index.exact.get(name), a)) {
    if (!importsOk(p.entry, a)) continue;
    if (p.ambiguous && (inProse || isMember || !isCall)) continue;
    if (isMember) continue; // `ev.events`, `ops->read`: a struct member, not the syscall
    out.push({ entry: p.entry, start, end });
  }
}

/** Shell: commands at command position; nginx: directives and their parameters; redis: directives. */
function matchConfigWord(index: TermIndex, a: DocumentAnalysis, offset: number, out: TermMatch[]) {
  const { text } = a;
  const word = expand(text, offset, isConfigWordChar);
  if (!word) return;
  const [start, end] = word;
  const name = text.slice(start, end).replace(/[.-]+$/, '');
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  for (const p of forKind(index.exact.get(name), a)) {
    if (a.kind === 'shell' && (name.startsWith('-') || p.entry.imports.length > 0)) {
      // A flag (`--workers`) or subcommand (`migrate`) means something only to its program:
      // `imports` names the words (`gunicorn`, `manage.py`) that must come before it on the line.
      if (p.entry.imports.length > 0 && commandWordsBefore(prefix).some((w) => p.entry.imports.includes(w))) out.push({ entry: p.entry, start, end: start + name.length });
      continue;
    }
    if (!importsOk(p.entry, a)) continue;
    let ok: boolean;
    if (a.kind === 'redis') ok = prefix.trim() === '';
    else if (a.kind === 'nginx') ok = true; // nginx vocabulary is specific: directives and flags like `reuseport`
    else ok = name.includes('.') || isCommandPosition(prefix);
    if (ok) out.push({ entry: p.entry, start, end: start + name.length });
  }
}

/**
 * JavaScript/TypeScript, Dockerfiles, YAML: only terms that name these languages apply (a
 * header name, a cookie name, an environment variable), so a whole token in code or in a
 * string is the term — `"X-CSRFToken"`, `getCookie("csrftoken")`, `ENV DJANGO_SETTINGS_MODULE=…`.
 */
function matchToken(index: TermIndex, a: DocumentAnalysis, offset: number, out: TermMatch[]) {
  const { text } = a;
  const word = expand(text, offset, isConfigWordChar);
  if (!word) return;
  const [start] = word;
  const name = text.slice(start, word[1]).replace(/[.-]+$/, '');
  for (const p of forKind(index.exact.get(name), a)) out.push({ entry: p.entry, start, end: start + name.length });
}

/** The text of the shell command the prefix ends in (after the last `|`, `&&`, `;`, `$(`…). */
function currentCommand(prefix: string): string {
  return prefix.split(/\|\||&&|[|;`(]|\$\(/).pop() ?? '';
}

/** The words of the current shell command before a flag, program paths reduced to their name. */
function commandWordsBefore(prefix: string): string[] {
  return currentCommand(prefix).split(/\s+/).filter(Boolean).map((w) => w.replace(/^.*\//, ''));
}

/**
 * ini (my.cnf, uwsgi.ini): a key at the start of a `key = value` or bare `key` line. A term
 * with `imports` counts only inside those `[sections]`, which is what keeps common words
 * (`processes`, `socket`, `master`) to the files where they are uWSGI's or mysqld's.
 */
function matchIniKey(index: TermIndex, a: DocumentAnalysis, offset: number, out: TermMatch[]) {
  const { text } = a;
  const word = expand(text, offset, isConfigWordChar);
  if (!word) return;
  const [start, end] = word;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return;
  if (!/^[ \t]*(=|$|\r?\n)/.test(text.slice(end, end + 64))) return;
  const name = text.slice(start, end);
  const section = sectionAt(a, start);
  for (const p of forKind(index.exact.get(name), a)) {
    if (p.entry.imports.length > 0 && !p.entry.imports.includes(section)) continue;
    out.push({ entry: p.entry, start, end });
  }
}

function isCommandPosition(prefix: string): boolean {
  return /^\s*((sudo|time|watch|nohup|exec|env|xargs)(\s+-\S+)*\s+)*$/.test(currentCommand(prefix));
}

const phraseRegex = new WeakMap<Pattern, RegExp>();

function matchPhrases(index: TermIndex, a: DocumentAnalysis, offset: number, bounds: [number, number] | undefined, out: TermMatch[]) {
  const { text } = a;
  const word = expand(text, offset, isWordChar);
  if (!word) return;
  const candidates = index.phrasesByWord.get(text.slice(word[0], word[1]).toLowerCase());
  if (!candidates) return;
  const lo = Math.max(bounds?.[0] ?? 0, text.lastIndexOf('\n', word[0] - 1) + 1);
  const nl = text.indexOf('\n', word[1]);
  const hi = Math.min(bounds?.[1] ?? text.length, nl < 0 ? text.length : nl);
  const window = text.slice(lo, hi);
  for (const p of candidates) {
    if (!p.entry.kinds.includes('sql') || !importsOk(p.entry, a)) continue;
    let re = phraseRegex.get(p);
    if (!re) {
      const words = p.text.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      // `t.update` is a column, not UPDATE; but a distinctive name may be schema-qualified
      // (`information_schema.INNODB_TRX`).
      const qualifiable = words.length === 1 && distinctive(p.text);
      re = new RegExp(`(?<![\\w${qualifiable ? '' : '.'}])${words.join('\\s+')}(?![\\w])`, 'gi');
      phraseRegex.set(p, re);
    }
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = lo + m.index;
      const end = start + m[0].length;
      if (start <= offset && offset < end) out.push({ entry: p.entry, start, end });
      if (start > offset) break;
    }
  }
}

/** Every term in the document, in order of first appearance ("Cards for this file"). */
export function scanDocument(index: TermIndex, a: DocumentAnalysis): { match: TermMatch; count: number }[] {
  const found = new Map<TermEntry, { match: TermMatch; count: number }>();
  const configLike = a.kind !== 'python' && a.kind !== 'c' && a.kind !== 'sql';
  // Shell flags keep their dashes (`--workers`): they are looked up with them.
  const wordRe = configLike ? /-{0,2}[A-Za-z_][\w.-]*/g : /[A-Za-z_]\w*/g;
  for (let m = wordRe.exec(a.text); m; m = wordRe.exec(a.text)) {
    const word = m[0];
    // Cheap reject: most words name no term at all.
    if (!index.exact.has(word) && !index.dottedByLast.has(word) && !index.phrasesByWord.has(word.toLowerCase()) && !index.exact.has(word.replace(/[.-]+$/, ''))) continue;
    const match = termAt(index, a, m.index);
    if (!match) continue;
    const seen = found.get(match.entry);
    if (seen) seen.count++;
    else found.set(match.entry, { match, count: 1 });
    if (match.end > wordRe.lastIndex) wordRe.lastIndex = match.end;
  }
  return [...found.values()];
}
