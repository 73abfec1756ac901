// The search index, ready on the first search and dropped when the content changes. The
// built-in cards' index is serialized by build:content and only loaded here (milliseconds
// even at 10k cards; see npm run bench); with user decks it is built from all cards.
import type * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { CardSearch } from '../core/search/searchIndex';

export class SearchService implements vscode.Disposable {
  private index: Promise<CardSearch> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly content: ContentService) {
    this.subscription = content.onDidChange(() => (this.index = undefined));
  }

  search(): Promise<CardSearch> {
    this.index ??= this.open();
    return this.index;
  }

  private async open(): Promise<CardSearch> {
    const index = await this.content.index();
    if (!this.content.hasDecks) {
      const serialized = await this.content.readSearchIndex();
      if (serialized !== undefined) {
        try {
          const loaded = CardSearch.load(serialized);
          // A stale file (content rebuilt without it) would point at the wrong cards.
          if (loaded.matches(index.cards.map((c) => c.id))) return loaded;
        } catch {
          // Unreadable: fall through and build.
        }
      }
    }
    return CardSearch.build(index.cards);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
