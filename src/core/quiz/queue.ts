// Today's queue: due reviews first, then new items (up to the daily limit), each list
// interleaved across categories so a session is not one topic after another.
import { dayKey, endOfDay, startOfDay } from './day';
import { effectiveEvents, type ReviewEvent } from './reviewLog';
import { State, type ItemState } from './scheduler';

export interface QuizItemRef {
  id: string;
  cardId: string;
  category: string;
}

export interface QueueOptions {
  now: number;
  dayStartHour: number;
  newPerDay: number;
}

export interface Queue {
  due: string[];
  fresh: string[];
}

export function buildQueue(items: readonly QuizItemRef[], log: readonly ReviewEvent[], states: ReadonlyMap<string, ItemState>, options: QueueOptions): Queue {
  const today = dayKey(options.now, options.dayStartHour);
  const end = endOfDay(options.now, options.dayStartHour);
  const buried = new Set<string>();
  const added: string[] = [];
  const firstRated = new Map<string, number>();
  for (const e of effectiveEvents(log)) {
    if (e.kind === 'bury' && e.day === today) buried.add(e.item);
    else if (e.kind === 'add' && e.day === today) added.push(e.item);
    else if (e.kind === 'rate' && !firstRated.has(e.item)) firstRated.set(e.item, e.at);
  }
  const start = startOfDay(options.now, options.dayStartHour);
  let introducedToday = 0;
  for (const at of firstRated.values()) if (at >= start && at < end) introducedToday++;
  const known = new Set(items.map((i) => i.id));
  const byId = new Map(items.map((i) => [i.id, i]));

  const dueItems = items
    .filter((i) => !buried.has(i.id))
    .map((i) => ({ item: i, state: states.get(i.id) }))
    .filter((x): x is { item: QuizItemRef; state: ItemState } => !!x.state && x.state.state !== State.New && x.state.due.getTime() < end)
    .sort((a, b) => a.state.due.getTime() - b.state.due.getTime())
    .map((x) => x.item);

  const addedFresh = [...new Set(added)].filter((id) => known.has(id) && !states.has(id) && !buried.has(id));
  const addedSet = new Set(addedFresh);
  const room = Math.max(0, options.newPerDay - introducedToday);
  const fresh = interleave(items.filter((i) => !states.has(i.id) && !buried.has(i.id) && !addedSet.has(i.id))).slice(0, room);
  return {
    due: interleave(dueItems).map((i) => i.id),
    fresh: [...addedFresh, ...fresh.map((i) => i.id)].filter((id) => byId.has(id)),
  };
}

/** Round-robin across categories, keeping each category's own order. */
export function interleave<T extends { category: string }>(items: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  const lists = [...groups.values()];
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const list of lists) if (round < list.length) out.push(list[round] as T);
  }
  return out;
}
