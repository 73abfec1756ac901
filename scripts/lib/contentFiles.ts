// Reads content/ and media/diagrams from disk for the compiler (build script, tests, benchmarks).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CompileInput, SourceFile } from '../../src/core/content/compile';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function readContentTree(root = repoRoot): CompileInput {
  const contentDir = join(root, 'content');
  const diagramsDir = join(root, 'media', 'diagrams');
  const read = (path: string): SourceFile => ({ file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
  const cards: SourceFile[] = [];
  for (const entry of readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(contentDir, entry.name)).sort()) {
      if (file.endsWith('.md')) cards.push(read(join(contentDir, entry.name, file)));
    }
  }
  const diagrams = new Map<string, string>();
  if (existsSync(diagramsDir)) {
    for (const file of readdirSync(diagramsDir)) {
      if (file.endsWith('.svg')) diagrams.set(file.slice(0, -4), readFileSync(join(diagramsDir, file), 'utf8'));
    }
  }
  return { categories: read(join(contentDir, 'categories.yaml')), cards, diagrams };
}
