// Search relevance on the real cards: each query names the card a learner means, which
// must come back in the top 3. The set was written from the cards' topics (zh, en, code
// identifiers and typos), not tuned to the ranking.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContent } from '../../src/core/content/compile';
import { CardSearch, snippet } from '../../src/core/search/searchIndex';
import { tokenize } from '../../src/core/search/tokenize';
import { readContentTree } from '../../scripts/lib/contentFiles';

const cards = compileContent(readContentTree()).bundle.cards;
const engine = CardSearch.build(cards);

const RELEVANCE: [query: string, cardId: string][] = [
  ['惊群', 'linux-event-loop-thundering-herd'],
  ['nginx 惊群', 'linux-nginx-thundering-herd'],
  ['thundering herd', 'linux-event-loop-thundering-herd'],
  ['thundring herd', 'linux-event-loop-thundering-herd'],
  ['epoll', 'linux-epoll'],
  ['epoll_wait', 'linux-epoll'],
  ['ifconfig', 'linux-ifconfig'],
  ['进程 线程 协程', 'linux-process-thread-coroutine'],
  ['进程间通信', 'linux-ipc'],
  ['三次握手', 'network-tcp-handshake'],
  ['three-way handshake', 'network-tcp-handshake'],
  ['DNS', 'network-dns'],
  ['OSI', 'network-osi-model'],
  ['SYN flood', 'network-syn-flood'],
  ['幻读', 'mysql-read-anomalies'],
  ['隔离级别', 'mysql-isolation-levels'],
  ['isolaton level', 'mysql-isolation-levels'],
  ['死锁', 'mysql-deadlock'],
  ['聚簇索引', 'mysql-clustered-index'],
  ['索引失效', 'mysql-index-invalidation'],
  ['慢查询', 'mysql-slow-query-log'],
  ['SQL injection', 'mysql-sql-injection'],
  ['乐观锁', 'mysql-optimistic-pessimistic-locking'],
  ['主从同步', 'mysql-replication'],
  ['缓存雪崩', 'redis-cache-avalanche-breakdown'],
  ['AOF', 'redis-persistence'],
  ['GIL', 'python-gil'],
  ['garbge collection', 'python-gc'],
  ['引用计数', 'python-gc'],
  ['深拷贝', 'python-copy'],
  ['MRO', 'python-mro'],
  ['闭包', 'python-closure'],
  ['单例', 'python-singleton'],
  ['ensure_ascii', 'python-json-chinese'],
  ['prefetch_related', 'django-select-related'],
  ['prefetch_relatd', 'django-select-related'],
  ['select_related', 'django-select-related'],
  ['on_delete', 'django-foreignkey-on-delete'],
  ['csrf ajax', 'django-ajax-csrf'],
  ['中间件', 'django-middleware'],
  ['celery', 'django-celery'],
];

describe('search tokenizer', () => {
  it('keeps identifiers whole and split', () => {
    assert.deepEqual(tokenize('select_related'), ['select_related', 'select', 'related']);
    assert.deepEqual(tokenize('epoll_wait'), ['epoll_wait', 'epoll', 'wait']);
    assert.ok(tokenize('sys.setrecursionlimit').includes('setrecursionlimit'));
    assert.ok(tokenize('selectRelated').includes('Related'));
  });

  it('covers Chinese with bigrams whatever the segmenter knows', () => {
    const tokens = tokenize('惊群效应');
    for (const bigram of ['惊群', '群效', '效应']) assert.ok(tokens.includes(bigram), tokens.join('|'));
    assert.deepEqual(tokenize('读'), ['读']);
  });
});

describe('search relevance', () => {
  it(`has at least 30 queries`, () => assert.ok(RELEVANCE.length >= 30));
  for (const [query, expected] of RELEVANCE) {
    it(`"${query}" finds ${expected} in the top 3`, () => {
      assert.ok(cards.some((c) => c.id === expected), `no card ${expected}`);
      const top = engine.search(query, 3).map((h) => h.id);
      assert.ok(top.includes(expected), `top 3: ${top.join(', ')}`);
    });
  }

  it('returns nothing for an empty query and a snippet around the match', () => {
    assert.deepEqual(engine.search('   '), []);
    const [hit] = engine.search('select_related');
    const card = cards.find((c) => c.id === hit?.id);
    assert.ok(card && hit);
    assert.match(snippet(card, hit.terms, 'en').text.toLowerCase() + snippet(card, hit.terms, 'zh').text.toLowerCase(), /select_related/);
  });
});
