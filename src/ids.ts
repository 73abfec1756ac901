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
  startQuiz: 'backendCards.startQuiz',
  showStatistics: 'backendCards.showStatistics',
  addToReview: 'backendCards.addToReview',
  exportReviews: 'backendCards.exportReviews',
  importReviews: 'backendCards.importReviews',
  newCard: 'backendCards.newCard',
} as const;

export const SETTINGS_SECTION = 'backendCards';

/** Setting keys relative to SETTINGS_SECTION. */
export const SETTINGS = {
  language: 'language',
  decks: 'decks',
  hoverEnabled: 'hover.enabled',
  hoverDisabledLanguages: 'hover.disabledLanguages',
  hoverLanguage: 'hover.language',
  quizNewPerDay: 'quiz.newItemsPerDay',
  quizDayStartHour: 'quiz.dayStartHour',
  quizStatusBar: 'quiz.statusBar',
  quizReminder: 'quiz.dailyReminder',
} as const;

export const WEBVIEW_TYPES = {
  card: 'backendCards.card',
  quiz: 'backendCards.quiz',
  stats: 'backendCards.stats',
} as const;

/** `vscode://` URI path for links to a card (see copyCardLink). */
export const CARD_URI_PATH = '/card';

/** globalState keys. REVIEWS is synced by Settings Sync; the rest stay on this machine. */
export const STATE_KEYS = {
  reviews: 'backendCards.reviews',
  reviewsBackupPrefix: 'backendCards.reviews.backup.',
  lastReminderDay: 'backendCards.lastReminderDay',
} as const;
