import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { COMMANDS } from '../ids';
import { DeckService } from './deckService';
import { newCard } from './newCard';

/** `notice` shows why workspace decks are hidden (Restricted Mode) in the Topics view. */
export function register(context: vscode.ExtensionContext, content: ContentService, notice: (text: string | undefined) => void): DeckService {
  const decks = new DeckService(content);
  context.subscriptions.push(
    decks,
    decks.onDidLoad(({ restricted }) =>
      notice(restricted ? vscode.l10n.t('Restricted Mode: cards in this workspace\'s {0} folder are not loaded. Trust the workspace to see them.', '.backend-cards') : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.newCard, () => newCard()),
  );
  // Off the activation path; most users have no decks and this finds that out cheaply.
  const startup = setTimeout(() => void decks.reload(), 1000);
  context.subscriptions.push({ dispose: () => clearTimeout(startup) });
  return decks;
}
