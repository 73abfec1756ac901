// Lookup structures over a compiled bundle: by id, by category, neighbours.
import type { Card, Category, ContentBundle, Lang } from './model';

export class ContentIndex {
  readonly categories: readonly Category[];
  private readonly byId = new Map<string, Card>();
  private readonly byCategory = new Map<string, Card[]>();
  private readonly categoryById = new Map<string, Category>();

  constructor(readonly bundle: ContentBundle) {
    this.categories = bundle.categories;
    for (const c of bundle.categories) {
      this.categoryById.set(c.id, c);
      this.byCategory.set(c.id, []);
    }
    for (const card of bundle.cards) {
      this.byId.set(card.id, card);
      this.byCategory.get(card.category)?.push(card);
    }
  }

  get cards(): readonly Card[] {
    return this.bundle.cards;
  }

  card(id: string): Card | undefined {
    return this.byId.get(id);
  }

  category(id: string): Category | undefined {
    return this.categoryById.get(id);
  }

  cardsIn(categoryId: string): readonly Card[] {
    return this.byCategory.get(categoryId) ?? [];
  }

  /** The cards before and after `id` within its category. */
  neighbours(id: string): { previous?: Card; next?: Card; index: number; total: number } {
    const card = this.byId.get(id);
    const list = card ? this.cardsIn(card.category) : [];
    const index = list.findIndex((c) => c.id === id);
    const previous = index > 0 ? list[index - 1] : undefined;
    const next = index >= 0 ? list[index + 1] : undefined;
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}), index: index + 1, total: list.length };
  }
}

/** The text of a card in `lang`, falling back to the other language when a draft lacks it. */
export function pickLang<T>(value: Record<Lang, T>, lang: Lang, isEmpty: (v: T) => boolean = (v) => !v): T {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return isEmpty(value[lang]) ? value[other] : value[lang];
}

/** `auto` follows VS Code's display language: Chinese UI → zh, anything else → en. */
export function resolveLanguage(setting: unknown, displayLanguage: string): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
