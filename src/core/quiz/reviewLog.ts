// The review log: append-only events from which every item's state is derived. Two
// windows (or two machines through Settings Sync) each append; merging is a union by
// event id, so no review is ever lost to a last-writer-wins overwrite.

export type Grade = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy

export type ReviewEvent =
  | { id: string; at: number; kind: 'rate'; item: string; grade: Grade }
  /** Cancels an earlier event (undo of the last rating). */
  | { id: string; at: number; kind: 'undo'; target: string }
  /** Hides an item until the given day ends (skip/bury for today). */
  | { id: string; at: number; kind: 'bury'; item: string; day: string }
  /** "Add to review": puts a new item into the given day's queue. */
  | { id: string; at: number; kind: 'add'; item: string; day: string };

let counter = 0;
/** Unique enough across windows and machines: time, a per-process counter and randomness. */
export function newEventId(now: number, random: () => number = Math.random): string {
  counter = (counter + 1) % 1296;
  return `${now.toString(36)}-${counter.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** Union of logs by event id, ordered by time then id (the same order in every window). */
export function mergeLogs(...logs: readonly (readonly ReviewEvent[])[]): ReviewEvent[] {
  const byId = new Map<string, ReviewEvent>();
  for (const log of logs) for (const event of log) if (!byId.has(event.id)) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const effectiveCache = new WeakMap<readonly ReviewEvent[], ReviewEvent[]>();

/** The events that still count: undone events (and the undos themselves) removed. Cached per log array. */
export function effectiveEvents(log: readonly ReviewEvent[]): ReviewEvent[] {
  const cached = effectiveCache.get(log);
  if (cached) return cached;
  const undone = new Set<string>();
  for (const e of log) if (e.kind === 'undo') undone.add(e.target);
  const result = undone.size === 0 ? log.slice() : log.filter((e) => e.kind !== 'undo' && !undone.has(e.id));
  effectiveCache.set(log, result);
  return result;
}
