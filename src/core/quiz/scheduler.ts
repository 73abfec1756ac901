// Item states derived from the log with FSRS (ts-fsrs): replaying an item's ratings in
// order gives the same card state in every window. No scheduling is hand-written here.
import { createEmptyCard, fsrs, generatorParameters, State, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';
import { effectiveEvents, type Grade, type ReviewEvent } from './reviewLog';

export { State };
export type ItemState = FsrsCard;

export interface SchedulerOptions {
  /** Target probability of recall at the due date (FSRS's request_retention). */
  retention?: number;
  maximumIntervalDays?: number;
}

export class Scheduler {
  private readonly f;

  constructor(options: SchedulerOptions = {}) {
    this.f = fsrs(generatorParameters({
      request_retention: options.retention ?? 0.9,
      maximum_interval: options.maximumIntervalDays ?? 36_500,
      // Fuzz spreads reviews of items learned together; ts-fsrs seeds it from the card and
      // review time, so replaying the same log gives the same dates everywhere.
      enable_fuzz: true,
      enable_short_term: true,
    }));
  }

  /** Every rated item's current state, replaying the effective log in order. */
  states(log: readonly ReviewEvent[]): Map<string, ItemState> {
    const states = new Map<string, ItemState>();
    for (const event of effectiveEvents(log)) {
      if (event.kind !== 'rate') continue;
      const card = states.get(event.item) ?? createEmptyCard<FsrsCard>(new Date(event.at));
      states.set(event.item, this.f.next(card, new Date(event.at), event.grade as FsrsGrade).card);
    }
    return states;
  }

  /**
   * States after appending `added` (all newer than every event already replayed, no undo):
   * only the rated items are advanced — a rating costs microseconds, not a replay.
   * Returns undefined when a full replay is needed.
   */
  advance(states: ReadonlyMap<string, ItemState>, added: readonly ReviewEvent[]): Map<string, ItemState> | undefined {
    if (added.some((e) => e.kind === 'undo')) return undefined;
    const next = new Map(states);
    for (const event of added) {
      if (event.kind !== 'rate') continue;
      const card = next.get(event.item) ?? createEmptyCard<FsrsCard>(new Date(event.at));
      next.set(event.item, this.f.next(card, new Date(event.at), event.grade as FsrsGrade).card);
    }
    return next;
  }

  /** What each grade would schedule now: the due date per grade (button labels). */
  preview(state: ItemState | undefined, now: number): Record<Grade, number> {
    const card = state ?? createEmptyCard<FsrsCard>(new Date(now));
    const preview = this.f.repeat(card, new Date(now));
    return {
      1: preview[1].card.due.getTime(),
      2: preview[2].card.due.getTime(),
      3: preview[3].card.due.getTime(),
      4: preview[4].card.due.getTime(),
    };
  }

  /** Probability of recall now (0 for items never reviewed). */
  retrievability(state: ItemState | undefined, now: number): number {
    if (!state || state.state === State.New) return 0;
    return this.f.get_retrievability(state, new Date(now), false);
  }
}

/** "10m", "1h", "3d", "2mo", "1.5y": an interval as Anki shows it on the buttons. */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}
