// Builds the CardView message payload for one card in one language (pure apart from l10n).
import * as vscode from 'vscode';
import type { ContentIndex } from '../core/content/contentIndex';
import { pickLang } from '../core/content/contentIndex';
import type { Card, Lang } from '../core/content/model';
import type { CardView, UiString } from '../shared/messages';

function uiStrings(): Record<UiString, string> {
  return {
    keyPoints: vscode.l10n.t('Key points'),
    sources: vscode.l10n.t('Sources'),
    related: vscode.l10n.t('Related cards'),
    previous: vscode.l10n.t('Previous'),
    next: vscode.l10n.t('Next'),
    back: vscode.l10n.t('Back'),
    forward: vscode.l10n.t('Forward'),
    draft: vscode.l10n.t('Draft'),
    draftNotice: vscode.l10n.t('This card is a draft: its answer is incomplete and has not been fact-checked yet.'),
    language: vscode.l10n.t('Card language'),
    toolbar: vscode.l10n.t('Card navigation'),
    copyCode: vscode.l10n.t('Copy code'),
    copied: vscode.l10n.t('Copied'),
    noText: vscode.l10n.t('No text in this language yet.'),
    addToReview: vscode.l10n.t('Add to review'),
  };
}

export function buildCardView(
  index: ContentIndex,
  card: Card,
  lang: Lang,
  history: { canGoBack: boolean; canGoForward: boolean },
  highlight?: string,
): CardView {
  const { previous, next, index: position, total } = index.neighbours(card.id);
  const link = (c: Card) => ({ id: c.id, title: pickLang(c.title, lang) });
  const category = index.category(card.category);
  return {
    id: card.id,
    lang,
    title: pickLang(card.title, lang),
    categoryTitle: category ? pickLang(category.title, lang) : card.category,
    status: card.status,
    html: pickLang(card.html, lang),
    keyPoints: pickLang(card.keyPoints, lang, (v) => v.length === 0),
    sources: card.sources,
    related: card.related.map((id) => index.card(id)).filter((c): c is Card => !!c).map(link),
    tags: card.tags,
    hasQuiz: card.quiz.length > 0,
    ...(previous ? { previous: link(previous) } : {}),
    ...(next ? { next: link(next) } : {}),
    position: { index: position, total },
    canGoBack: history.canGoBack,
    canGoForward: history.canGoForward,
    ...(highlight ? { highlight } : {}),
    strings: uiStrings(),
  };
}
