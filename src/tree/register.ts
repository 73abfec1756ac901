import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { COMMANDS, VIEWS } from '../ids';
import { affectsLanguage } from '../settings';
import { TopicTreeProvider, type TopicNode } from './topicTreeProvider';

export interface TopicTree {
  provider: TopicTreeProvider;
  view: vscode.TreeView<TopicNode>;
  /** Selects a card's row when the view is visible (follow the open card). */
  reveal(cardId: string): Promise<void>;
}

export function register(context: vscode.ExtensionContext, content: ContentService): TopicTree {
  const provider = new TopicTreeProvider(content);
  const view = vscode.window.createTreeView(VIEWS.topics, { treeDataProvider: provider, showCollapseAll: true });
  const reveal = async (cardId: string) => {
    if (!view.visible) return;
    const node = await provider.nodeFor(cardId);
    if (node) await view.reveal(node, { select: true, focus: false, expand: true });
  };
  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeError((message) => {
      view.message = message ?? '';
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
  return { provider, view, reveal };
}
