// Every runnable example in content/ runs here: `python run` blocks with the machine's
// python3, `c compile` / `c run` blocks with gcc -Wall -Werror. Output is compared with
// the card's `output` block. See src/core/content/snippets.ts for the convention.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LANGS } from '../../src/core/content/model';
import { parseCard } from '../../src/core/content/parseCard';
import { extractSnippets, type Snippet } from '../../src/core/content/snippets';
import { readContentTree } from '../../scripts/lib/contentFiles';

const scratch = mkdtempSync(join(tmpdir(), 'backend-cards-snippets-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** stdout, plus the last stderr line when the program failed (the exception it raised). */
function observed(result: ReturnType<typeof spawnSync>): string {
  const stdout = String(result.stdout ?? '');
  if (result.status === 0) return stdout.trimEnd();
  const last = String(result.stderr ?? '').trimEnd().split('\n').pop() ?? '';
  return `${stdout}${last}`.trimEnd();
}

function run(snippet: Snippet, name: string): ReturnType<typeof spawnSync> {
  const opts = { encoding: 'utf8' as const, timeout: 20_000, cwd: scratch, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } };
  if (snippet.language === 'python') return spawnSync('python3', ['-c', snippet.code], opts);
  if (snippet.language === 'c') {
    const source = join(scratch, `${name}.c`);
    const binary = join(scratch, name);
    writeFileSync(source, snippet.code);
    const cc = spawnSync('gcc', ['-std=c11', '-D_GNU_SOURCE', '-Wall', '-Wextra', '-Werror', '-O1', '-o', binary, source, '-lpthread'], opts);
    if (cc.status !== 0 || snippet.mode === 'compile') return cc;
    return spawnSync(binary, [], opts);
  }
  throw new Error(`no runner for ${snippet.language}`);
}

const seen = new Set<string>();
const cases: { title: string; snippet: Snippet; name: string }[] = [];
for (const file of readContentTree().cards) {
  const card = parseCard(file.file, file.text);
  for (const lang of LANGS) {
    for (const snippet of extractSnippets(card.bodies[lang], lang)) {
      const key = `${snippet.language}\0${snippet.code}\0${snippet.expected ?? ''}`;
      if (seen.has(key)) continue; // the zh and en sections usually share their code
      seen.add(key);
      const name = `snippet${cases.length}`;
      cases.push({ title: `${file.file} (${lang} body, line ${snippet.line}): ${snippet.language} ${snippet.mode}`, snippet, name });
    }
  }
}

describe('runnable examples in content/', () => {
  it('the snippet extractor finds run blocks and their output', () => {
    const found = extractSnippets('text\n\n```python run\nprint(1)\n```\n\n```output\n1\n```\n\n```python\nnot run\n```\n', 'en');
    assert.deepEqual(found, [{ lang: 'en', language: 'python', mode: 'run', code: 'print(1)', line: 3, expected: '1' }]);
  });

  for (const { title, snippet, name } of cases) {
    it(title, () => {
      const result = run(snippet, name);
      if (snippet.mode === 'compile') {
        assert.equal(result.status, 0, String(result.stderr));
        return;
      }
      assert.ok(result.error === undefined, String(result.error));
      if (snippet.expected === undefined) assert.equal(result.status, 0, String(result.stderr));
      else assert.equal(observed(result), snippet.expected.trimEnd());
    });
  }
});
