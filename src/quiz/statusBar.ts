// The due count in the status bar; clicking it starts the quiz.
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { quizSettings } from '../settings';
import type { QuizService } from './quizService';

export class DueStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('backendCards.due', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly subscription: vscode.Disposable;
  /** The count last shown (tests). */
  due = 0;

  constructor(private readonly quiz: QuizService) {
    this.item.name = vscode.l10n.t('Backend Cards: due reviews');
    this.item.command = COMMANDS.startQuiz;
    this.subscription = quiz.onDidChange(() => void this.update());
    // Items fall due as time passes, and a new day brings new items.
    this.timer = setInterval(() => void this.update(), 5 * 60_000);
  }

  get visible(): boolean {
    return this.shown;
  }

  private shown = false;

  async update(): Promise<void> {
    let due: number;
    try {
      const queue = await this.quiz.queue();
      due = queue.due.length + queue.fresh.length;
    } catch {
      this.item.hide(); // content failed to load: the tree says why
      this.shown = false;
      return;
    }
    this.due = due;
    const mode = quizSettings().statusBar;
    this.item.text = `$(mortar-board) ${due}`;
    this.item.tooltip = due ? vscode.l10n.t('{0} quiz items due today — start the daily quiz', due) : vscode.l10n.t('Nothing due today');
    this.item.accessibilityInformation = { label: vscode.l10n.t('{0} quiz items due today', due) };
    this.shown = mode === 'always' || (mode === 'whenDue' && due > 0);
    if (this.shown) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.subscription.dispose();
    this.item.dispose();
  }
}
