// The quiz's model on the extension side: quiz items from the content, item states
// derived from the review log, today's queue, statistics and the actions that append
// to the log.
import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import type { ContentIndex } from '../core/content/contentIndex';
import type { QuizItem } from '../core/content/model';
import { dayKey } from '../core/quiz/day';
import { buildQueue, type Queue, type QuizItemRef } from '../core/quiz/queue';
import { newEventId, type Grade, type ReviewEvent } from '../core/quiz/reviewLog';
import { Scheduler, type ItemState } from '../core/quiz/scheduler';
import { computeStats, type QuizStats } from '../core/quiz/stats';
import { affectsQuiz, quizSettings } from '../settings';
import type { ReviewStore } from './reviewStore';

export interface QuizModel {
  index: ContentIndex;
  items: QuizItemRef[];
  itemById: Map<string, { ref: QuizItemRef; item: QuizItem }>;
  states: Map<string, ItemState>;
}

export class QuizService implements vscode.Disposable {
  readonly scheduler = new Scheduler();
  private model: Promise<QuizModel> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when reviews, content or quiz settings change. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly content: ContentService, readonly store: ReviewStore) {
    const invalidate = () => {
      this.model = undefined;
      this.changed.fire();
    };
    this.disposables = [
      this.changed,
      store.onDidChange(() => {
        void this.advanceStates();
        this.changed.fire();
      }),
      content.onDidChange(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => affectsQuiz(e) && this.changed.fire()),
    ];
  }

  current(): Promise<QuizModel> {
    this.model ??= this.content.index().then((index) => {
      const items: QuizItemRef[] = [];
      const itemById = new Map<string, { ref: QuizItemRef; item: QuizItem }>();
      for (const card of index.cards) {
        for (const item of card.quiz) {
          const ref = { id: item.id, cardId: card.id, category: card.category };
          items.push(ref);
          itemById.set(item.id, { ref, item });
        }
      }
      this.replayed = { log: this.store.log, states: this.scheduler.states(this.store.log) };
      return { index, items, itemById, states: this.replayed.states };
    });
    return this.model;
  }

  /** The log the states were derived from, to advance them instead of replaying everything. */
  private replayed: { log: readonly ReviewEvent[]; states: Map<string, ItemState> } | undefined;

  /**
   * After the log grew: when only newer events were appended (a rating in this window), the
   * affected items are advanced; anything else (undo, a merge from another window with older
   * events) replays the whole log.
   */
  private advanceStates(): void {
    const previous = this.replayed;
    const log = this.store.log;
    const model = this.model;
    if (!previous || !model) return;
    const old = previous.log;
    const samePrefix = log.length >= old.length && (old.length === 0 || log[old.length - 1]?.id === old[old.length - 1]?.id);
    const lastAt = old.length ? (old[old.length - 1] as ReviewEvent).at : -Infinity;
    const added = samePrefix ? log.slice(old.length) : [];
    const advanced = samePrefix && added.every((e) => e.at >= lastAt) ? this.scheduler.advance(previous.states, added) : undefined;
    const states = advanced ?? this.scheduler.states(log);
    this.replayed = { log, states };
    this.model = model.then((m) => ({ ...m, states }));
  }

  async queue(now = Date.now()): Promise<Queue> {
    const model = await this.current();
    const { newPerDay, dayStartHour } = quizSettings();
    return buildQueue(model.items, this.store.log, model.states, { now, newPerDay, dayStartHour });
  }

  async stats(now = Date.now()): Promise<QuizStats> {
    const model = await this.current();
    return computeStats(model.items, this.store.log, model.states, this.scheduler, now, quizSettings().dayStartHour);
  }

  /** Records a rating and returns its event id (for undo). */
  async rate(item: string, grade: Grade, now = Date.now()): Promise<string> {
    const event: ReviewEvent = { id: newEventId(now), at: now, kind: 'rate', item, grade };
    await this.store.append(event);
    return event.id;
  }

  async undo(eventId: string, now = Date.now()): Promise<void> {
    await this.store.append({ id: newEventId(now), at: now, kind: 'undo', target: eventId });
  }

  async bury(item: string, now = Date.now()): Promise<void> {
    await this.store.append({ id: newEventId(now), at: now, kind: 'bury', item, day: dayKey(now, quizSettings().dayStartHour) });
  }

  /** Puts a card's not-yet-learned items into today's queue; returns how many. */
  async addToReview(cardId: string, now = Date.now()): Promise<number> {
    const model = await this.current();
    const day = dayKey(now, quizSettings().dayStartHour);
    const fresh = model.items.filter((i) => i.cardId === cardId && !model.states.has(i.id));
    if (fresh.length) await this.store.append(...fresh.map((i) => ({ id: newEventId(now), at: now, kind: 'add' as const, item: i.id, day })));
    return fresh.length;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
