// The daily quiz webview: question → reveal (Space/Enter) → rate (1–4), undo (Ctrl/Cmd+Z),
// skip (S), open the card (O). Multiple choice is graded here and mapped to a rating.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import type { QuizHostToWebview, QuizItemView, QuizSummary, QuizUiString, QuizWebviewToHost } from '../src/shared/messages';
import { h } from './dom';
import { inlineText } from './inlineText';
import { applyFontSettings, channel } from './vscodeApi';

const host = channel<QuizWebviewToHost, QuizHostToWebview>();
const app = document.getElementById('app') as HTMLElement;
type Strings = Record<QuizUiString, string>;

interface View {
  item: QuizItemView;
  strings: Strings;
  revealed: boolean;
  /** Multiple choice: the index picked. */
  chosen?: number;
  canUndo: boolean;
  remaining: number;
  done: number;
}
let view: View | undefined;

applyFontSettings();

host.onMessage((message) => {
  if (message.type === 'item') {
    view = { item: message.item, strings: message.strings, revealed: false, canUndo: message.canUndo, remaining: message.remaining, done: message.done };
    render();
  } else {
    view = undefined;
    renderSummary(message.summary, message.strings);
  }
});

const GRADES = [[1, 'again'], [2, 'hard'], [3, 'good'], [4, 'easy']] as const;

function button(label: string, onClick: () => void, attrs: Record<string, string | undefined> = {}) {
  const b = h('vscode-button', attrs, label);
  b.addEventListener('click', onClick);
  return b;
}

function render() {
  if (!view) return;
  const { item, strings: s } = view;
  const format = (template: string, ...args: (string | number)[]) => args.reduce<string>((t, a, i) => t.replace(`{${i}}`, String(a)), template);
  const header = h('header', { class: 'quiz-header' },
    h('span', { class: 'category' }, item.categoryTitle),
    h('vscode-badge', {}, item.isNew ? s.new : s.review),
    h('span', { class: 'spacer' }),
    h('span', { class: 'progress', role: 'status' }, format(s.progress, view.done, view.remaining)),
  );
  const body = h('section', { class: 'quiz-item', 'aria-label': s.question });
  body.append(h('h1', { class: 'card-title' }, item.cardTitle));
  if (item.kind === 'qa') {
    body.append(h('p', { class: 'question' }, ...inlineText(item.question)));
    if (view.revealed) body.append(h('div', { class: 'answer', role: 'region', 'aria-label': s.answer }, ...inlineText(item.answer)));
  } else if (item.kind === 'cloze') {
    body.append(h('p', { class: 'question cloze' }, ...item.parts.map((p) =>
      p.gap ? h('span', { class: view?.revealed ? 'gap revealed' : 'gap', 'aria-label': view?.revealed ? p.text : '…' }, view?.revealed ? p.text : '[ … ]') : h('span', {}, ...inlineText(p.text)))));
  } else {
    body.append(h('p', { class: 'question' }, ...inlineText(item.question)));
    const list = h('ol', { class: 'choices', role: 'listbox', 'aria-label': s.question });
    item.choices.forEach((choice, i) => {
      const state = view?.chosen === undefined ? '' : i === item.answer ? 'correct' : i === view.chosen ? 'wrong' : '';
      const li = h('li', { class: `choice ${state}`, role: 'option', tabindex: '0', 'aria-selected': String(view?.chosen === i), 'data-index': String(i) },
        h('span', { class: 'key' }, String(i + 1)), ...inlineText(choice));
      li.addEventListener('click', () => choose(i));
      list.append(li);
    });
    body.append(list);
    if (view.chosen !== undefined) {
      const right = view.chosen === item.answer;
      body.append(h('p', { class: `verdict ${right ? 'correct' : 'wrong'}`, role: 'alert' }, right ? s.correct : s.wrong));
      if (item.explanation) body.append(h('div', { class: 'answer' }, ...inlineText(item.explanation)));
    }
  }

  const actions = h('div', { class: 'actions' });
  if (item.kind === 'choice') {
    if (view.chosen !== undefined) actions.append(button(`${s.continue} (Enter)`, () => rateChoice(), { autofocus: '' }));
  } else if (!view.revealed) {
    actions.append(button(`${s.show} (Space)`, reveal, { autofocus: '' }));
  } else {
    for (const [grade, key] of GRADES) {
      actions.append(button(`${s[key]} · ${item.intervals[grade]}`, () => rate(grade), {
        'aria-label': `${s[key]} (${grade}), ${item.intervals[grade]}`, title: `${grade}`, ...(grade === 1 ? { secondary: '' } : {}),
      }));
    }
  }
  const secondary = h('div', { class: 'secondary-actions' },
    button(s.undo, () => host.post({ type: 'undo' }), { secondary: '', icon: 'discard', ...(view.canUndo ? {} : { disabled: '' }), title: 'Ctrl+Z' }),
    button(s.skip, () => host.post({ type: 'skip', itemId: item.itemId }), { secondary: '', icon: 'debug-step-over', title: 'S' }),
    button(s.openCard, () => host.post({ type: 'openCard', cardId: item.cardId }), { secondary: '', icon: 'book', title: 'O' }),
  );
  app.replaceChildren(header, body, actions, secondary, h('p', { class: 'keys' }, s.keys));
  (actions.firstElementChild as HTMLElement | null)?.focus();
  host.post({ type: 'shown', itemId: item.itemId, revealed: view.revealed || view.chosen !== undefined });
}

