// The quiz webview: one session at a time, one item at a time. Ratings go to the review
// log as soon as they are made, so closing the panel or reloading the window loses nothing.
import * as vscode from 'vscode';
import { addDays, dayKey } from '../core/quiz/day';
import type { Grade } from '../core/quiz/reviewLog';
import { COMMANDS, WEBVIEW_TYPES } from '../ids';
import { cardLanguage, quizSettings } from '../settings';
import type { QuizHostToWebview, QuizWebviewToHost } from '../shared/messages';
import { WebviewOutbox } from '../webviewOutbox';
import { webviewShell } from '../webviewShell';
import type { QuizService } from './quizService';
import { quizItemView, quizStrings } from './quizView';

/** Learning steps due within this window are shown now rather than ending the session (Anki's "learn ahead"). */
const LEARN_AHEAD_MS = 20 * 60_000;

interface Session {
  startedAt: number;
  /** Ratings made in this session, newest last: item and event id, for undo and the summary. */
  history: { itemId: string; eventId: string; grade: Grade; wasNew: boolean }[];
  currentItem?: string | undefined;
}

export class QuizPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private outbox: WebviewOutbox<QuizHostToWebview> | undefined;
  private session: Session | undefined;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly shown = new vscode.EventEmitter<{ itemId: string; revealed: boolean }>();
  /** The webview drew an item (tests, benchmark). */
  readonly onDidShowItem = this.shown.event;
  private readonly ended = new vscode.EventEmitter<void>();
  readonly onDidShowSummary = this.ended.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly quiz: QuizService) {}

  get currentItem(): string | undefined {
    return this.session?.currentItem;
  }

  async open(panel?: vscode.WebviewPanel): Promise<void> {
    if (!this.panel) {
      this.adopt(panel ?? vscode.window.createWebviewPanel(WEBVIEW_TYPES.quiz, vscode.l10n.t('Daily quiz'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] }));
    } else {
      this.panel.reveal();
    }
    if (!this.session) this.session = { startedAt: Date.now(), history: [] };
    await this.next();
  }

  private adopt(panel: vscode.WebviewPanel) {
    this.panel = panel;
    this.outbox = new WebviewOutbox<QuizHostToWebview>(panel.webview);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    webviewShell(panel, this.extensionUri, 'quiz', vscode.l10n.t('Daily quiz'));
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((m: QuizWebviewToHost) => void this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.session = undefined;
        vscode.Disposable.from(...this.panelDisposables.splice(0)).dispose();
      }),
    );
  }

  private post(message: QuizHostToWebview) {
    if (this.panel) this.outbox?.post(message);
  }

  /** Shows the next item, or the summary when the day's queue is empty. */
  private async next(now = Date.now()) {
    const session = this.session;
    if (!session) return;
    const [model, queue] = await Promise.all([this.quiz.current(), this.quiz.queue(now)]);
    const dueAt = (id: string) => model.states.get(id)?.due.getTime() ?? 0;
    const dueNow = queue.due.filter((id) => dueAt(id) <= now);
    const dueSoon = queue.due.filter((id) => dueAt(id) <= now + LEARN_AHEAD_MS);
    // A learning step due in a few minutes waits while other items remain (as in Anki).
    const nextId = dueNow[0] ?? queue.fresh[0] ?? dueSoon[0];
    const entry = nextId ? model.itemById.get(nextId) : undefined;
    if (!entry) {
      session.currentItem = undefined;
      this.post({ type: 'summary', summary: await this.summary(now), strings: quizStrings() });
      this.ended.fire();
      return;
    }
    session.currentItem = entry.ref.id;
    const item = quizItemView(model.index, entry.ref.cardId, entry.item, model.states.get(entry.ref.id), this.quiz.scheduler, now, cardLanguage());
    this.post({
      type: 'item',
      item,
      remaining: dueSoon.length + queue.fresh.length,
      done: session.history.length,
      canUndo: session.history.length > 0,
      strings: quizStrings(),
    });
  }

  private async summary(now: number) {
    const session = this.session as Session;
    const stats = await this.quiz.stats(now);
    const tomorrow = addDays(dayKey(now, quizSettings().dayStartHour), 1);
    const model = await this.quiz.current();
    const dueTomorrow = [...model.states.values()].filter((s) => dayKey(s.due.getTime(), quizSettings().dayStartHour) <= tomorrow && s.due.getTime() > now).length;
    return {
      reviewed: session.history.length,
      again: session.history.filter((h) => h.grade === 1).length,
      newLearned: new Set(session.history.filter((h) => h.wasNew).map((h) => h.itemId)).size,
      minutes: Math.max(0, Math.round((now - session.startedAt) / 60_000)),
      streak: stats.currentStreak,
      dueTomorrow,
    };
  }

  private async onMessage(message: QuizWebviewToHost) {
    const session = this.session;
    switch (message.type) {
      case 'ready':
        this.outbox?.markReady();
        return;
      case 'shown':
        this.shown.fire({ itemId: message.itemId, revealed: message.revealed });
        return;
      case 'rate': {
        if (!session || message.itemId !== session.currentItem) return; // a stale double press
        const wasNew = !(await this.quiz.current()).states.has(message.itemId);
        const eventId = await this.quiz.rate(message.itemId, message.grade);
        session.history.push({ itemId: message.itemId, eventId, grade: message.grade, wasNew });
        return this.next();
      }
      case 'undo': {
        const last = session?.history.pop();
        if (!last) return;
        await this.quiz.undo(last.eventId);
        return this.showAgain(last.itemId);
      }
      case 'skip':
        if (!session || message.itemId !== session.currentItem) return;
        await this.quiz.bury(message.itemId);
        return this.next();
      case 'openCard':
        return vscode.commands.executeCommand(COMMANDS.openCard, message.cardId);
      case 'showStatistics':
        return vscode.commands.executeCommand(COMMANDS.showStatistics);
    }
  }

  /** After undo, the same item comes back first. */
  private async showAgain(itemId: string) {
    const session = this.session;
    const model = await this.quiz.current();
    const entry = model.itemById.get(itemId);
    if (!session || !entry) return this.next();
    session.currentItem = itemId;
    const queue = await this.quiz.queue();
    this.post({
      type: 'item',
      item: quizItemView(model.index, entry.ref.cardId, entry.item, model.states.get(itemId), this.quiz.scheduler, Date.now(), cardLanguage()),
      remaining: queue.due.length + queue.fresh.length,
      done: session.history.length,
      canUndo: session.history.length > 0,
      strings: quizStrings(),
    });
  }

  /** Test hook: what the webview would send. */
  receive(message: QuizWebviewToHost): Promise<unknown> {
    return this.onMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(this.shown, this.ended, ...this.panelDisposables).dispose();
  }
}
