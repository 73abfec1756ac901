// Every command, view and setting id, declared once. test/unit/manifest.test.ts checks
// that package.json contributes exactly these, so the two cannot drift apart.

export const VIEW_CONTAINER = 'backendCards';

export const VIEWS = {
  topics: 'backendCards.topics',
} as const;

export const COMMANDS = {
  openCard: 'backendCards.openCard',
  openCardToSide: 'backendCards.openCardToSide',
  copyCardId: 'backendCards.copyCardId',
  copyCardLink: 'backendCards.copyCardLink',
  revealInTree: 'backendCards.revealInTree',
  refreshTopics: 'backendCards.refreshTopics',
  toggleLanguage: 'backendCards.toggleLanguage',
  cardsForFile: 'backendCards.cardsForFile',
  search: 'backendCards.search',
  filterTopics: 'backendCards.filterTopics',
  clearFilter: 'backendCards.clearFilter',
} as const;

export const SETTINGS_SECTION = 'backendCards';

/** Setting keys relative to SETTINGS_SECTION. */
export const SETTINGS = {
  language: 'language',
  hoverEnabled: 'hover.enabled',
  hoverDisabledLanguages: 'hover.disabledLanguages',
  hoverLanguage: 'hover.language',
} as const;

export const WEBVIEW_TYPES = {
  card: 'backendCards.card',
} as const;

/** `vscode://` URI path for links to a card (see copyCardLink). */
export const CARD_URI_PATH = '/card';
