import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { COMMANDS, WEBVIEW_TYPES } from '../ids';
import { cardIdOf } from '../tree/topicTreeProvider';
import { exportReviews, importReviews } from './exportImport';
import { QuizPanel } from './quizPanel';
import { QuizService } from './quizService';
import { remindOncePerDay } from './reminder';
import { ReviewStore } from './reviewStore';
import { StatsPanel } from './statsPanel';
import { DueStatusBar } from './statusBar';

export interface Quiz {
  service: QuizService;
  store: ReviewStore;
  panel: QuizPanel;
  stats: StatsPanel;
  statusBar: DueStatusBar;
  /** Where the reminder remembers its last day (tests). */
  state: vscode.Memento;
}


export function register(context: vscode.ExtensionContext, content: ContentService, currentCardId: () => string | undefined): Quiz {
  const store = new ReviewStore(context.globalState);
  const service = new QuizService(content, store);
  const panel = new QuizPanel(context.extensionUri, service);
  const stats = new StatsPanel(context.extensionUri, service);
  const statusBar = new DueStatusBar(service);
  context.subscriptions.push(
    store, service, panel, stats, statusBar,
    vscode.commands.registerCommand(COMMANDS.startQuiz, () => panel.open()),
    vscode.commands.registerCommand(COMMANDS.showStatistics, () => stats.show()),
    vscode.commands.registerCommand(COMMANDS.addToReview, async (arg?: unknown) => {
      const cardId = cardIdOf(arg) ?? currentCardId();
      if (!cardId) return 0;
      const added = await service.addToReview(cardId);
      void vscode.window.showInformationMessage(
        added ? vscode.l10n.t('Added {0} quiz items to today\'s review.', added) : vscode.l10n.t('This card has no quiz items left to add: they are already in your reviews.'),
      );
      return added;
    }),
    vscode.commands.registerCommand(COMMANDS.exportReviews, (target?: unknown) => exportReviews(store, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(COMMANDS.importReviews, (source?: unknown) => importReviews(store, source instanceof vscode.Uri ? source : undefined)),
    vscode.window.registerWebviewPanelSerializer(WEBVIEW_TYPES.quiz, { deserializeWebviewPanel: (p) => panel.open(p) }),
    vscode.window.registerWebviewPanelSerializer(WEBVIEW_TYPES.stats, { deserializeWebviewPanel: (p) => stats.show(p) }),
  );
  // Off the activation path: the due count needs the bundle and a replay of the log.
  const startup = setTimeout(() => {
    void statusBar.update();
    void remindOncePerDay(context.globalState, service).catch(() => undefined);
  }, 3000);
  context.subscriptions.push({ dispose: () => clearTimeout(startup) });
  return { service, store, panel, stats, statusBar, state: context.globalState };
}
