// Property test: whatever text a card file holds, the compiler returns (never throws) and
// every problem it reports is located in that file.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileContent } from '../../src/core/content/compile';

const deck = { category: { id: 'deck-fuzz', title: { zh: 'f', en: 'f' }, icon: 'library', order: 1 }, externalIds: new Set<string>() };
const FRAGMENTS = ['---', 'id: a-b', 'id: [', 'title: { zh: x, en: y }', 'title:', '  zh: 中', 'status: complete', 'status: draft', 'order: -1', 'order: 3',
  'category: x', 'quiz:', '  - kind: cloze', '    text: { zh: "{{a}}", en: b }', 'terms:', '  - term: epoll_wait', '    languages: [c, klingon]',
  'related: [nope]', '<!-- lang: zh -->', '<!-- lang: en -->', '<!-- lang: xx -->', '```python run', '```', '&a [1]', '*a', '# h', '[l](card:nope)',
  '![d](diagram:none)', '\t', '', ':', '- - -', '"unterminated', '{{', 'é\u0000\uFFFF'];

const document = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((lines) => lines.join('\n')),
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 20 }).map((lines) => `---\n${lines.join('\n')}\n---\n<!-- lang: en -->\nbody`),
);

describe('compiler fuzzing', () => {
  it('never throws, and locates every problem in the file it came from', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 3 }), (texts) => {
        const cards = texts.map((text, i) => ({ file: `fuzz/${i}.md`, text }));
        const { problems, bundle } = compileContent({ cards, deck });
        for (const p of problems) {
          assert.ok(cards.some((c) => c.file === p.file), p.file);
          assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= cards[Number(p.file.slice(5, -3))]!.text.split('\n').length + 1, `${p.file}:${p.line}`);
          assert.ok(p.message.length > 0);
        }
        assert.ok(bundle.cards.length <= cards.length);
      }),
      { numRuns: 2000, seed: 20261124 },
    );
  });
});
