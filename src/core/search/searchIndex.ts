// Full-text search over cards: title (boosted), hover terms, key points, quiz questions and
// body, both languages in the same fields. Tokens come from tokenize.ts (Intl.Segmenter for
// Chinese, identifiers kept whole and split); scoring is BM25 over the compact postings of
// postings.ts, with MiniSearch's radix tree for prefix and typo-tolerant vocabulary lookups.
import type { Card, Lang } from '../content/model';
import { buildPostings, Postings, type Expansion, type FieldSpec, type SerializedPostings } from './postings';
import { isCjk, tokenize } from './tokenize';

export interface SearchHit {
  id: string;
  score: number;
  /** Matched index terms, to locate a snippet. */
  terms: string[];
}

const FIELDS: FieldSpec[] = [
  { name: 'title', boost: 4 },
  { name: 'terms', boost: 3 },
  { name: 'keyPoints', boost: 1.5 },
  { name: 'quiz', boost: 1.2 },
  { name: 'body', boost: 1 },
];

/** Weights of vocabulary terms a query word stands for without being them (as MiniSearch's). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A prefix like "soc" may complete to many words: the shortest few are enough. */
const MAX_PREFIX_EXPANSIONS = 40;

function fieldTexts(card: Card): string[] {
  const both = (l: { zh: string; en: string }) => `${l.zh}\n${l.en}`;
  return [
    `${both(card.title)}\n${card.tags.join(' ')}`,
    card.terms.map((t) => [t.term, ...t.aliases].join(' ')).join('\n'),
    [...card.keyPoints.zh, ...card.keyPoints.en].join('\n'),
    card.quiz.map((q) => ('question' in q ? both(q.question) : both(q.text))).join('\n'),
    both(card.text),
  ];
}

const normalize = (tokens: string[]) => tokens.map((t) => t.toLowerCase());

export class CardSearch {
  private constructor(private readonly postings: Postings, private readonly serialized: SerializedPostings) {}

  static build(cards: readonly Card[]): CardSearch {
    // The segmenter's longer Chinese words only where text is short; bodies get bigrams.
    const docs = cards.map((card) => fieldTexts(card).map((text, f) => normalize(tokenize(text, FIELDS[f]?.name !== 'body'))));
    const serialized = buildPostings(cards.map((c) => c.id), docs, FIELDS);
    return new CardSearch(new Postings(serialized), serialized);
  }

  /** Restores an index made by serialize() — the fast path the bench measures against build(). */
  static load(serialized: unknown): CardSearch {
    const data = serialized as SerializedPostings;
    return new CardSearch(new Postings(data), data);
  }

  /** Whether the index covers exactly these cards, in this order. */
  matches(ids: readonly string[]): boolean {
    const own = this.postings.ids;
    return own.length === ids.length && own.every((id, i) => id === ids[i]);
  }

  serialize(): SerializedPostings {
    return this.serialized;
  }

  search(query: string, limit = 30): SearchHit[] {
    const words = [...new Set(normalize(tokenize(query.trim(), true)))];
    if (words.length === 0) return [];
    const expansions = words.map((word, i) => this.expand(word, i === words.length - 1));
    return this.postings.search(expansions, limit).map((hit) => ({ id: this.postings.ids[hit.index] as string, score: hit.score, terms: hit.terms }));
  }

  /**
   * What a query word matches: itself; while being typed (the last word), longer words it
   * starts; and for longer Latin words, words one typo away ("thundring" → "thundering").
   * Never for Chinese bigrams, where one character changes the meaning.
   */
  private expand(word: string, isLast: boolean): Expansion {
    const terms = new Map<string, number>();
    const offer = (term: string, weight: number) => terms.set(term, Math.max(weight, terms.get(term) ?? 0));
    if (this.postings.has(word)) offer(word, 1);
    if (isCjk(word)) return { terms };
    if (isLast && word.length >= 3) {
      for (const term of this.postings.withPrefix(word, MAX_PREFIX_EXPANSIONS)) {
        if (term !== word) offer(term, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (term.length - word.length)));
      }
    }
    if (/^[a-z]+$/.test(word) && word.length >= 5) {
      for (const [term, distance] of this.postings.near(word, 1)) if (distance > 0) offer(term, (FUZZY_WEIGHT * word.length) / (word.length + distance));
    }
    return { terms };
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
