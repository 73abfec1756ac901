// Which matcher applies to a document: from VS Code's language id, or from the file
// name for config files VS Code has no language for (nginx.conf, redis.conf, my.cnf).
import type { TermLanguage } from '../content/model';

export const FILE_KINDS = ['python', 'c', 'sql', 'shell', 'nginx', 'redis', 'ini', 'javascript', 'dockerfile', 'yaml'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const BY_LANGUAGE_ID: Record<string, FileKind> = {
  python: 'python',
  c: 'c',
  cpp: 'c',
  sql: 'sql',
  mysql: 'sql',
  shellscript: 'shell',
  bash: 'shell',
  nginx: 'nginx',
  redis: 'redis',
  ini: 'ini',
  javascript: 'javascript',
  typescript: 'javascript',
  javascriptreact: 'javascript',
  typescriptreact: 'javascript',
  dockerfile: 'dockerfile',
  yaml: 'yaml',
  dockercompose: 'yaml',
};

export function fileKind(languageId: string, fileName: string): FileKind | undefined {
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (/^redis.*\.conf$/.test(base) || /^sentinel.*\.conf$/.test(base)) return 'redis';
  if (/nginx.*\.conf$/.test(base) || (/\.conf$/.test(base) && /[\\/]nginx[\\/]/i.test(fileName))) return 'nginx';
  // my.cnf, mariadb.cnf, conf.d/*.cnf and uwsgi.ini: sections of `key = value` lines.
  if (/\.(cnf|ini)$/.test(base)) return 'ini';
  return BY_LANGUAGE_ID[languageId];
}

/** The file kinds a term's `languages` cover. */
export function kindsOf(languages: readonly TermLanguage[]): FileKind[] {
  const kinds = new Set<FileKind>();
  for (const l of languages) {
    const k = BY_LANGUAGE_ID[l];
    if (k) kinds.add(k);
  }
  return [...kinds];
}

/** VS Code language ids the hover registers for (plus file patterns for config files). */
export const HOVER_LANGUAGE_IDS = [
  'python', 'c', 'cpp', 'sql', 'mysql', 'shellscript', 'nginx', 'redis', 'ini',
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'dockerfile', 'yaml', 'dockercompose',
] as const;
export const HOVER_FILE_PATTERNS = ['**/*nginx*.conf', '**/nginx/**/*.conf', '**/redis*.conf', '**/sentinel*.conf', '**/*.cnf', '**/*.ini'] as const;