function reveal() {
  if (!view || view.item.kind === 'choice' || view.revealed) return;
  view.revealed = true;
  render();
}

function choose(i: number) {
  if (!view || view.item.kind !== 'choice' || view.chosen !== undefined || i >= view.item.choices.length) return;
  view.chosen = i;
  render();
}

function rateChoice() {
  if (!view || view.item.kind !== 'choice' || view.chosen === undefined) return;
  // A right answer is a Good, a wrong one an Again: what a person would have pressed.
  rate(view.chosen === view.item.answer ? 3 : 1);
}

function rate(grade: 1 | 2 | 3 | 4) {
  if (!view) return;
  const itemId = view.item.itemId;
  view = undefined; // ignore further keys until the host sends the next item
  host.post({ type: 'rate', itemId, grade });
}

function renderSummary(summary: QuizSummary, s: Strings) {
  const stat = (label: string, value: number) => h('div', { class: 'stat' }, h('div', { class: 'value' }, String(value)), h('div', { class: 'label' }, label));
  app.replaceChildren(
    h('h1', {}, summary.reviewed > 0 ? s.done : s.empty),
    h('p', {}, s.doneDetail),
    h('div', { class: 'stats', role: 'list' },
      stat(s.reviewed, summary.reviewed), stat(s.againCount, summary.again), stat(s.newLearned, summary.newLearned),
      stat(s.minutes, summary.minutes), stat(s.streak, summary.streak), stat(s.dueTomorrow, summary.dueTomorrow)),
    h('div', { class: 'actions' },
      button(s.statistics, () => host.post({ type: 'showStatistics' }), { icon: 'graph' }),
      button(s.undo, () => host.post({ type: 'undo' }), { secondary: '', icon: 'discard', ...(summary.reviewed ? {} : { disabled: '' }) })),
  );
}

document.addEventListener('keydown', (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    host.post({ type: 'undo' });
    return;
  }
  if (!view || mod || event.altKey) return;
  const { item } = view;
  const key = event.key.toLowerCase();
  if (key === 's') host.post({ type: 'skip', itemId: item.itemId });
  else if (key === 'o') host.post({ type: 'openCard', cardId: item.cardId });
  else if (item.kind === 'choice') {
    if (view.chosen === undefined && /^[1-9]$/.test(key)) choose(Number(key) - 1);
    else if (view.chosen !== undefined && key === 'enter') rateChoice();
    else return;
  } else if (!view.revealed && (key === ' ' || key === 'enter')) reveal();
  else if (view.revealed && /^[1-4]$/.test(key)) rate(Number(key) as 1 | 2 | 3 | 4);
  else return;
  event.preventDefault();
});

host.post({ type: 'ready' });
