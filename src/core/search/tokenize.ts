// Tokens for search in both languages. Chinese has no spaces: Intl.Segmenter finds the
// words it knows (its dictionary differs between Node, Electron and browsers), and CJK
// bigrams make matching independent of that dictionary. Code identifiers are kept whole
// and split: `select_related` → select_related, select, related.

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const IDENTIFIER_PARTS = /[._\-:/]+|(?<=[a-z0-9])(?=[A-Z])/;

let segmenter: Intl.Segmenter | undefined;
function words(text: string): string[] {
  // Every supported host (Node 16+, Electron, Chromium, Firefox 125+, Safari) has
  // Intl.Segmenter; the fallback keeps search working on any that lacks it.
  if (typeof Intl.Segmenter !== 'function') return text.match(/[\p{L}\p{N}_.$-]+/gu) ?? [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of words(text)) {
    if (CJK.test(word)) {
      if (word.length === 1) tokens.push(word);
      continue; // multi-character CJK words are covered by the bigrams below
    }
    tokens.push(word);
    const parts = word.split(IDENTIFIER_PARTS).filter(Boolean);
    if (parts.length > 1) tokens.push(...parts);
  }
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

export function isCjk(term: string): boolean {
  return CJK.test(term);
}
