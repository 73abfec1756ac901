// "Backend Cards: Search": a quick pick that searches as the user types and opens the
// chosen card scrolled to the match.
import * as vscode from 'vscode';
import { pickLang } from '../core/content/contentIndex';
import { snippet } from '../core/search/searchIndex';
import type { ContentService } from '../content/contentService';
import { COMMANDS } from '../ids';
import { cardLanguage } from '../settings';
import type { SearchService } from './searchService';

interface CardItem extends vscode.QuickPickItem {
  cardId: string;
  match?: string;
}

export async function searchCards(content: ContentService, search: SearchService, initialQuery?: string): Promise<string | undefined> {
  const [index, engine] = await Promise.all([content.index(), search.search()]);
  const lang = cardLanguage();
  const pick = vscode.window.createQuickPick<CardItem>();
  pick.title = vscode.l10n.t('Search Backend Cards');
  pick.placeholder = vscode.l10n.t('惊群, thundering herd, 幻读, prefetch_related…');
  // Our own ranking decides; VS Code's label filter would hide matches found in the body.
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const update = (query: string) => {
    pick.items = engine.search(query).flatMap((hit): CardItem[] => {
      const card = index.card(hit.id);
      if (!card) return [];
      const category = index.category(card.category);
      const excerpt = snippet(card, hit.terms, lang);
      return [{
        label: pickLang(card.title, lang),
        description: category ? pickLang(category.title, lang) : card.category,
        detail: excerpt.text,
        alwaysShow: true,
        cardId: card.id,
        ...(excerpt.match ? { match: excerpt.match } : {}),
      }];
    });
  };
  const disposables = [pick.onDidChangeValue(update)];
  if (initialQuery) {
    pick.value = initialQuery;
    update(initialQuery);
  }
  try {
    const chosen = await new Promise<CardItem | undefined>((resolve) => {
      disposables.push(
        pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0])),
        pick.onDidHide(() => resolve(undefined)),
      );
      pick.show();
    });
    pick.hide();
    if (chosen) await vscode.commands.executeCommand(COMMANDS.openCard, chosen.cardId, chosen.match);
    return chosen?.cardId;
  } finally {
    vscode.Disposable.from(...disposables, pick).dispose();
  }
}
