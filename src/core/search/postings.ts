// The compact inverted index behind card search. MiniSearch scores with Maps and objects
// per posting, which costs ~1 µs per token to build and tens of milliseconds per query once
// common words match thousands of cards; at 10k cards that missed the targets by 10–40×.
// Here the postings of a term are bytes — (doc-id delta as a varint, BM25 weight as one
// log-scaled byte) — decoded only when a query touches the term, scores accumulate in a
// Float32Array, and the whole index serializes to three strings that load in milliseconds.
// Vocabulary lookups (prefix, typo-tolerant) use MiniSearch's radix tree, SearchableMap.
import SearchableMap from 'minisearch/SearchableMap';

/** BM25 parameters, as MiniSearch's defaults. */
const K1 = 1.2;
const B = 0.7;
/**
 * Weights are stored as one byte below 0x80, on a log scale up to MAX_WEIGHT: then every
 * posting holds exactly two bytes below 0x80 (its varint's last byte and its weight), which
 * lets the loader count a term's documents without decoding.
 */
const MAX_WEIGHT = 64;
const LOG_MAX = Math.log1p(MAX_WEIGHT);
const LEVELS = 127;
/** Words a query may match with a typo: Latin letters only, long enough to have typos. */
const FUZZY_CANDIDATE = /^[a-z]{4,}$/;

export interface FieldSpec {
  name: string;
  boost: number;
}

/** One document: tokens per field, in field order. */
export type FieldTokens = string[][];

export interface SerializedPostings {
  format: 'backend-cards-postings/1';
  ids: string[];
  /** Sorted vocabulary, '\n'-separated. */
  vocabulary: string;
  /** Base64 Uint32 little-endian: byte offset of each term's postings (vocabulary length + 1). */
  offsets: string;
  /** Base64 bytes: per term, per doc ascending (varint doc delta, weight byte 1–127). */
  postings: string;
}

const quantize = (w: number) => Math.max(1, Math.min(LEVELS, Math.round((Math.log1p(Math.min(w, MAX_WEIGHT)) / LOG_MAX) * LEVELS)));
const WEIGHT_OF_BYTE = Float32Array.from({ length: 128 }, (_, q) => Math.expm1((q / LEVELS) * LOG_MAX));

/** Builds the postings from documents' field tokens (already normalized). */
export function buildPostings(ids: readonly string[], docs: readonly FieldTokens[], fields: readonly FieldSpec[]): SerializedPostings {
  const fieldCount = fields.length;
  const avgLength = new Float64Array(fieldCount);
  for (const doc of docs) for (let f = 0; f < fieldCount; f++) avgLength[f] = (avgLength[f] ?? 0) + (doc[f]?.length ?? 0);
  for (let f = 0; f < fieldCount; f++) avgLength[f] = Math.max(1, (avgLength[f] ?? 0) / Math.max(1, docs.length));

  // term → flat list of (doc, weight) pairs; docs are visited in order, so lists stay sorted.
  const byTerm = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const weights = new Map<string, number>(); // reused: a Map per document is garbage at 10k cards
  docs.forEach((doc, d) => {
    weights.clear();
    for (let f = 0; f < fieldCount; f++) {
      const tokens = doc[f] ?? [];
      if (tokens.length === 0) continue;
      counts.clear();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * tokens.length) / (avgLength[f] ?? 1));
      const boost = fields[f]?.boost ?? 1;
      for (const [t, tf] of counts) weights.set(t, (weights.get(t) ?? 0) + (boost * (tf * (K1 + 1))) / (tf + norm));
    }
    for (const [t, w] of weights) {
      let list = byTerm.get(t);
      if (!list) byTerm.set(t, (list = []));
      list.push(d, w);
    }
  });

  const vocabulary = [...byTerm.keys()].sort();
  const offsets = new Uint32Array(vocabulary.length + 1);
  let bytes = new Uint8Array(1 << 16);
  let size = 0;
  vocabulary.forEach((term, i) => {
    offsets[i] = size;
    const list = byTerm.get(term) as number[];
    // At most 5 varint bytes + 1 weight byte per posting.
    if (size + list.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, size + list.length * 3));
      grown.set(bytes.subarray(0, size));
      bytes = grown;
    }
    let previous = 0;
    for (let j = 0; j < list.length; j += 2) {
      let delta = (list[j] as number) - previous;
      previous = list[j] as number;
      while (delta >= 0x80) {
        bytes[size++] = (delta & 0x7f) | 0x80;
        delta >>>= 7;
      }
      bytes[size++] = delta;
      bytes[size++] = quantize(list[j + 1] as number);
    }
  });
  offsets[vocabulary.length] = size;
  return {
    format: 'backend-cards-postings/1',
    ids: [...ids],
    vocabulary: vocabulary.join('\n'),
    offsets: toBase64(new Uint8Array(offsets.buffer)),
    postings: toBase64(bytes.subarray(0, size)),
  };
}

