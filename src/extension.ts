// Wires the features together; each lives in its own folder with a register().
import type * as vscode from 'vscode';
import type { CardPanelManager } from './card/cardPanel';
import * as card from './card/register';
import { ContentService } from './content/contentService';
import type { DeckService } from './decks/deckService';
import * as decks from './decks/register';
import * as hover from './hover/register';
import type { TermService } from './hover/termService';
import * as quiz from './quiz/register';
import * as search from './search/register';
import type { SearchService } from './search/searchService';
import * as tree from './tree/register';

/** What activate() returns: used by the integration tests and benchmarks. */
export interface BackendCardsApi {
  content: ContentService;
  tree: tree.TopicTree;
  cards: CardPanelManager;
  terms: TermService;
  search: SearchService;
  quiz: quiz.Quiz;
  decks: DeckService;
  activatedInMs: number;
}

export function activate(context: vscode.ExtensionContext): BackendCardsApi {
  const started = performance.now();
  const content = new ContentService(context.extensionUri);
  context.subscriptions.push(content);
  const topics = tree.register(context, content);
  const cards = card.register(context, content, (id) => void topics.reveal(id));
  const terms = hover.register(context, content);
  const searchService = search.register(context, content);
  const review = quiz.register(context, content, () => cards.currentCardId);
  topics.provider.attachQuiz(review.service);
  const deckService = decks.register(context, content, (text) => topics.setNotice(text));
  return { content, tree: topics, cards, terms, search: searchService, quiz: review, decks: deckService, activatedInMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
