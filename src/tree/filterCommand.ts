// "Filter Topics…": one multi-select quick pick over categories, tags and statuses.
import * as vscode from 'vscode';
import { pickLang, type ContentIndex } from '../core/content/contentIndex';
import type { CardStatus } from '../core/content/model';
import type { ReviewState, TopicFilter } from '../core/content/topicFilter';
import { cardLanguage } from '../settings';

type Dimension = keyof TopicFilter;
interface FilterItem extends vscode.QuickPickItem {
  dimension?: Dimension;
  value?: string;
}

export async function pickFilter(index: ContentIndex, current: TopicFilter, reviewCounts?: Record<ReviewState, number>): Promise<TopicFilter | undefined> {
  const lang = cardLanguage();
  const count = (predicate: (c: (typeof index.cards)[number]) => boolean) => index.cards.filter(predicate).length;
  const tags = [...new Set(index.cards.flatMap((c) => c.tags))].sort();
  const section = (label: string): FilterItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const item = (dimension: Dimension, value: string, label: string, n: number): FilterItem => ({
    label, description: String(n), dimension, value, picked: (current[dimension] as string[]).includes(value),
  });
  const statusLabel: Record<CardStatus, string> = { complete: vscode.l10n.t('Complete'), draft: vscode.l10n.t('Draft') };
  const items: FilterItem[] = [
    section(vscode.l10n.t('Status')),
    ...(['complete', 'draft'] as const).map((s) => item('statuses', s, statusLabel[s], count((c) => c.status === s))),
    ...(reviewCounts
      ? [
          section(vscode.l10n.t('Review')),
          item('review', 'due', vscode.l10n.t('Due today'), reviewCounts.due),
          item('review', 'new', vscode.l10n.t('Not studied yet'), reviewCounts.new),
          item('review', 'mastered', vscode.l10n.t('Mastered'), reviewCounts.mastered),
        ]
      : []),
    section(vscode.l10n.t('Categories')),
    ...index.categories.map((c) => item('categories', c.id, pickLang(c.title, lang), index.cardsIn(c.id).length)),
    section(vscode.l10n.t('Tags')),
    ...tags.map((t) => item('tags', t, t, count((c) => c.tags.includes(t)))),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Filter Topics'),
    placeHolder: vscode.l10n.t('Pick statuses, categories and tags; none picked shows everything'),
    matchOnDescription: false,
  });
  if (!picked) return undefined;
  const values = (dimension: Dimension) => picked.filter((p) => p.dimension === dimension).map((p) => p.value as string);
  return { categories: values('categories'), tags: values('tags'), statuses: values('statuses') as CardStatus[], review: values('review') as ReviewState[] };
}

export function describeFilter(filter: TopicFilter, index: ContentIndex | undefined): string {
  const lang = cardLanguage();
  const categories = filter.categories.map((id) => {
    const category = index?.category(id);
    return category ? pickLang(category.title, lang) : id;
  });
  const review: Record<ReviewState, string> = { due: vscode.l10n.t('Due today'), new: vscode.l10n.t('Not studied yet'), mastered: vscode.l10n.t('Mastered') };
  return [...categories, ...filter.tags.map((t) => `#${t}`), ...filter.statuses, ...filter.review.map((r) => review[r])].join(' · ');
}