/** A term of the query and the vocabulary terms it stands for, with their weights. */
export interface Expansion {
  /** Vocabulary term → weight (1 exact; less for prefix and typo matches). */
  terms: Map<string, number>;
}

export class Postings {
  readonly ids: string[];
  private readonly vocabulary: string[];
  /** Latin words only, for typo-tolerant lookups; exact and prefix lookups bisect `vocabulary`. */
  private readonly fuzzyIndex: SearchableMap<number>;
  private readonly offsets: Uint32Array;
  private readonly bytes: Uint8Array;
  /** Documents per term (for idf). */
  private readonly frequencies: Uint32Array;
  private readonly scores: Float32Array;
  private readonly hits: Uint16Array;
  private readonly touched: Uint32Array;

  constructor(serialized: SerializedPostings) {
    if (serialized.format !== 'backend-cards-postings/1') throw new Error(`unknown search index format ${String(serialized.format)}`);
    this.ids = serialized.ids;
    this.vocabulary = serialized.vocabulary ? serialized.vocabulary.split('\n') : [];
    const offsetBytes = fromBase64(serialized.offsets);
    this.offsets = new Uint32Array(offsetBytes.buffer, offsetBytes.byteOffset, offsetBytes.byteLength / 4);
    this.bytes = fromBase64(serialized.postings);
    if (this.offsets.length !== this.vocabulary.length + 1) throw new Error('search index: offsets do not match the vocabulary');
    this.frequencies = new Uint32Array(this.vocabulary.length);
    for (let i = 0, p = 0; i < this.vocabulary.length; i++) {
      let low = 0;
      for (const end = this.offsets[i + 1] as number; p < end; p++) if ((this.bytes[p] as number) < 0x80) low++;
      this.frequencies[i] = low >>> 1;
    }
    // Only the words a typo-tolerant lookup can ask for go into the radix tree: Latin words
    // (Chinese bigrams, most of the vocabulary, are never fuzzy-matched).
    this.fuzzyIndex = new SearchableMap<number>();
    this.vocabulary.forEach((term, i) => {
      if (FUZZY_CANDIDATE.test(term)) this.fuzzyIndex.set(term, i);
    });
    this.scores = new Float32Array(this.ids.length);
    this.hits = new Uint16Array(this.ids.length);
    this.touched = new Uint32Array(this.ids.length);
  }

  /** Position of the first vocabulary term ≥ `term` (the vocabulary is sorted). */
  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.vocabulary[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(term: string): number | undefined {
    const i = this.lowerBound(term);
    return this.vocabulary[i] === term ? i : undefined;
  }

  has(term: string): boolean {
    return this.indexOf(term) !== undefined;
  }

  /** Vocabulary terms starting with `prefix` (shortest first, at most `limit`). */
  withPrefix(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.vocabulary.length && (this.vocabulary[i] as string).startsWith(prefix); i++) found.push(this.vocabulary[i] as string);
    found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    return found.slice(0, limit);
  }

  /** Latin vocabulary words within `maxEdits` edits of `term`, with their distance. */
  near(term: string, maxEdits: number): [string, number][] {
    return [...this.fuzzyIndex.fuzzyGet(term, maxEdits)].map(([key, [, distance]]) => [key, distance]);
  }

