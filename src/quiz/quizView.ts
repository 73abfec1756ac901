// Builds what the quiz webview shows for one item (pure apart from l10n).
import * as vscode from 'vscode';
import { pickLang, type ContentIndex } from '../core/content/contentIndex';
import type { Lang, QuizItem } from '../core/content/model';
import type { Grade } from '../core/quiz/reviewLog';
import { formatInterval, type Scheduler, type ItemState } from '../core/quiz/scheduler';
import type { QuizItemView, QuizUiString, TextPart } from '../shared/messages';

/** "Linux {{4.5}} added it" → text and gap parts. */
export function clozeParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{([^{}]+)\}\}/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[1] ?? '', gap: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export function quizItemView(
  index: ContentIndex, cardId: string, item: QuizItem, state: ItemState | undefined, scheduler: Scheduler, now: number, lang: Lang,
): QuizItemView {
  const card = index.card(cardId);
  const category = card ? index.category(card.category) : undefined;
  const preview = scheduler.preview(state, now);
  const intervals = Object.fromEntries(([1, 2, 3, 4] as Grade[]).map((g) => [g, formatInterval(preview[g] - now)])) as Record<Grade, string>;
  const base = {
    itemId: item.id,
    cardId,
    cardTitle: card ? pickLang(card.title, lang) : cardId,
    categoryTitle: category ? pickLang(category.title, lang) : '',
    isNew: !state,
    intervals,
  };
  switch (item.kind) {
    case 'qa':
      return { ...base, kind: 'qa', question: pickLang(item.question, lang), answer: pickLang(item.answer, lang) };
    case 'cloze':
      return { ...base, kind: 'cloze', parts: clozeParts(pickLang(item.text, lang)) };
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        question: pickLang(item.question, lang),
        choices: item.choices.map((c) => pickLang(c, lang)),
        answer: item.answer,
        ...(item.explanation ? { explanation: pickLang(item.explanation, lang) } : {}),
      };
  }
}

export function quizStrings(): Record<QuizUiString, string> {
  return {
    title: vscode.l10n.t('Daily quiz'),
    show: vscode.l10n.t('Show answer'),
    again: vscode.l10n.t('Again'),
    hard: vscode.l10n.t('Hard'),
    good: vscode.l10n.t('Good'),
    easy: vscode.l10n.t('Easy'),
    undo: vscode.l10n.t('Undo'),
    skip: vscode.l10n.t('Skip for today'),
    openCard: vscode.l10n.t('Open card'),
    new: vscode.l10n.t('New'),
    review: vscode.l10n.t('Review'),
    correct: vscode.l10n.t('Correct'),
    wrong: vscode.l10n.t('Not quite'),
    continue: vscode.l10n.t('Continue'),
    done: vscode.l10n.t('Done for today'),
    doneDetail: vscode.l10n.t('Nothing else is due. Come back tomorrow to keep your streak.'),
    empty: vscode.l10n.t('No quiz items are due and no new ones are left for today.'),
    progress: vscode.l10n.t('{0} done · {1} left'),
    reviewed: vscode.l10n.t('Reviewed'),
    againCount: vscode.l10n.t('Forgotten (Again)'),
    newLearned: vscode.l10n.t('New items'),
    minutes: vscode.l10n.t('Minutes'),
    streak: vscode.l10n.t('Day streak'),
    dueTomorrow: vscode.l10n.t('Due tomorrow'),
    keys: vscode.l10n.t('Space: show · 1–4: rate · Ctrl+Z: undo · S: skip · O: open card'),
    answer: vscode.l10n.t('Answer'),
    question: vscode.l10n.t('Question'),
    statistics: vscode.l10n.t('Statistics'),
  };
}
