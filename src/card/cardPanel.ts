// One reusable card panel (like VS Code's markdown preview). It follows a history of
// visited cards, renders in the configured language and survives window reloads
// through the serializer registered in register.ts.
import * as vscode from 'vscode';
import { CardHistory } from '../core/cardHistory';
import { pickLang } from '../core/content/contentIndex';
import type { Lang } from '../core/content/model';
import type { ContentService } from '../content/contentService';
import { COMMANDS, WEBVIEW_TYPES } from '../ids';
import { affectsLanguage, cardLanguage, setCardLanguage } from '../settings';
import type { HostToWebview, WebviewToHost } from '../shared/messages';
import { buildCardView } from './cardView';
import { WebviewOutbox } from '../webviewOutbox';
import { localResourceRoots, webviewShell } from '../webviewShell';

export interface RenderedEvent {
  id: string;
  lang: Lang;
  /** Milliseconds from the host's "show" to the webview's first paint of the card. */
  paintMs: number;
}

export interface ShowOptions {
  toSide?: boolean;
  highlight?: string;
  /** Don't add to history (back/forward navigation). */
  fromHistory?: boolean;
}

export class CardPanelManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private outbox: WebviewOutbox<HostToWebview> | undefined;
  private history = new CardHistory();
  private highlight: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderedEvent>();
  /** Fires when the webview reports it painted a card (tests, benchmarks, tree follow). */
  readonly onDidRender = this.rendered.event;
  private readonly shown = new vscode.EventEmitter<string>();
  readonly onDidShowCard = this.shown.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly content: ContentService,
  ) {
    this.disposables.push(
      this.rendered,
      this.shown,
      vscode.workspace.onDidChangeConfiguration((e) => affectsLanguage(e) && void this.renderCurrent()),
      content.onDidChange(() => void this.renderCurrent()),
    );
  }

  get currentCardId(): string | undefined {
    return this.panel ? this.history.current : undefined;
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  async show(cardId: string, options: ShowOptions = {}): Promise<void> {
    const index = await this.content.index();
    const card = index.card(cardId);
    if (!card) {
      void vscode.window.showErrorMessage(vscode.l10n.t('No card has the id "{0}".', cardId));
      return;
    }
    const column = options.toSide ? vscode.ViewColumn.Beside : (this.panel?.viewColumn ?? vscode.ViewColumn.Active);
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(WEBVIEW_TYPES.card, pickLang(card.title, cardLanguage()), column, {
        enableScripts: true,
        enableFindWidget: true,
        retainContextWhenHidden: false,
        localResourceRoots: localResourceRoots(this.extensionUri),
      });
      this.adopt(panel);
    } else if (options.toSide || !this.panel.visible) {
      this.panel.reveal(column, false);
    }
    if (!options.fromHistory) this.history.visit(cardId);
    this.highlight = options.highlight;
    await this.renderCurrent();
  }

  /** Takes over a panel restored by the serializer after a window reload. */
  async restore(panel: vscode.WebviewPanel, cardId: string): Promise<void> {
    this.panel?.dispose();
    this.adopt(panel);
    this.history = new CardHistory();
    this.history.visit(cardId);
    await this.renderCurrent();
  }

  private adopt(panel: vscode.WebviewPanel) {
    this.panel = panel;
    this.outbox = new WebviewOutbox<HostToWebview>(panel.webview);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    webviewShell(panel, this.extensionUri, 'card', panel.title);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((m: WebviewToHost) => void this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.history = new CardHistory();
        vscode.Disposable.from(...this.panelDisposables.splice(0)).dispose();
      }),
    );
  }

  private async renderCurrent() {
    const id = this.history.current;
    if (!this.panel || !id) return;
    const index = await this.content.index();
    const card = index.card(id);
    if (!card) return;
    const lang = cardLanguage();
    const view = buildCardView(index, card, lang, this.history, this.highlight);
    this.panel.title = view.title;
    this.post({ type: 'showCard', card: view, startedAt: Date.now() });
    this.shown.fire(id);
  }

  private post(message: HostToWebview) {
    if (this.panel) this.outbox?.post(message);
  }

  private async onMessage(message: WebviewToHost) {
    switch (message.type) {
      case 'ready':
        this.outbox?.markReady();
        return;
      case 'rendered':
        this.rendered.fire({ id: message.id, lang: message.lang, paintMs: message.paintedAt - message.startedAt });
        return;
      case 'openCard':
        return this.show(message.id);
      case 'navigate':
        return this.navigate(message.direction);
      case 'setLanguage':
        return setCardLanguage(message.lang);
      case 'addToReview':
        return vscode.commands.executeCommand(COMMANDS.addToReview, message.id);
      case 'openExternal':
        if (/^https?:\/\//.test(message.url)) await vscode.env.openExternal(vscode.Uri.parse(message.url));
        return;
    }
  }

  async navigate(direction: 'previous' | 'next' | 'back' | 'forward'): Promise<void> {
    if (direction === 'back' || direction === 'forward') {
      const id = direction === 'back' ? this.history.back() : this.history.forward();
      if (id) await this.show(id, { fromHistory: true });
      return;
    }
    const current = this.history.current;
    if (!current) return;
    const neighbours = (await this.content.index()).neighbours(current);
    const target = direction === 'previous' ? neighbours.previous : neighbours.next;
    if (target) await this.show(target.id);
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables, ...this.panelDisposables).dispose();
  }
}
