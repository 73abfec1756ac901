// The statistics webview: streaks, heatmap, retention, states, forecast, mastery.
import * as vscode from 'vscode';
import { pickLang } from '../core/content/contentIndex';
import { WEBVIEW_TYPES } from '../ids';
import { cardLanguage } from '../settings';
import type { StatsHostToWebview, StatsUiString, StatsWebviewToHost } from '../shared/messages';
import { webviewShell } from '../webviewShell';
import type { QuizService } from './quizService';

function strings(): Record<StatsUiString, string> {
  return {
    title: vscode.l10n.t('Review statistics'),
    currentStreak: vscode.l10n.t('Current streak'),
    longestStreak: vscode.l10n.t('Longest streak'),
    days: vscode.l10n.t('days'),
    reviewsToday: vscode.l10n.t('Reviews today'),
    retention: vscode.l10n.t('True retention (30 days)'),
    retentionDetail: vscode.l10n.t('{0} of {1} reviews passed'),
    noReviews: vscode.l10n.t('no reviews yet'),
    states: vscode.l10n.t('Items by state'),
    new: vscode.l10n.t('New'),
    learning: vscode.l10n.t('Learning'),
    review: vscode.l10n.t('Review'),
    relearning: vscode.l10n.t('Relearning'),
    forecast: vscode.l10n.t('Due in the next 30 days'),
    mastery: vscode.l10n.t('Mastery by category (recall ≥ 90%)'),
    heatmap: vscode.l10n.t('Reviews in the last 365 days'),
    reviewsOn: vscode.l10n.t('{0} reviews on {1}'),
    today: vscode.l10n.t('today'),
    dueOn: vscode.l10n.t('{0} due in {1} days'),
  };
}

export class StatsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<void>();
  readonly onDidRender = this.rendered.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly quiz: QuizService) {
    this.disposables.push(this.rendered, quiz.onDidChange(() => void this.update()));
  }

  async show(panel?: vscode.WebviewPanel): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return this.update();
    }
    this.panel = panel ?? vscode.window.createWebviewPanel(WEBVIEW_TYPES.stats, strings().title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    this.ready = false;
    this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    webviewShell(this.panel, this.extensionUri, 'stats', strings().title);
    const panelDisposables = [
      this.panel.webview.onDidReceiveMessage((m: StatsWebviewToHost) => {
        if (m.type === 'ready') {
          this.ready = true;
          void this.update();
        } else this.rendered.fire();
      }),
    ];
    this.panel.onDidDispose(() => {
      this.panel = undefined;
      vscode.Disposable.from(...panelDisposables).dispose();
    });
  }

  private async update() {
    if (!this.panel || !this.ready) return;
    const [stats, model] = await Promise.all([this.quiz.stats(), this.quiz.current()]);
    const lang = cardLanguage();
    const categoryTitles = Object.fromEntries(model.index.categories.map((c) => [c.id, pickLang(c.title, lang)]));
    const message: StatsHostToWebview = { type: 'stats', view: { stats, categoryTitles, strings: strings() } };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
