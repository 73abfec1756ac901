// Statistics over the review log. Cheap enough for 100k events (see npm run bench):
// only mastery and states need FSRS, and the caller passes states it already has.
import { addDays, dayKey } from './day';
import { effectiveEvents, type ReviewEvent } from './reviewLog';
import { State, type ItemState, type Scheduler } from './scheduler';
import type { QuizItemRef } from './queue';

export interface QuizStats {
  today: string;
  reviewsToday: number;
  currentStreak: number;
  longestStreak: number;
  /** Reviews per day for the last 365 days, oldest first, today last. */
  heatmap: { day: string; count: number }[];
  /** Share of passed reviews (Hard/Good/Easy) of items last seen on an earlier day, last 30 days. */
  trueRetention: { passed: number; total: number };
  byState: { new: number; learning: number; review: number; relearning: number };
  /** Items due on each of the next 30 days (index 0 = today, overdue included). */
  forecast: number[];
  /** Per category: items with recall probability ≥ 90% now. */
  mastery: { category: string; mastered: number; total: number; due: number }[];
}

export const MASTERY_THRESHOLD = 0.9;

export function computeStats(
  items: readonly QuizItemRef[],
  log: readonly ReviewEvent[],
  states: ReadonlyMap<string, ItemState>,
  scheduler: Scheduler,
  now: number,
  dayStartHour: number,
): QuizStats {
  const today = dayKey(now, dayStartHour);
  const perDay = new Map<string, number>();
  const lastRatedDay = new Map<string, string>();
  let passed = 0;
  let total = 0;
  const windowStart = addDays(today, -29);
  for (const e of effectiveEvents(log)) {
    if (e.kind !== 'rate') continue;
    const day = dayKey(e.at, dayStartHour);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    const previous = lastRatedDay.get(e.item);
    if (previous !== undefined && previous < day && day >= windowStart) {
      total++;
      if (e.grade >= 2) passed++;
    }
    lastRatedDay.set(e.item, day);
  }

  const heatmap: QuizStats['heatmap'] = [];
  for (let i = 364; i >= 0; i--) {
    const day = addDays(today, -i);
    heatmap.push({ day, count: perDay.get(day) ?? 0 });
  }
  // The streak survives a day not yet studied: it counts from yesterday until today is done.
  let currentStreak = 0;
  for (let day = perDay.has(today) ? today : addDays(today, -1); perDay.has(day); day = addDays(day, -1)) currentStreak++;
  let longestStreak = 0;
  let run = 0;
  let previousDay: string | undefined;
  for (const day of [...perDay.keys()].sort()) {
    run = previousDay !== undefined && addDays(previousDay, 1) === day ? run + 1 : 1;
    longestStreak = Math.max(longestStreak, run);
    previousDay = day;
  }

  const byState = { new: 0, learning: 0, review: 0, relearning: 0 };
  const forecast = new Array<number>(30).fill(0);
  const categories = new Map<string, { mastered: number; total: number; due: number }>();
  for (const item of items) {
    const state = states.get(item.id);
    const c = categories.get(item.category) ?? { mastered: 0, total: 0, due: 0 };
    c.total++;
    categories.set(item.category, c);
    if (!state || state.state === State.New) {
      byState.new++;
      continue;
    }
    if (state.state === State.Learning) byState.learning++;
    else if (state.state === State.Review) byState.review++;
    else byState.relearning++;
    const dueDay = dayKey(state.due.getTime(), dayStartHour);
    const offset = dueDay <= today ? 0 : daysBetween(today, dueDay);
    if (offset < 30) forecast[offset] = (forecast[offset] ?? 0) + 1;
    if (offset === 0) c.due++;
    if (scheduler.retrievability(state, now) >= MASTERY_THRESHOLD) c.mastered++;
  }
  return {
    today,
    reviewsToday: perDay.get(today) ?? 0,
    currentStreak,
    longestStreak,
    heatmap,
    trueRetention: { passed, total },
    byState,
    forecast,
    mastery: [...categories].map(([category, c]) => ({ category, ...c })),
  };
}

function daysBetween(from: string, to: string): number {
  const parse = (k: string) => {
    const [y, m, d] = k.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((parse(to) - parse(from)) / 86_400_000);
}
