// Quiz numbers: building today's queue over 10k items and statistics over 100k log
// events (targets: ≤ 50 ms and ≤ 100 ms on the 2-core CI machine).
import { buildQueue, type QuizItemRef } from '../src/core/quiz/queue';
import type { Grade, ReviewEvent } from '../src/core/quiz/reviewLog';
import { Scheduler } from '../src/core/quiz/scheduler';
import { computeStats } from '../src/core/quiz/stats';

const DAY = 86_400_000;

function median(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

export function benchQuiz(): void {
  const now = Date.UTC(2026, 10, 24, 12);
  const categories = ['linux', 'network', 'mysql', 'redis', 'python', 'django'];
  const items: QuizItemRef[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `card-${i >> 2}/${(i & 3) + 1}`, cardId: `card-${i >> 2}`, category: categories[i % 6] as string }));
  // 100k ratings spread over a year, 10 per item on average.
  const log: ReviewEvent[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < 100_000; i++) {
    const item = items[Math.floor(random() * items.length)] as QuizItemRef;
    log.push({ id: `e${i}`, at: now - 365 * DAY + Math.floor((i / 100_000) * 365 * DAY), kind: 'rate', item: item.id, grade: (1 + Math.floor(random() * 4)) as Grade });
  }
  const scheduler = new Scheduler();
  let states = scheduler.states(log.slice(0, 10_000));
  const replay10k = median(() => (states = scheduler.states(log.slice(0, 10_000))));
  const replay100k = median(() => scheduler.states(log), 3);
  states = scheduler.states(log);
  const queueMs = median(() => buildQueue(items, log, states, { now, dayStartHour: 4, newPerDay: 20 }));
  const statsMs = median(() => computeStats(items, log, states, scheduler, now, 4));
  console.log('Quiz (targets: today\'s queue over 10k items ≤ 50 ms, statistics over 100k events ≤ 100 ms)');
  console.log(`  FSRS replay of the log         10k events ${replay10k.toFixed(0)} ms · 100k events ${replay100k.toFixed(0)} ms (full replay: at start, after undo or a merge; a rating advances only its item)`);
  console.log(`  today's queue, 10k items       ${queueMs.toFixed(1)} ms (100k-event log)`);
  console.log(`  statistics, 100k events        ${statsMs.toFixed(1)} ms (10k items)`);
}
