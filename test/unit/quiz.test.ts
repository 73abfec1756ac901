// The quiz core on a fixed clock and time zone.
process.env['TZ'] = 'Asia/Shanghai'; // UTC+8, no DST: local days are easy to reason about
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, dayKey, endOfDay } from '../../src/core/quiz/day';
import { decodeState, encodeState, exportLog, importLog, STATE_VERSION } from '../../src/core/quiz/persistedState';
import { buildQueue, interleave, type QuizItemRef } from '../../src/core/quiz/queue';
import { effectiveEvents, mergeLogs, newEventId, type Grade, type ReviewEvent } from '../../src/core/quiz/reviewLog';
import { formatInterval, Scheduler, State } from '../../src/core/quiz/scheduler';
import { computeStats } from '../../src/core/quiz/stats';

const H = 3_600_000;
const D = 24 * H;
/** 2026-03-10 10:00 local (UTC+8). */
const T0 = Date.UTC(2026, 2, 10, 2, 0);
let n = 0;
const rate = (item: string, at: number, grade: Grade): ReviewEvent => ({ id: `e${++n}`, at, kind: 'rate', item, grade });
const scheduler = new Scheduler();
const items: QuizItemRef[] = [
  { id: 'a/1', cardId: 'a', category: 'linux' }, { id: 'a/2', cardId: 'a', category: 'linux' }, { id: 'a/3', cardId: 'a', category: 'linux' },
  { id: 'b/1', cardId: 'b', category: 'mysql' }, { id: 'b/2', cardId: 'b', category: 'mysql' },
  { id: 'c/1', cardId: 'c', category: 'python' },
];
const opts = (now: number, newPerDay = 10) => ({ now, dayStartHour: 4, newPerDay });

describe('study days', () => {
  it('start at the configured hour in local time', () => {
    assert.equal(dayKey(T0, 4), '2026-03-10');
    const oneAm = Date.UTC(2026, 2, 10, 17, 0); // 2026-03-11 01:00 local
    assert.equal(dayKey(oneAm, 4), '2026-03-10', '1 a.m. still belongs to the previous day');
    assert.equal(dayKey(oneAm, 0), '2026-03-11');
    assert.equal(endOfDay(T0, 4), Date.UTC(2026, 2, 10, 20, 0)); // 2026-03-11 04:00 local
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });
});

describe('scheduling with FSRS', () => {
  it('grows intervals with Good and shrinks them after Again, across days', () => {
    let log: ReviewEvent[] = [rate('a/1', T0, 3)];
    let state = scheduler.states(log).get('a/1')!;
    assert.equal(state.state, State.Learning);
    assert.ok(state.due.getTime() - T0 < D, 'a new item comes back the same day');
    log = [...log, rate('a/1', state.due.getTime(), 3)];
    state = scheduler.states(log).get('a/1')!;
    assert.equal(state.state, State.Review);
    const firstInterval = state.due.getTime() - log[1]!.at;
    assert.ok(firstInterval >= D, `graduates to days: ${formatInterval(firstInterval)}`);
    log = [...log, rate('a/1', state.due.getTime(), 3)];
    const second = scheduler.states(log).get('a/1')!;
    assert.ok(second.due.getTime() - log[2]!.at > firstInterval, 'the next interval is longer');
    log = [...log, rate('a/1', second.due.getTime(), 1)];
    const lapsed = scheduler.states(log).get('a/1')!;
    assert.equal(lapsed.state, State.Relearning);
    assert.equal(lapsed.lapses, 1);
  });

  it('previews one due date per grade, in increasing order', () => {
    const preview = scheduler.preview(undefined, T0);
    assert.ok(preview[1] <= preview[2] && preview[2] <= preview[3] && preview[3] <= preview[4], JSON.stringify(preview));
    assert.equal(formatInterval(preview[1] - T0), '1m');
    assert.equal(formatInterval(90 * D), '3mo');
  });

  it('derives the same states whatever order the events arrive in', () => {
    const log = [rate('a/1', T0, 3), rate('a/1', T0 + 10 * 60_000, 3), rate('b/1', T0 + 5, 4)];
    const a = scheduler.states(mergeLogs(log));
    const b = scheduler.states(mergeLogs([...log].reverse()));
    assert.deepEqual([...a], [...b]);
  });
});

describe('review log', () => {
  it('undo cancels the last rating and only that', () => {
    const r1 = rate('a/1', T0, 3);
    const r2 = rate('a/1', T0 + 60_000, 1);
    const log: ReviewEvent[] = [r1, r2, { id: 'u1', at: T0 + 70_000, kind: 'undo', target: r2.id }];
    assert.deepEqual(effectiveEvents(log), [r1]);
    assert.deepEqual([...scheduler.states(log)], [...scheduler.states([r1])]);
  });

  it('merges two writers without losing or duplicating a review', () => {
    const shared = [rate('a/1', T0, 3)];
    const windowA = [...shared, rate('b/1', T0 + 1000, 3)];
    const windowB = [...shared, rate('c/1', T0 + 500, 2)];
    const merged = mergeLogs(windowA, windowB);
    assert.deepEqual(merged.map((e) => e.kind === 'rate' && e.item), ['a/1', 'c/1', 'b/1']);
    assert.deepEqual(mergeLogs(merged, windowA, windowB), merged, 'merging again changes nothing');
  });

  it('makes unique event ids', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newEventId(T0)));
    assert.equal(ids.size, 5000);
  });
});

