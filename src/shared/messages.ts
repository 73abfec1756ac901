// Messages between the extension host and the card webview: one discriminated union per
// direction, shared by both sides so a renamed field fails to compile on both.
import type { Lang } from '../core/content/model';
import type { QuizStats } from '../core/quiz/stats';

/** What the host needs to draw one card; computed on the host from the bundle. */
export interface CardView {
  id: string;
  lang: Lang;
  title: string;
  categoryTitle: string;
  status: 'draft' | 'complete';
  html: string;
  keyPoints: string[];
  sources: { title: string; url: string }[];
  related: { id: string; title: string }[];
  tags: string[];
  /** The card has quiz items (shows "Add to review"). */
  hasQuiz: boolean;
  previous?: { id: string; title: string };
  next?: { id: string; title: string };
  /** Position in the category, 1-based, and its size. */
  position: { index: number; total: number };
  canGoBack: boolean;
  canGoForward: boolean;
  /** Text to highlight after rendering (e.g. a search match). */
  highlight?: string;
  /** UI strings in the user's language, localized on the host. */
  strings: Record<UiString, string>;
}

export type UiString =
  | 'keyPoints' | 'sources' | 'related' | 'previous' | 'next' | 'back' | 'forward'
  | 'draft' | 'draftNotice' | 'language' | 'toolbar' | 'copyCode' | 'copied' | 'noText' | 'addToReview';

export type HostToWebview =
  | { type: 'showCard'; card: CardView; startedAt: number }
  | { type: 'error'; message: string };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rendered'; id: string; lang: Lang; startedAt: number; paintedAt: number }
  | { type: 'openCard'; id: string }
  | { type: 'navigate'; direction: 'previous' | 'next' | 'back' | 'forward' }
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'openExternal'; url: string }
  | { type: 'addToReview'; id: string };

/** State the webview keeps with setState(), so a reload restores the same card. */
export interface CardPanelState {
  cardId: string;
  lang?: Lang;
}

// ---- Daily quiz ------------------------------------------------------------------

/** A piece of question text: plain text or a cloze gap (hidden until revealed). */
export interface TextPart {
  text: string;
  gap?: boolean;
}

export interface QuizItemViewBase {
  itemId: string;
  cardId: string;
  cardTitle: string;
  categoryTitle: string;
  isNew: boolean;
  /** Button labels: the interval each grade would schedule ("10m", "3d"). */
  intervals: Record<1 | 2 | 3 | 4, string>;
}

export type QuizItemView = QuizItemViewBase & (
  | { kind: 'qa'; question: string; answer: string }
  | { kind: 'cloze'; parts: TextPart[] }
  | { kind: 'choice'; question: string; choices: string[]; answer: number; explanation?: string }
);

export interface QuizSummary {
  reviewed: number;
  again: number;
  newLearned: number;
  minutes: number;
  streak: number;
  dueTomorrow: number;
}

export type QuizUiString =
  | 'title' | 'show' | 'again' | 'hard' | 'good' | 'easy' | 'undo' | 'skip' | 'openCard' | 'new' | 'review'
  | 'correct' | 'wrong' | 'continue' | 'done' | 'doneDetail' | 'empty' | 'progress' | 'reviewed' | 'againCount'
  | 'newLearned' | 'minutes' | 'streak' | 'dueTomorrow' | 'keys' | 'answer' | 'question' | 'statistics';

export type QuizHostToWebview =
  | { type: 'item'; item: QuizItemView; remaining: number; done: number; canUndo: boolean; strings: Record<QuizUiString, string> }
  | { type: 'summary'; summary: QuizSummary; strings: Record<QuizUiString, string> };

export type QuizWebviewToHost =
  | { type: 'ready' }
  | { type: 'rate'; itemId: string; grade: 1 | 2 | 3 | 4 }
  | { type: 'undo' }
  | { type: 'skip'; itemId: string }
  | { type: 'openCard'; cardId: string }
  | { type: 'showStatistics' }
  /** The webview drew an item (tests and the open-to-first-item benchmark). */
  | { type: 'shown'; itemId: string; revealed: boolean };

// ---- Statistics ------------------------------------------------------------------

export type StatsUiString =
  | 'title' | 'currentStreak' | 'longestStreak' | 'days' | 'reviewsToday' | 'retention' | 'retentionDetail' | 'noReviews'
  | 'states' | 'new' | 'learning' | 'review' | 'relearning' | 'forecast' | 'mastery' | 'heatmap' | 'reviewsOn' | 'today' | 'dueOn';

export interface StatsView {
  stats: QuizStats;
  categoryTitles: Record<string, string>;
  strings: Record<StatsUiString, string>;
}

export type StatsHostToWebview = { type: 'stats'; view: StatsView };
export type StatsWebviewToHost = { type: 'ready' } | { type: 'rendered' };