  /**
   * Scores every document against the query's expansions (OR): Σ weight × idf × BM25, times
   * the share of query terms the document matched, so a card matching "thundering herd"
   * outranks one matching only "herd" many times. Returns the best `limit`, best first.
   */
  search(query: readonly Expansion[], limit: number): { index: number; score: number; terms: string[] }[] {
    const { scores, hits, touched } = this;
    const n = this.ids.length;
    let touchedCount = 0;
    const termsByQuery: { term: number; text: string }[][] = [];
    query.forEach((expansion, q) => {
      const bit = 1 << Math.min(q, 15);
      const used: { term: number; text: string }[] = [];
      for (const [text, weight] of expansion.terms) {
        const i = this.indexOf(text);
        if (i === undefined) continue;
        used.push({ term: i, text });
        const df = this.frequencies[i] as number;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const factor = weight * idf;
        this.visit(i, (doc, weightByte) => {
          if (hits[doc] === 0) touched[touchedCount++] = doc;
          scores[doc] = (scores[doc] as number) + factor * (WEIGHT_OF_BYTE[weightByte] as number);
          hits[doc] = (hits[doc] as number) | bit;
        });
      }
      termsByQuery.push(used);
    });

    // Keep the best `limit` in a small sorted array: O(touched × log limit) in practice.
    const best: { index: number; score: number }[] = [];
    const queryCount = Math.max(1, query.length);
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k] as number;
      const matched = popcount(hits[doc] as number);
      const score = (scores[doc] as number) * (matched / queryCount);
      scores[doc] = 0;
      hits[doc] = 0;
      if (best.length === limit && score <= (best[best.length - 1] as { score: number }).score) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1] as { score: number }).score < score) at--;
      best.splice(at, 0, { index: doc, score });
      if (best.length > limit) best.pop();
    }
    return best.map(({ index, score }) => ({ index, score, terms: this.termsIn(index, termsByQuery) }));
  }

  /** The query's vocabulary terms that occur in document `doc`. */
  private termsIn(doc: number, termsByQuery: { term: number; text: string }[][]): string[] {
    const found: string[] = [];
    for (const used of termsByQuery) for (const { term, text } of used) if (this.contains(term, doc)) found.push(text);
    return found;
  }

  private contains(term: number, target: number): boolean {
    let found = false;
    this.visit(term, (doc) => {
      found = doc === target;
      return doc >= target; // postings are sorted by document: stop at or past the target
    });
    return found;
  }

  /**
   * Decodes a term's postings in document order: `(doc, weightByte)` for each, until the
   * callback returns true.
   */
  private visit(term: number, each: (doc: number, weightByte: number) => boolean | void): void {
    const { bytes } = this;
    const end = this.offsets[term + 1] as number;
    let doc = 0;
    for (let p = this.offsets[term] as number; p < end; ) {
      let delta = 0;
      let shift = 0;
      let b: number;
      do {
        b = bytes[p++] as number;
        delta |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      doc += delta;
      if (each(doc, bytes[p++] as number) === true) return;
    }
  }
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

// Base64 without Buffer: the index is also loaded in VS Code for the Web.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128);
const ENCODE = new Uint8Array(64);
for (let i = 0; i < ALPHABET.length; i++) {
  DECODE[ALPHABET.charCodeAt(i)] = i;
  ENCODE[i] = ALPHABET.charCodeAt(i);
}

export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : -1;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : -1;
    out[o++] = ENCODE[a >> 2] as number;
    out[o++] = ENCODE[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)] as number;
    out[o++] = b < 0 ? 61 : (ENCODE[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)] as number);
    out[o++] = c < 0 ? 61 : (ENCODE[c & 63] as number);
  }
  return new TextDecoder('ascii').decode(out);
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = DECODE[clean.charCodeAt(i)] as number;
    const b = DECODE[clean.charCodeAt(i + 1)] as number;
    const c = DECODE[clean.charCodeAt(i + 2)] as number;
    const d = DECODE[clean.charCodeAt(i + 3)] as number;
    out[o++] = (a << 2) | (b >> 4);
    if (i + 2 < clean.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (i + 3 < clean.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}
