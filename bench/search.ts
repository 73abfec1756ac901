// Search numbers: index ready time (the serialized index build:content writes, parsed and
// loaded as on the first search), build-from-cards time, serialized size, query latency and
// memory, on the real cards and on 10k synthetic mixed zh/en cards.
// Targets (issue): p95 ≤ 2 ms, index ready ≤ 300 ms at 10k.
import type { Card } from '../src/core/content/model';
import { CardSearch } from '../src/core/search/searchIndex';

const ZH = '进程线程协程惊群效应索引事务隔离级别幻读脏读死锁缓存雪崩击穿穿透持久化垃圾回收引用计数闭包装饰器生成器迭代器中间件信号队列连接握手挥手拥塞窗口'.split('');
const EN = 'process thread coroutine herd index transaction isolation phantom dirty deadlock cache avalanche persistence garbage reference closure decorator generator iterator middleware signal queue connection handshake congestion window socket epoll select kernel memory page scheduler latency throughput replica binlog'.split(' ');
const IDS = ['epoll_wait', 'select_related', 'prefetch_related', 'setrecursionlimit', 'EPOLLEXCLUSIVE', 'SO_REUSEPORT', 'on_delete', 'apply_async', 'ensure_ascii', 'deepcopy'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** @param bodyWords words of body text per language (a finished card here has ~600). */
export function syntheticCards(n: number, bodyWords = 150): Card[] {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)] as T;
  // Chinese prose: two-character words, a comma or full stop every few words.
  const zh = (k: number) => Array.from({ length: k }, (_, j) => pick(ZH) + pick(ZH) + (j % 6 === 5 ? pick(['，', '。', '、']) : '')).join('');
  const en = (k: number) => Array.from({ length: k }, () => pick(EN)).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`, category: 'x', order: i, status: 'draft', seed: [], tags: [pick(EN)], file: '',
    title: { zh: zh(4), en: en(4) },
    keyPoints: { zh: [zh(12)], en: [en(12)] },
    html: { zh: '', en: '' },
    text: { zh: `${zh(Math.round(bodyWords * 0.8))} ${pick(IDS)}`, en: `${en(bodyWords)} ${pick(IDS)}` },
    quiz: [{ kind: 'qa', id: `synthetic-${i}/1`, question: { zh: zh(8), en: en(8) }, answer: { zh: zh(8), en: en(8) } }],
    terms: [{ term: pick(IDS), languages: ['python'], aliases: [], summary: { zh: zh(6), en: en(6) }, imports: [] }],
    sources: [], related: [],
  }));
}

const QUERIES = ['惊群', '幻读', 'thundering herd', 'isolation', 'prefetch_related', 'epoll_wait', '事务隔离', 'garbage colection', 'sock', '缓存雪崩 cache'];

export function benchSearch(label: string, cards: Card[]): void {
  let t = performance.now();
  const built = CardSearch.build(cards);
  const buildMs = performance.now() - t;
  const json = JSON.stringify(built.serialize());
  // What the extension does for the built-in cards: build:content serialized the index, the
  // first search parses and loads it. Measured with the heap it adds.
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  t = performance.now();
  const engine = CardSearch.load(JSON.parse(json));
  const loadMs = performance.now() - t;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const times: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      engine.search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const p = (x: number) => (times[Math.floor((x / 100) * (times.length - 1))] ?? NaN).toFixed(2);
  console.log(
    `  ${label.padEnd(26)} ready ${loadMs.toFixed(0)} ms (parse + load serialized ${(json.length / 1024).toFixed(0)} KiB; build from cards ${buildMs.toFixed(0)} ms) · ` +
      `query p50 ${p(50)} ms, p95 ${p(95)} ms · heap ${heapMb.toFixed(0)} MB`,
  );
}
