// The "Topics" tree: categories → topics. Content is loaded on the first getChildren.
import * as vscode from 'vscode';
import type { Card, Category } from '../core/content/model';
import { pickLang } from '../core/content/contentIndex';
import { matchesFilter, NO_FILTER, type ReviewState, type TopicFilter } from '../core/content/topicFilter';
import { MASTERY_THRESHOLD } from '../core/quiz/stats';
import type { ContentService } from '../content/contentService';
import type { QuizService } from '../quiz/quizService';
import { COMMANDS } from '../ids';
import { cardLanguage } from '../settings';

/** Commands get a card id from the tree (a node), a hover/command link (a string) or a URI. */
export function cardIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as TopicNode | undefined;
  return node?.kind === 'topic' ? node.card.id : undefined;
}

const NO_REVIEW_STATES: ReadonlySet<ReviewState> = new Set();

export type TopicNode =
  | { kind: 'category'; category: Category }
  | { kind: 'topic'; card: Card };

export class TopicTreeProvider implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Set when loading fails; the view shows it as its message. */
  private readonly errorChanged = new vscode.EventEmitter<string | undefined>();
  readonly onDidChangeError = this.errorChanged.event;
  /** Node objects are cached so reveal() gets the same instances getChildren returned. */
  private readonly categoryNodes = new Map<string, TopicNode & { kind: 'category' }>();
  private readonly topicNodes = new Map<string, TopicNode & { kind: 'topic' }>();

  private filterValue: TopicFilter = NO_FILTER;
  private quiz: QuizService | undefined;
  /** Due counts and mastery, computed when the root is listed (getTreeItem must be synchronous). */
  private progress: { cardDue: Map<string, number>; cardReview: Map<string, Set<ReviewState>>; category: Map<string, { due: number; mastered: number; total: number }> } | undefined;
  private quizSubscription: vscode.Disposable | undefined;

  constructor(private readonly content: ContentService) {}

  /** Shows due counts and mastery once the quiz exists (it is registered after the tree). */
  attachQuiz(quiz: QuizService): void {
    this.quiz = quiz;
    this.quizSubscription = quiz.onDidChange(() => this.refresh());
    this.refresh();
  }

  get filter(): TopicFilter {
    return this.filterValue;
  }

  set filter(filter: TopicFilter) {
    this.filterValue = filter;
    this.refresh();
  }

  refresh(): void {
    this.categoryNodes.clear();
    this.topicNodes.clear();
    this.changed.fire(undefined);
  }

  async getChildren(node?: TopicNode): Promise<TopicNode[]> {
    let index;
    try {
      index = await this.content.index();
      this.errorChanged.fire(undefined);
    } catch (error) {
      this.errorChanged.fire((error as Error).message);
      return [];
    }
    if (!node && this.quiz) this.progress = await this.computeProgress(this.quiz).catch(() => undefined);
    const visible = (categoryId: string) => index.cardsIn(categoryId).filter((c) => matchesFilter(c, this.filterValue, this.reviewOf));
    if (!node) return index.categories.filter((c) => visible(c.id).length > 0).map((c) => this.categoryNode(c));
    if (node.kind === 'category') return visible(node.category.id).map((c) => this.topicNode(c));
    return [];
  }

  getParent(node: TopicNode): TopicNode | undefined {
    if (node.kind === 'category') return undefined;
    const category = this.content.current?.category(node.card.category);
    return category ? this.categoryNode(category) : undefined;
  }

  /** The node for a card id, for TreeView.reveal. */
  async nodeFor(cardId: string): Promise<TopicNode | undefined> {
    const card = (await this.content.index()).card(cardId);
    return card ? this.topicNode(card) : undefined;
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    const lang = cardLanguage();
    if (node.kind === 'category') {
      const count = this.content.current?.cardsIn(node.category.id).filter((c) => matchesFilter(c, this.filterValue, this.reviewOf)).length ?? 0;
      const item = new vscode.TreeItem(pickLang(node.category.title, lang), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `category:${node.category.id}`;
      item.iconPath = new vscode.ThemeIcon(node.category.icon);
      const progress = this.progress?.category.get(node.category.id);
      const mastery = progress?.total ? vscode.l10n.t('{0}% mastered', Math.round((progress.mastered / progress.total) * 100)) : '';
      const due = progress?.due ? vscode.l10n.t('{0} due', progress.due) : '';
      item.description = [String(count), mastery, due].filter(Boolean).join(' · ');
      item.tooltip = vscode.l10n.t('{0}: {1} topics', pickLang(node.category.title, lang), count) + (mastery ? `\n${mastery}` : '') + (due ? `\n${due}` : '');
      item.contextValue = 'category';
      return item;
    }
    const { card } = node;
    const title = pickLang(card.title, lang);
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = `topic:${card.id}`;
    item.iconPath = new vscode.ThemeIcon(card.status === 'complete' ? 'notebook' : 'circle-large-outline');
    const due = this.progress?.cardDue.get(card.id) ?? 0;
    item.description = [due ? vscode.l10n.t('{0} due', due) : '', card.status === 'draft' ? vscode.l10n.t('draft') : ''].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${title}**\n\n${card.tags.map((t) => `\`${t}\``).join(' ')}`);
    item.contextValue = 'topic';
    item.command = { command: COMMANDS.openCard, title: vscode.l10n.t('Open Card'), arguments: [card.id] };
    item.accessibilityInformation = {
      label: card.status === 'draft' ? vscode.l10n.t('{0}, draft', title) : title,
    };
    return item;
  }

  /** How many cards are in each review state, once the quiz is attached (for the filter picker). */
  reviewCounts(): Record<ReviewState, number> | undefined {
    if (!this.progress) return undefined;
    const counts = { due: 0, new: 0, mastered: 0 };
    for (const states of this.progress.cardReview.values()) for (const s of states) counts[s]++;
    return counts;
  }

  private readonly reviewOf = (cardId: string): ReadonlySet<ReviewState> => this.progress?.cardReview.get(cardId) ?? NO_REVIEW_STATES;

  /**
   * Due counts, review states and per-category mastery for the tree, in one pass over the
   * cards: the full statistics (streaks, heatmap, retention) are not needed on a refresh.
   */
  private async computeProgress(quiz: QuizService) {
    const [queue, model] = await Promise.all([quiz.queue(), quiz.current()]);
    const cardDue = new Map<string, number>();
    for (const id of [...queue.due, ...queue.fresh]) {
      const cardId = model.itemById.get(id)?.ref.cardId;
      if (cardId) cardDue.set(cardId, (cardDue.get(cardId) ?? 0) + 1);
    }
    const now = Date.now();
    const category = new Map<string, { due: number; mastered: number; total: number }>();
    const cardReview = new Map<string, Set<ReviewState>>();
    for (const card of model.index.cards) {
      if (card.quiz.length === 0) continue;
      const mastered = card.quiz.filter((q) => quiz.scheduler.retrievability(model.states.get(q.id), now) >= MASTERY_THRESHOLD).length;
      const due = cardDue.get(card.id) ?? 0;
      const entry = category.get(card.category) ?? { due: 0, mastered: 0, total: 0 };
      entry.due += due;
      entry.mastered += mastered;
      entry.total += card.quiz.length;
      category.set(card.category, entry);
      const states = new Set<ReviewState>();
      if (due > 0) states.add('due');
      if (card.quiz.every((q) => !model.states.has(q.id))) states.add('new');
      if (mastered === card.quiz.length) states.add('mastered');
      cardReview.set(card.id, states);
    }
    return { cardDue, cardReview, category };
  }

  private categoryNode(category: Category) {
    let node = this.categoryNodes.get(category.id);
    if (!node) this.categoryNodes.set(category.id, (node = { kind: 'category', category }));
    return node;
  }

  private topicNode(card: Card) {
    let node = this.topicNodes.get(card.id);
    if (!node) this.topicNodes.set(card.id, (node = { kind: 'topic', card }));
    return node;
  }

  dispose(): void {
    this.quizSubscription?.dispose();
    this.changed.dispose();
    this.errorChanged.dispose();
  }
}
