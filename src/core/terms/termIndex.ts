// An index of hover terms compiled from the cards: every term and alias becomes a
// pattern pointing at its entry, keyed the way the matcher looks things up.
import type { Card, Localized } from '../content/model';
import { kindsOf, type FileKind } from './fileKind';

export interface TermEntry {
  term: string;
  cardId: string;
  cardTitle: Localized;
  kinds: FileKind[];
  aliases: string[];
  summary: Localized;
  doc?: string;
  imports: string[];
}

/** One written form (the term or an alias) of an entry. */
export interface Pattern {
  text: string;
  entry: TermEntry;
  /** A single common lowercase word (`select`, `open`, `delay`): needs context to count. */
  ambiguous: boolean;
  shape: 'identifier' | 'dotted' | 'phrase' | 'word';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

function shapeOf(text: string): Pattern['shape'] {
  if (IDENTIFIER.test(text)) return 'identifier';
  if (DOTTED.test(text)) return 'dotted';
  if (/\s/.test(text)) return 'phrase';
  return 'word'; // shell/config words with '-' or '.', e.g. io-threads, net.ipv4.tcp_syncookies
}

export class TermIndex {
  /** Identifiers and words, case-sensitive. */
  readonly exact = new Map<string, Pattern[]>();
  /** Dotted names by their last segment. */
  readonly dottedByLast = new Map<string, Pattern[]>();
  /** Phrases (and case-insensitive single SQL words) by their lowercased words. */
  readonly phrasesByWord = new Map<string, Pattern[]>();
  readonly entries: TermEntry[] = [];

  constructor(cards: readonly Card[]) {
    for (const card of cards) {
      for (const term of card.terms) {
        const entry: TermEntry = {
          term: term.term,
          cardId: card.id,
          cardTitle: card.title,
          kinds: kindsOf(term.languages),
          aliases: term.aliases,
          summary: term.summary,
          ...(term.doc ? { doc: term.doc } : {}),
          imports: term.imports ?? [],
        };
        this.entries.push(entry);
        for (const text of new Set([term.term, ...term.aliases])) this.add(text.trim(), entry);
      }
    }
  }

  private add(text: string, entry: TermEntry) {
    const shape = shapeOf(text);
    const pattern: Pattern = { text, entry, shape, ambiguous: /^[a-z]+$/.test(text) };
    const push = (map: Map<string, Pattern[]>, key: string) => map.set(key, [...(map.get(key) ?? []), pattern]);
    if (shape === 'dotted') push(this.dottedByLast, text.slice(text.lastIndexOf('.') + 1));
    // Shell and config words may contain dots (net.core.somaxconn): looked up whole.
    if (shape === 'dotted' && entry.kinds.some((k) => k === 'shell' || k === 'nginx' || k === 'redis' || k === 'ini')) push(this.exact, text);
    else if (shape === 'phrase') for (const word of new Set(text.toLowerCase().split(/\s+/))) push(this.phrasesByWord, word);
    else push(this.exact, text);
    // SQL keywords are case-insensitive: index single words for phrase-style lookup too.
    if (shape !== 'phrase' && entry.kinds.includes('sql')) push(this.phrasesByWord, text.toLowerCase());
  }
}
