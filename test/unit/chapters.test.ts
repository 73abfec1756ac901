// Chapters whose content issue is done: every seed row maps to a card, and every card of
// the chapter is complete in both languages. Add a chapter here when it is finished.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContent } from '../../src/core/content/compile';
import { readContentTree } from '../../scripts/lib/contentFiles';

const FINISHED_CHAPTERS: { name: string; rows: [number, number]; category: string; noCode?: boolean }[] = [
  { name: 'Linux & operating systems', rows: [1, 31], category: 'linux' },
  { name: 'Networking', rows: [32, 43], category: 'network' },
  { name: 'Python', rows: [66, 101], category: 'python' },
  { name: 'MySQL', rows: [44, 61], category: 'mysql' },
  { name: 'Redis', rows: [62, 65], category: 'redis' },
  { name: 'Django, WSGI servers and Celery', rows: [102, 115], category: 'django' },
  // About learning, not code: nothing in a source file for a hover to explain.
  { name: 'The behavioural question', rows: [116, 116], category: 'other', noCode: true },
];

const { bundle } = compileContent(readContentTree());

/**
 * Cards whose claims about a server's or framework's behaviour must be demonstrated by an
 * example the tests run (issues "Content III" and "Content V"): which kind of example.
 */
const DEMONSTRATED: Record<string, ('sql session' | 'redis session' | 'python run mysql' | 'python run redis' | 'python run')[]> = {
  'mysql-isolation-levels': ['sql session'],
  'mysql-read-anomalies': ['sql session'],
  'mysql-transactions-acid': ['sql session'],
  'mysql-deadlock': ['sql session'],
  'mysql-optimistic-pessimistic-locking': ['sql session'],
  'mysql-sql-injection': ['python run mysql'],
  'mysql-storage-engines': ['sql session'],
  'mysql-slow-query-log': ['sql session'],
  'redis-cache-avalanche-breakdown': ['redis session'],
  'redis-persistence': ['python run redis'],
  'redis-single-thread': ['redis session'],
  'django-select-related': ['python run'],
  'django-foreignkey-on-delete': ['python run'],
  'django-middleware': ['python run'],
  'django-signals': ['python run'],
  'django-ajax-csrf': ['python run'],
  'django-migration-dropped-table': ['python run'],
  'django-celery': ['python run'],
};
const cardFiles = new Map(readContentTree().cards.map((f) => [/^id:\s*(\S+)/m.exec(f.text)?.[1], f.text]));

describe('demonstrated claims', () => {
  for (const [id, kinds] of Object.entries(DEMONSTRATED)) {
    it(`${id} carries ${kinds.join(', ')} examples in both languages (run by snippets.test.ts)`, () => {
      const text = cardFiles.get(id);
      assert.ok(text, `no card ${id}`);
      const [zh = '', en = ''] = text.split(/<!--\s*lang:\s*en\s*-->/);
      for (const kind of kinds) {
        const fence = new RegExp('```' + kind.replace(/ /g, ' +') + '\\b');
        assert.ok(fence.test(zh) && fence.test(en), `${id}: a \`\`\`${kind} block in both the zh and en sections`);
      }
    });
  }
});

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
        assert.ok(card.quiz.length >= 3 && card.sources.length >= 1, `${card.id} has quiz and sources`);
        assert.ok(chapter.noCode || card.terms.length >= 1, `${card.id} has hover terms`);
      }
      for (const card of bundle.cards.filter((c) => c.category === chapter.category)) assert.equal(card.status, 'complete', card.id);
    });
  }
});
