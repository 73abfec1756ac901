// Full-text search over cards with MiniSearch: title (boosted), hover terms, key points,
// quiz questions and body, both languages in the same fields.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Card, Lang } from '../content/model';
import { isCjk, tokenize } from './tokenize';

interface SearchDocument {
  id: string;
  title: string;
  terms: string;
  keyPoints: string;
  quiz: string;
  body: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Matched index terms, to locate a snippet. */
  terms: string[];
}

const FIELDS = ['title', 'terms', 'keyPoints', 'quiz', 'body'] as const;

function toDocument(card: Card): SearchDocument {
  const both = (l: { zh: string; en: string }) => `${l.zh}\n${l.en}`;
  return {
    id: card.id,
    title: `${both(card.title)}\n${card.tags.join(' ')}`,
    terms: card.terms.map((t) => [t.term, ...t.aliases].join(' ')).join('\n'),
    keyPoints: [...card.keyPoints.zh, ...card.keyPoints.en].join('\n'),
    quiz: card.quiz.map((q) => ('question' in q ? both(q.question) : both(q.text))).join('\n'),
    body: both(card.text),
  };
}

const OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text, field) => tokenize(text, field !== 'body'),
  processTerm: (term) => term.toLowerCase(),
  searchOptions: {
    boost: { title: 4, terms: 3, keyPoints: 1.5, quiz: 1.2, body: 1 },
    // Prefix matching for the word being typed (the last one); fuzzy only for longer Latin
    // words (a typo in "thundring" still finds "thundering"); never for Chinese bigrams.
    prefix: (term, i, terms) => i === terms.length - 1 && !isCjk(term) && term.length >= 3,
    fuzzy: (term) => (!isCjk(term) && /^[a-z]+$/.test(term) && term.length >= 5 ? 0.2 : false),
    maxFuzzy: 1,
    combineWith: 'OR',
  },
};

export class CardSearch {
  private constructor(private readonly mini: MiniSearch<SearchDocument>) {}

  static build(cards: readonly Card[]): CardSearch {
    const mini = new MiniSearch<SearchDocument>(OPTIONS);
    mini.addAll(cards.map(toDocument));
    return new CardSearch(mini);
  }

  /** Restores an index made by serialize() (measured by the bench against build()). */
  static load(serialized: unknown): CardSearch {
    return new CardSearch(MiniSearch.loadJS(serialized as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS));
  }

  serialize(): unknown {
    return this.mini.toJSON();
  }

  search(query: string, limit = 30): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    return this.mini.search(q).slice(0, limit).map((r: SearchResult) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }
}

/**
 * A short excerpt of the card's text around the first matched term, in `lang` when the
 * term occurs there. Returns the excerpt and the matched text to highlight.
 */
export function snippet(card: Card, terms: readonly string[], lang: Lang, width = 70): { text: string; match?: string } {
  const sources = [card.text[lang], card.text[lang === 'zh' ? 'en' : 'zh']];
  for (const source of sources) {
    const lower = source.toLowerCase();
    for (const term of [...terms].sort((a, b) => b.length - a.length)) {
      const at = lower.indexOf(term.toLowerCase());
      if (at < 0) continue;
      const start = Math.max(0, at - Math.floor(width / 3));
      const end = Math.min(source.length, start + width);
      const text = `${start > 0 ? '…' : ''}${source.slice(start, end).trim()}${end < source.length ? '…' : ''}`;
      return { text, match: source.slice(at, at + term.length) };
    }
  }
  const fallback = sources[0] || sources[1] || '';
  return { text: fallback.slice(0, width) + (fallback.length > width ? '…' : '') };
}
