// Every message passed to vscode.l10n.t in src/ (string literals only, as the l10n tools require).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CALL = /l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/gs;

export function l10nKeys(srcDir) {
  const keys = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(CALL)) keys.add(m[2].replace(/\\(['"\\])/g, '$1'));
      }
    }
  };
  walk(srcDir);
  return [...keys].sort();
}
