// npm run l10n:check — lists messages in src/ that the bundles lack (or no longer use).
// English entries are the messages themselves; Chinese ones must be written by a person.
import { readFileSync } from 'node:fs';
import { l10nKeys } from './lib/l10nKeys.mjs';

const keys = l10nKeys('src');
let problems = 0;
for (const file of ['l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json']) {
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  const report = (what, key) => {
    console.log(`${file}: ${what} ${JSON.stringify(key)}`);
    problems++;
  };
  for (const k of keys) if (!(k in bundle)) report('missing', k);
  for (const k of Object.keys(bundle)) if (!keys.includes(k)) report('unused', k);
}
process.exit(problems ? 1 : 0);
