// The content model shared by the build-time compiler, the extension and the benchmarks.
// The compiled bundle is plain JSON of these types.

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized<T = string> = Record<Lang, T>;

export const CARD_STATUSES = ['draft', 'complete'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/** Language ids (VS Code's) and file kinds a hover term applies to. */
export const TERM_LANGUAGES = ['c', 'cpp', 'python', 'sql', 'shellscript', 'nginx', 'redis', 'javascript', 'typescript', 'go', 'java', 'ini', 'dockerfile', 'yaml'] as const;
export type TermLanguage = (typeof TERM_LANGUAGES)[number];

export interface Category {
  id: string;
  title: Localized;
  /** A codicon name, e.g. "terminal-linux". */
  icon: string;
  order: number;
}

export interface Term {
  /** The identifier exactly as it appears in code, e.g. `epoll_wait`, `select_related`, `FOR UPDATE`. */
  term: string;
  languages: TermLanguage[];
  aliases: string[];
  summary: Localized;
  doc?: string;
  /** The term counts only in files importing one of these Python modules or including one of these C headers. */
  imports: string[];
}

export type QuizItem =
  | { kind: 'qa'; id: string; question: Localized; answer: Localized }
  | { kind: 'cloze'; id: string; text: Localized }
  | { kind: 'choice'; id: string; question: Localized; choices: Localized[]; answer: number; explanation?: Localized };

export interface Source {
  title: string;
  url: string;
}

/** A card as the extension sees it: markdown already rendered to safe HTML at build time. */
export interface Card {
  id: string;
  category: string;
  order: number;
  title: Localized;
  status: CardStatus;
  seed: number[];
  tags: string[];
  keyPoints: Localized<string[]>;
  /** Rendered HTML per language; empty string where a draft has no text in that language yet. */
  html: Localized;
  /** Plain text per language, for search snippets. */
  text: Localized;
  quiz: QuizItem[];
  terms: Term[];
  sources: Source[];
  related: string[];
  /** Path relative to the content root, for error messages and "edit this card". */
  file: string;
}

export interface ContentBundle {
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  builtAt: string;
  categories: Category[];
  /** Sorted by category order, then card order. */
  cards: Card[];
}

export const BUNDLE_FORMAT_VERSION = 1;
