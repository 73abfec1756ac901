import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { isActive, NO_FILTER, type TopicFilter } from '../core/content/topicFilter';
import { COMMANDS, VIEWS } from '../ids';
import { describeFilter, pickFilter } from './filterCommand';
import { affectsLanguage } from '../settings';
import { TopicTreeProvider, type TopicNode } from './topicTreeProvider';

export interface TopicTree {
  provider: TopicTreeProvider;
  view: vscode.TreeView<TopicNode>;
  /** Selects a card's row when the view is visible (follow the open card). */
  reveal(cardId: string): Promise<void>;
  applyFilter(filter: TopicFilter): void;
  /** A note shown above the tree when nothing is wrong (e.g. Restricted Mode hides decks). */
  setNotice(text: string | undefined): void;
}

export function register(context: vscode.ExtensionContext, content: ContentService): TopicTree {
  const provider = new TopicTreeProvider(content);
  const view = vscode.window.createTreeView(VIEWS.topics, { treeDataProvider: provider, showCollapseAll: true });
  const reveal = async (cardId: string) => {
    if (!view.visible) return;
    const node = await provider.nodeFor(cardId);
    if (node) await view.reveal(node, { select: true, focus: false, expand: true });
  };
  let error: string | undefined;
  let notice: string | undefined;
  const setNotice = (text: string | undefined) => {
    notice = text;
    if (!error) view.message = notice ?? '';
  };
  const applyFilter = (filter: typeof NO_FILTER) => {
    provider.filter = filter;
    view.description = isActive(filter) ? describeFilter(filter, content.current) : '';
    void vscode.commands.executeCommand('setContext', 'backendCards.filterActive', isActive(filter));
  };
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(COMMANDS.filterTopics, async () => {
      const filter = await pickFilter(await content.index(), provider.filter, provider.reviewCounts());
      if (filter) applyFilter(filter);
    }),
    vscode.commands.registerCommand(COMMANDS.clearFilter, () => applyFilter(NO_FILTER)),
    provider.onDidChangeError((message) => {
      error = message;
      view.message = message ?? notice ?? '';
      void vscode.commands.executeCommand('setContext', 'backendCards.contentError', message !== undefined);
    }),
    content.onDidChange(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => affectsLanguage(e) && provider.refresh()),
    vscode.commands.registerCommand(COMMANDS.refreshTopics, () => content.reload()),
    vscode.commands.registerCommand(COMMANDS.revealInTree, async (cardId?: unknown) => {
      if (typeof cardId !== 'string') return;
      await vscode.commands.executeCommand(`${VIEWS.topics}.focus`);
      const node = await provider.nodeFor(cardId);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
    }),
  );
  return { provider, view, reveal, applyFilter, setNotice };
}
