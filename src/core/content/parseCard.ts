// Parses one card file (YAML front matter + per-language markdown body) without
// rendering it. Every problem is located (file, line, column, field); parsing goes on
// after a problem so an author sees all of them at once.
import type { z } from 'zod';
import { LANGS, type Lang, type Localized } from './model';
import { formatPath, type ContentProblem } from './problems';
import { frontMatterSchema, type FrontMatter } from './schema';
import { parseYaml } from './yamlLocator';

export interface ParsedCard {
  file: string;
  frontMatter?: FrontMatter;
  /** Markdown per language, trimmed; '' when the language section is absent. */
  bodies: Localized;
  /** 1-based file line of each body's first line, to locate problems found inside a body. */
  bodyLines: Record<Lang, number>;
  problems: ContentProblem[];
  /** Line of each front-matter field path, for cross-reference errors found later. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

const LANG_MARKER = /^<!--\s*lang:\s*([A-Za-z-]+)\s*-->\s*$/;

export function parseCard(file: string, source: string): ParsedCard {
  const problems: ContentProblem[] = [];
  const problem = (line: number, column: number, field: string, message: string) =>
    problems.push({ file, line, column, field, message, severity: 'error' });
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const bodies: Localized = { zh: '', en: '' };
  const bodyLines: Record<Lang, number> = { zh: 1, en: 1 };
  let locate: ParsedCard['locate'] = () => ({ line: 1, column: 1 });

  if (lines[0]?.trim() !== '---') {
    problem(1, 1, '', 'a card starts with a YAML front matter block: a line "---", the fields, and another "---"');
    return { file, bodies, bodyLines, problems, locate };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    problem(1, 1, '', 'the front matter is not closed: add a line "---" after the last field');
    return { file, bodies, bodyLines, problems, locate };
  }

  const yaml = parseYaml(lines.slice(1, end).join('\n'), 1);
  locate = yaml.locate;
  for (const e of yaml.syntaxErrors) problem(e.line, e.column, '', `YAML: ${e.message}`);

  let frontMatter: FrontMatter | undefined;
  if (yaml.value !== undefined) {
    const result = frontMatterSchema.safeParse(yaml.value ?? {});
    if (result.success) frontMatter = result.data;
    else for (const issue of result.error.issues) reportIssue(issue);
  }

  splitBodies(lines, end + 1, bodies, bodyLines, problem);
  return { file, ...(frontMatter ? { frontMatter } : {}), bodies, bodyLines, problems, locate };

  function reportIssue(issue: z.core.$ZodIssue) {
    const path = issue.path;
    // Unknown keys are reported on the key itself.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const full = key === undefined ? path : [...path, key];
      const { line, column } = yaml.locate(full);
      const missing = key === undefined && full.length > 0 && !yaml.doc.hasIn(full as unknown[]);
      const message = key !== undefined ? 'unknown field (check its spelling in content/README.md)' : missing ? 'is required' : issue.message;
      problem(line, column, formatPath(full), message);
    }
  }
}

function splitBodies(
  lines: string[],
  start: number,
  bodies: Localized,
  bodyLines: Record<Lang, number>,
  problem: (line: number, column: number, field: string, message: string) => void,
) {
  let current: Lang | undefined;
  const seen = new Set<Lang>();
  const chunks: Record<Lang, string[]> = { zh: [], en: [] };
  let inFence = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const marker = inFence ? null : LANG_MARKER.exec(line);
    if (marker) {
      const lang = marker[1]?.toLowerCase();
      if (!LANGS.includes(lang as Lang)) {
        problem(i + 1, 1, 'body', `unknown language section "${marker[1]}": use <!-- lang: zh --> or <!-- lang: en -->`);
        current = undefined;
        continue;
      }
      if (seen.has(lang as Lang)) problem(i + 1, 1, 'body', `the ${lang} section appears twice`);
      seen.add(lang as Lang);
      current = lang as Lang;
      continue;
    }
    if (current) {
      // Bodies are trimmed, so a body starts at its first non-blank line.
      if (chunks[current].length === 0 && !line.trim()) continue;
      if (chunks[current].length === 0) bodyLines[current] = i + 1;
      chunks[current].push(line);
    }
    else if (line.trim()) {
      problem(i + 1, 1, 'body', 'text before the first language section: start the body with <!-- lang: zh -->');
      // Keep going: report once, not for every line.
      current = undefined;
      for (; i + 1 < lines.length && !LANG_MARKER.test(lines[i + 1] ?? ''); i++);
    }
  }
  for (const lang of LANGS) bodies[lang] = chunks[lang].join('\n').trim();
}
