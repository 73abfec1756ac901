// Tokens for search in both languages. Latin text and code identifiers are split by a
// regular expression; identifiers are kept whole and split (`select_related` →
// select_related, select, related). Chinese has no spaces: Intl.Segmenter finds the
// words its dictionary knows (it differs between Node, Electron and browsers), and CJK
// bigrams make matching independent of that dictionary. Only CJK runs go through the
// segmenter: it is the slow part, and Latin words need no dictionary.

const CJK_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff';
const TOKEN = new RegExp(`[${CJK_CLASS}]+|[\\p{L}\\p{N}_$](?:[\\p{L}\\p{N}_$.\\-]*[\\p{L}\\p{N}_$])?`, 'gu');
const CJK = new RegExp(`[${CJK_CLASS}]`);
const IDENTIFIER_PARTS = /[._\-$]+|(?<=[a-z0-9])(?=[A-Z])/;

let segmenter: Intl.Segmenter | null | undefined;

/** Words of a CJK run longer than a bigram, as the host's segmenter sees them. */
function longCjkWords(run: string, out: string[]) {
  // Every supported host (Node, Electron, Chromium, Firefox 125+, Safari) has
  // Intl.Segmenter; without it bigrams alone still match.
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return;
  for (const s of segmenter.segment(run)) if (s.isWordLike && s.segment.length > 2) out.push(s.segment);
}

/**
 * @param withSegmenter also emit the segmenter's longer words (titles, key points, quiz,
 *   queries). Bodies skip it: it costs ~1 µs a word, 2 s over 10k cards, and bigrams already
 *   make every body word findable.
 */
export function tokenize(text: string, withSegmenter = true): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    if (CJK.test(word)) {
      if (word.length === 1) tokens.push(word);
      for (let i = 0; i + 1 < word.length; i++) tokens.push(word.slice(i, i + 2));
      if (withSegmenter && word.length > 2) longCjkWords(word, tokens);
      continue;
    }
    tokens.push(word);
    const parts = word.split(IDENTIFIER_PARTS).filter(Boolean);
    if (parts.length > 1) tokens.push(...parts);
  }
  return tokens;
}

export function isCjk(term: string): boolean {
  return CJK.test(term);
}
