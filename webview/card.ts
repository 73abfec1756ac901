// The card webview: draws the CardView the host sends, handles in-place navigation and
// keyboard shortcuts, and reports what it rendered back to the host.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-divider/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import type { CardPanelState, CardView, HostToWebview, WebviewToHost } from '../src/shared/messages';
import { h, highlightText } from './dom';
import { applyFontSettings, channel } from './vscodeApi';

const host = channel<WebviewToHost, HostToWebview, CardPanelState>();

const app = document.getElementById('app') as HTMLElement;
let current: CardView | undefined;

applyFontSettings();

host.onMessage((message) => {
  switch (message.type) {
    case 'showCard':
      render(message.card);
      host.setState({ cardId: message.card.id, lang: message.card.lang });
      // Two frames: the first is scheduled before layout, the second runs after paint.
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          host.post({ type: 'rendered', id: message.card.id, lang: message.card.lang, startedAt: message.startedAt, paintedAt: Date.now() }),
        ),
      );
      return;
    case 'error':
      app.replaceChildren(h('p', { class: 'error', role: 'alert' }, message.message));
      return;
  }
});

function iconButton(icon: string, label: string, enabled: boolean, onClick: () => void, shortcut: string) {
  const button = h('vscode-button', { secondary: '', 'aria-label': `${label} (${shortcut})`, title: `${label} (${shortcut})`, icon });
  if (!enabled) button.setAttribute('disabled', '');
  button.addEventListener('click', onClick);
  return button;
}

function render(card: CardView) {
  current = card;
  document.documentElement.lang = card.lang === 'zh' ? 'zh-CN' : 'en';
  const s = card.strings;
  const nav = (direction: 'previous' | 'next' | 'back' | 'forward') => () => host.post({ type: 'navigate', direction });

  const toolbar = h('nav', { class: 'toolbar', 'aria-label': s.toolbar },
    iconButton('arrow-left', s.back, card.canGoBack, nav('back'), 'Alt+←'),
    iconButton('arrow-right', s.forward, card.canGoForward, nav('forward'), 'Alt+→'),
    h('span', { class: 'spacer' }),
    iconButton('chevron-left', card.previous ? `${s.previous}: ${card.previous.title}` : s.previous, !!card.previous, nav('previous'), '←'),
    h('span', { class: 'position', 'aria-label': `${card.position.index} / ${card.position.total}` }, `${card.position.index} / ${card.position.total}`),
    iconButton('chevron-right', card.next ? `${s.next}: ${card.next.title}` : s.next, !!card.next, nav('next'), '→'),
    h('span', { class: 'spacer' }),
    card.hasQuiz ? iconButton('add', s.addToReview, true, () => host.post({ type: 'addToReview', id: card.id }), 'R') : undefined,
    languageToggle(card),
  );

  const header = h('header', { class: 'card-header' },
    h('div', { class: 'category' }, card.categoryTitle),
    h('h1', { id: 'card-title' }, card.title),
    h('div', { class: 'tags' }, ...card.tags.map((t) => h('vscode-badge', { variant: 'default' }, t)),
      card.status === 'draft' ? h('vscode-badge', { class: 'draft-badge' }, s.draft) : undefined),
  );

  const body = h('article', { class: 'card-body', 'aria-labelledby': 'card-title' });
  if (card.status === 'draft') body.append(h('p', { class: 'draft-notice', role: 'note' }, s.draftNotice));
  if (card.keyPoints.length) {
    body.append(h('section', { class: 'key-points', 'aria-label': s.keyPoints },
      h('h2', {}, s.keyPoints), h('ul', {}, ...card.keyPoints.map((p) => h('li', {}, p)))));
  }
  const answer = h('section', { class: 'answer' });
  // card.html was rendered from markdown at build time with raw HTML disabled.
  answer.innerHTML = card.html || '';
  if (!card.html) answer.append(h('p', { class: 'empty' }, s.noText));
  body.append(answer);
  addCopyButtons(answer, s.copyCode, s.copied);

  if (card.related.length) {
    body.append(h('section', { class: 'related', 'aria-label': s.related }, h('h2', {}, s.related),
      h('ul', {}, ...card.related.map((r) => h('li', {}, h('a', { href: '#', 'data-card': r.id, class: 'card-link' }, r.title))))));
  }
  if (card.sources.length) {
    body.append(h('section', { class: 'sources', 'aria-label': s.sources }, h('h2', {}, s.sources),
      h('ol', {}, ...card.sources.map((src) => h('li', {}, h('a', { href: src.url, class: 'external-link', title: src.url }, src.title))))));
  }

  app.replaceChildren(toolbar, header, body);
  app.dataset['cardId'] = card.id;
  if (card.highlight) highlightText(answer, card.highlight)?.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, 0);
}

function languageToggle(card: CardView) {
  const group = h('div', { class: 'lang-toggle', role: 'radiogroup', 'aria-label': card.strings.language });
  for (const [lang, label] of [['zh', '中文'], ['en', 'English']] as const) {
    const button = h('vscode-button', {
      role: 'radio',
      'aria-checked': String(card.lang === lang),
      'data-lang': lang,
      title: card.strings.language,
    }, label);
    if (card.lang !== lang) button.setAttribute('secondary', '');
    button.addEventListener('click', () => lang !== card.lang && host.post({ type: 'setLanguage', lang }));
    group.append(button);
  }
  return group;
}

function addCopyButtons(root: HTMLElement, label: string, done: string) {
  for (const pre of root.querySelectorAll('pre')) {
    const button = h('vscode-button', { class: 'copy-code', secondary: '', icon: 'copy', 'aria-label': label, title: label });
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(pre.querySelector('code')?.textContent ?? pre.textContent ?? '').then(() => button.setAttribute('title', done));
    });
    pre.classList.add('has-copy');
    pre.prepend(button);
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  const cardId = link.dataset['card'];
  if (cardId) {
    event.preventDefault();
    host.post({ type: 'openCard', id: cardId });
  } else if (link.classList.contains('external-link')) {
    event.preventDefault();
    host.post({ type: 'openExternal', url: link.getAttribute('href') ?? '' });
  }
});

document.addEventListener('keydown', (event) => {
  if (!current || event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
  const direction =
    event.key === 'ArrowLeft' ? (event.altKey ? 'back' : 'previous') :
    event.key === 'ArrowRight' ? (event.altKey ? 'forward' : 'next') : undefined;
  if (event.key.toLowerCase() === 'r' && !event.altKey && current.hasQuiz) {
    host.post({ type: 'addToReview', id: current.id });
    return;
  }
  if (!direction) return;
  event.preventDefault();
  host.post({ type: 'navigate', direction });
});

host.post({ type: 'ready' });
