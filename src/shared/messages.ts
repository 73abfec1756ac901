// Messages between the extension host and the card webview: one discriminated union per
// direction, shared by both sides so a renamed field fails to compile on both.
import type { Lang } from '../core/content/model';

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
  | 'draft' | 'draftNotice' | 'language' | 'toolbar' | 'copyCode' | 'copied' | 'noText';

export type HostToWebview =
  | { type: 'showCard'; card: CardView; startedAt: number }
  | { type: 'error'; message: string };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rendered'; id: string; lang: Lang; startedAt: number; paintedAt: number }
  | { type: 'openCard'; id: string }
  | { type: 'navigate'; direction: 'previous' | 'next' | 'back' | 'forward' }
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'openExternal'; url: string };

/** State the webview keeps with setState(), so a reload restores the same card. */
export interface CardPanelState {
  cardId: string;
  lang?: Lang;
}
