import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { CARD_URI_PATH, COMMANDS, WEBVIEW_TYPES } from '../ids';
import { cardLanguage, setCardLanguage } from '../settings';
import type { CardPanelState } from '../shared/messages';
import { cardIdOf } from '../tree/topicTreeProvider';
import { CardPanelManager } from './cardPanel';


export function register(context: vscode.ExtensionContext, content: ContentService, onShow: (cardId: string) => void): CardPanelManager {
  const cards = new CardPanelManager(context.extensionUri, content);
  context.subscriptions.push(
    cards,
    cards.onDidShowCard(onShow),
    vscode.window.registerWebviewPanelSerializer(WEBVIEW_TYPES.card, {
      async deserializeWebviewPanel(panel, state: CardPanelState | undefined) {
        if (state && typeof state.cardId === 'string') await cards.restore(panel, state.cardId);
        else panel.dispose(); // nothing to restore: an empty panel would only confuse
      },
    }),
    vscode.commands.registerCommand(COMMANDS.openCard, (arg?: unknown, highlight?: unknown) => {
      const id = cardIdOf(arg);
      return id ? cards.show(id, typeof highlight === 'string' ? { highlight } : {}) : undefined;
    }),
    vscode.commands.registerCommand(COMMANDS.openCardToSide, (arg?: unknown) => {
      const id = cardIdOf(arg) ?? cards.currentCardId;
      return id ? cards.show(id, { toSide: true }) : undefined;
    }),
    vscode.commands.registerCommand(COMMANDS.copyCardId, async (arg?: unknown) => {
      const id = cardIdOf(arg) ?? cards.currentCardId;
      if (id) await vscode.env.clipboard.writeText(id);
    }),
    vscode.commands.registerCommand(COMMANDS.copyCardLink, async (arg?: unknown) => {
      const id = cardIdOf(arg) ?? cards.currentCardId;
      if (!id) return;
      const uri = vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: context.extension.id, path: CARD_URI_PATH, query: `id=${encodeURIComponent(id)}` });
      await vscode.env.clipboard.writeText(uri.toString());
    }),
    vscode.commands.registerCommand(COMMANDS.toggleLanguage, () => setCardLanguage(cardLanguage() === 'zh' ? 'en' : 'zh')),
    // Opens links copied with copyCardLink (vscode://backend-cards.backend-cards/card?id=…).
    vscode.window.registerUriHandler({
      handleUri(uri) {
        const id = new URLSearchParams(uri.query).get('id');
        if (uri.path === CARD_URI_PATH && id) void cards.show(id);
      },
    }),
  );
  return cards;
}