describe('stored state', () => {
  it('round-trips through the stored form and the export file', () => {
    const log: ReviewEvent[] = [rate('a/1', T0, 3), { id: 'b', at: T0 + 1, kind: 'bury', item: 'b/1', day: '2026-03-10' }, { id: 'ad', at: T0 + 2, kind: 'add', item: 'c/1', day: '2026-03-10' }, { id: 'u', at: T0 + 3, kind: 'undo', target: 'b' }];
    const stored = decodeState(JSON.parse(JSON.stringify(encodeState(log))));
    assert.deepEqual(stored, { events: log, problems: [], migrated: false });
    assert.deepEqual(importLog(exportLog(log, T0)), { events: log, problems: [], migrated: false });
  });

  it('migrates version 1', () => {
    const result = decodeState({ version: 1, reviews: [['a/1', T0, 3], ['b/1', T0 + 5, 4]] });
    assert.equal(result.migrated, true);
    assert.deepEqual(result.events.map((e) => e.kind === 'rate' && [e.item, e.grade]), [['a/1', 3], ['b/1', 4]]);
    assert.equal(encodeState(result.events).version, STATE_VERSION);
  });

  it('recovers what is readable from a damaged state and says where the damage is', () => {
    const result = decodeState({ version: 2, events: [['x', T0, 'r', 'a/1', 3], ['y', T0, 'r', 'a/1', 9], 'junk', ['z', -1, 'r', 'a/1', 3], ['w', T0, 'q', 'a/1']] });
    assert.deepEqual(result.events.map((e) => e.id), ['x']);
    assert.deepEqual(result.problems, ['events[1]: a rating needs an item and a grade 1–4', 'events[2]: not an event tuple', 'events[3]: bad time', 'events[4]: unknown event kind "q"']);
    assert.match(decodeState('{"version": 2, "events": [').problems[0]!, /not valid JSON/);
    assert.deepEqual(decodeState(42).problems, ['not an object']);
    assert.deepEqual(decodeState(undefined), { events: [], problems: [], migrated: false });
  });
});

describe("today's queue", () => {
  it('puts due reviews first, limits new items per day and interleaves categories', () => {
    const log = [rate('b/2', T0 - 3 * D, 3), rate('b/2', T0 - 3 * D + 600_000, 3)];
    const states = scheduler.states(log);
    const later = states.get('b/2')!.due.getTime() + H;
    const queue = buildQueue(items, log, states, opts(later, 3));
    assert.deepEqual(queue.due, ['b/2']);
    assert.deepEqual(queue.fresh, ['a/1', 'b/1', 'c/1'], 'round-robin over linux, mysql, python');
  });

  it('counts items first seen today against the limit, honours bury and add', () => {
    const log: ReviewEvent[] = [rate('a/1', T0, 3), { id: 'bury', at: T0, kind: 'bury', item: 'b/1', day: '2026-03-10' }, { id: 'add', at: T0, kind: 'add', item: 'a/3', day: '2026-03-10' }];
    const queue = buildQueue(items, log, scheduler.states(log), opts(T0 + 1000, 2));
    assert.deepEqual(queue.fresh, ['a/3', 'a/2'], 'added first, then one more new item (limit 2, one already seen)');
    const tomorrow = buildQueue(items, log, scheduler.states(log), opts(T0 + D, 2));
    assert.ok(tomorrow.fresh.includes('b/1'), 'burying lasts one day');
  });

  it('interleaves keeping order within a category', () => {
    assert.deepEqual(interleave(items).map((i) => i.id), ['a/1', 'b/1', 'c/1', 'a/2', 'b/2', 'a/3']);
  });
});

describe('statistics', () => {
  it('computes streaks, heatmap, retention, states, forecast and mastery', () => {
    const day = (k: number) => T0 + k * D;
    const log = [
      rate('a/1', day(-5), 3), rate('a/1', day(-4), 3), // streak of 2 that ended
      rate('a/1', day(-2), 1), rate('b/1', day(-1), 3), rate('b/1', day(0), 3), rate('c/1', day(0), 4),
    ];
    const states = scheduler.states(log);
    const stats = computeStats(items, log, states, scheduler, day(0), 4);
    assert.equal(stats.currentStreak, 3);
    assert.equal(stats.longestStreak, 3);
    assert.equal(stats.reviewsToday, 2);
    assert.equal(stats.heatmap.length, 365);
    assert.deepEqual(stats.heatmap.at(-1), { day: '2026-03-10', count: 2 });
    assert.deepEqual(stats.trueRetention, { passed: 2, total: 3 }, 'a/1 on -4 (pass) and -2 (fail), b/1 today (pass)');
    assert.equal(stats.byState.new, 3);
    assert.equal(stats.byState.new + stats.byState.learning + stats.byState.review + stats.byState.relearning, items.length);
    assert.equal(stats.forecast.length, 30);
    const linux = stats.mastery.find((m) => m.category === 'linux')!;
    assert.equal(linux.total, 3);
  });
});

describe('advancing states after a rating', () => {
  it('gives the same states as a full replay', () => {
    const log = [rate('a/1', T0, 3), rate('b/1', T0 + 1000, 1)];
    const added = [rate('a/1', T0 + 20 * 60_000, 3), rate('c/1', T0 + 21 * 60_000, 4)];
    const advanced = scheduler.advance(scheduler.states(log), added);
    assert.deepEqual([...advanced!].sort(), [...scheduler.states([...log, ...added])].sort());
  });

  it('asks for a replay after an undo', () => {
    assert.equal(scheduler.advance(new Map(), [{ id: 'u', at: T0, kind: 'undo', target: 'x' }]), undefined);
  });
});
