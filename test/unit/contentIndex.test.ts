import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CardHistory } from '../../src/core/cardHistory';
import { ContentIndex, pickLang, resolveLanguage } from '../../src/core/content/contentIndex';
import { BUNDLE_FORMAT_VERSION, type Card } from '../../src/core/content/model';
import { readBundle } from '../../src/core/content/readBundle';
import { isActive, matchesFilter, NO_FILTER } from '../../src/core/content/topicFilter';

const card = (id: string, category: string, order: number): Card => ({
  id, category, order, title: { zh: id, en: id }, status: 'draft', seed: [], tags: [], keyPoints: { zh: [], en: [] },
  html: { zh: '', en: '' }, text: { zh: '', en: '' }, quiz: [], terms: [], sources: [], related: [], file: `${id}.md`,
});
const bundle = {
  formatVersion: BUNDLE_FORMAT_VERSION as typeof BUNDLE_FORMAT_VERSION, builtAt: '',
  categories: [{ id: 'a', title: { zh: 'A', en: 'A' }, icon: 'x', order: 1 }, { id: 'b', title: { zh: 'B', en: 'B' }, icon: 'x', order: 2 }],
  cards: [card('a1', 'a', 1), card('a2', 'a', 2), card('a3', 'a', 3), card('b1', 'b', 1)],
};

describe('ContentIndex', () => {
  const index = new ContentIndex(bundle);
  it('finds neighbours within a category only', () => {
    assert.deepEqual(index.neighbours('a2').previous?.id, 'a1');
    assert.deepEqual(index.neighbours('a2').next?.id, 'a3');
    assert.equal(index.neighbours('a3').next, undefined);
    assert.equal(index.neighbours('b1').previous, undefined);
    assert.deepEqual({ i: index.neighbours('a3').index, t: index.neighbours('a3').total }, { i: 3, t: 3 });
  });
  it('groups cards by category', () => {
    assert.deepEqual(index.cardsIn('a').map((c) => c.id), ['a1', 'a2', 'a3']);
    assert.deepEqual(index.cardsIn('zzz'), []);
  });
});

describe('language', () => {
  it('follows the display language for auto and honours explicit settings', () => {
    assert.equal(resolveLanguage('auto', 'zh-cn'), 'zh');
    assert.equal(resolveLanguage('auto', 'zh-tw'), 'zh');
    assert.equal(resolveLanguage('auto', 'de'), 'en');
    assert.equal(resolveLanguage('en', 'zh-cn'), 'en');
    assert.equal(resolveLanguage('klingon', 'zh-cn'), 'zh');
  });
  it('falls back to the other language when one is empty', () => {
    assert.equal(pickLang({ zh: '', en: 'x' }, 'zh'), 'x');
    assert.equal(pickLang({ zh: 'y', en: 'x' }, 'zh'), 'y');
  });
});

describe('readBundle', () => {
  it('rejects invalid JSON and other formats with a message naming the file', () => {
    assert.throws(() => readBundle('{', 'dist/content.json'), /dist\/content\.json: not valid JSON/);
    assert.throws(() => readBundle('{"formatVersion":0}', 'dist/content.json'), /format 0 is not 1/);
    assert.equal(readBundle(JSON.stringify(bundle), 'x').cards.length, 4);
  });
});

describe('CardHistory', () => {
  it('works like browser history', () => {
    const h = new CardHistory();
    h.visit('a'); h.visit('b'); h.visit('b'); h.visit('c');
    assert.equal(h.back(), 'b');
    assert.equal(h.back(), 'a');
    assert.equal(h.canGoBack, false);
    assert.equal(h.forward(), 'b');
    h.visit('d');
    assert.equal(h.canGoForward, false);
    assert.equal(h.back(), 'b');
  });
});

describe('topic filter', () => {
  it('ORs values within a dimension and ANDs dimensions', () => {
    const c = { ...card('a1', 'a', 1), tags: ['io', 'tcp'] };
    assert.equal(isActive(NO_FILTER), false);
    assert.equal(matchesFilter(c, NO_FILTER), true);
    assert.equal(matchesFilter(c, { categories: ['a', 'b'], tags: [], statuses: [], review: [] }), true);
    assert.equal(matchesFilter(c, { categories: ['b'], tags: [], statuses: [], review: [] }), false);
    assert.equal(matchesFilter(c, { categories: ['a'], tags: ['tcp', 'x'], statuses: ['draft'], review: [] }), true);
    assert.equal(matchesFilter(c, { categories: ['a'], tags: ['tcp'], statuses: ['complete'], review: [] }), false);
    const review = (states: string[]) => () => new Set(states) as ReadonlySet<'due' | 'new' | 'mastered'>;
    assert.equal(matchesFilter(c, { ...NO_FILTER, review: ['due', 'mastered'] }, review(['mastered'])), true);
    assert.equal(matchesFilter(c, { ...NO_FILTER, review: ['due'] }, review(['new'])), false);
    assert.equal(matchesFilter(c, { ...NO_FILTER, review: ['due'] }), false, 'no quiz, no review match');
  });
});
