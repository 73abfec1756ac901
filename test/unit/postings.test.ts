// The compact search index (src/core/search/postings.ts): its encoding round-trips, a loaded
// index answers exactly as a freshly built one, and BM25 ranks the way the card author expects.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Card } from '../../src/core/content/model';
import { compileContent } from '../../src/core/content/compile';
import { buildPostings, fromBase64, Postings, toBase64 } from '../../src/core/search/postings';
import { CardSearch } from '../../src/core/search/searchIndex';
import { readContentTree } from '../../scripts/lib/contentFiles';

const card = (id: string, title: string, body: string): Card => ({
  id, category: 'x', order: 1, title: { zh: title, en: title }, status: 'draft', seed: [], tags: [], keyPoints: { zh: [], en: [] },
  html: { zh: '', en: '' }, text: { zh: body, en: body }, quiz: [], terms: [], sources: [], related: [], file: '',
});

describe('search postings', () => {
  it('base64 round-trips any bytes (no Buffer: it runs in the web extension host too)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64(bytes);
        assert.equal(text, Buffer.from(bytes).toString('base64'));
        assert.deepEqual(fromBase64(text), bytes);
      }),
      { numRuns: 500, seed: 20261206 },
    );
  });

  it('a loaded index answers exactly like the one it was serialized from', () => {
    const { bundle } = compileContent(readContentTree());
    const built = CardSearch.build(bundle.cards);
    const loaded = CardSearch.load(JSON.parse(JSON.stringify(built.serialize())));
    for (const query of ['惊群', 'thundering herd', 'select_related', 'epol', 'isolaton', '事务隔离级别', 'GIL', 'csrf token ajax']) {
      assert.deepEqual(loaded.search(query), built.search(query), query);
      assert.ok(built.search(query).length > 0, `${query} finds something`);
    }
    assert.ok(loaded.matches(bundle.cards.map((c) => c.id)));
    assert.ok(!loaded.matches(bundle.cards.map((c) => c.id).reverse()));
  });

  it('ranks a title match over a body mention, and all query words over one word repeated', () => {
    const search = CardSearch.build([
      card('mentions', 'Sockets', 'the herd herd herd herd of processes'),
      card('about', 'Thundering herd', 'many processes wake up'),
      card('both-in-body', 'Wakeups', 'a thundering herd problem'),
    ]);
    assert.deepEqual(search.search('thundering herd').map((h) => h.id), ['about', 'both-in-body', 'mentions']);
    assert.deepEqual(search.search('herd')[0]?.id, 'about');
    // The matched terms drive the snippet: only those really in the card.
    assert.deepEqual(search.search('thundering herd').find((h) => h.id === 'mentions')?.terms, ['herd']);
  });

  it('finds words being typed (prefix) and words with one typo, but not a different Chinese bigram', () => {
    const search = CardSearch.build([card('herd', 'Thundering herd', '惊群效应'), card('other', 'Isolation', '隔离级别')]);
    assert.equal(search.search('thund')[0]?.id, 'herd');
    assert.equal(search.search('thundring')[0]?.id, 'herd');
    assert.equal(search.search('isolaton')[0]?.id, 'other');
    assert.deepEqual(search.search('惊鸟'), []);
  });

  it('rejects a damaged or foreign index with a clear message', () => {
    const good = buildPostings(['a'], [[['x']]], [{ name: 'title', boost: 1 }]);
    assert.throws(() => new Postings({ ...good, format: 'minisearch' as never }), /unknown search index format minisearch/);
    assert.throws(() => new Postings({ ...good, vocabulary: 'x\ny' }), /offsets do not match the vocabulary/);
  });
});
