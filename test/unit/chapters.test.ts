// Chapters whose content issue is done: every seed row maps to a card, and every card of
// the chapter is complete in both languages. Add a chapter here when it is finished.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContent } from '../../src/core/content/compile';
import { readContentTree } from '../../scripts/lib/contentFiles';

const FINISHED_CHAPTERS: { name: string; rows: [number, number]; category: string }[] = [
  { name: 'Linux & operating systems', rows: [1, 31], category: 'linux' },
  { name: 'Networking', rows: [32, 43], category: 'network' },
  { name: 'Python', rows: [66, 101], category: 'python' },
];

const { bundle } = compileContent(readContentTree());

describe('finished chapters', () => {
  for (const chapter of FINISHED_CHAPTERS) {
    it(`${chapter.name}: rows ${chapter.rows[0]}–${chapter.rows[1]} are all covered by complete, bilingual cards`, () => {
      for (let row = chapter.rows[0]; row <= chapter.rows[1]; row++) {
        const card = bundle.cards.find((c) => c.seed.includes(row));
        assert.ok(card, `row ${row} has no card`);
        // A row may be covered by a card of another chapter (row 41 is answered by linux-ipc).
        if (card.category !== chapter.category) continue;
        assert.equal(card.status, 'complete', `${card.id} (row ${row})`);
        assert.ok(card.html.zh.length > 500 && card.html.en.length > 500, `${card.id} has both bodies`);
        assert.ok(card.quiz.length >= 3 && card.sources.length >= 1 && card.terms.length >= 1, `${card.id} has quiz, sources and terms`);
      }
      for (const card of bundle.cards.filter((c) => c.category === chapter.category)) assert.equal(card.status, 'complete', card.id);
    });
  }
});
