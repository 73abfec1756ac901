// The search index, built on the first search (85 cards take a few ms; see npm run bench)
// and rebuilt when the content changes.
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
    this.index ??= this.content.index().then((i) => CardSearch.build(i.cards));
    return this.index;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
