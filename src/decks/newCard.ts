// "New Card": creates a card file from a template in a deck and opens it.
import * as vscode from 'vscode';
import { findDeckSources, WORKSPACE_DECK_FOLDER } from './deckSources';

export function cardTemplate(id: string, title: string): string {
  return `---
id: ${id}
category: mine          # user decks show under their own deck, whatever this says
order: 10
title:
  zh: ${JSON.stringify(title)}
  en: ${JSON.stringify(title)}
status: draft
tags: []
keyPoints:
  zh: []
  en: []
quiz:
  - kind: qa
    question: { zh: "问题？", en: "Question?" }
    answer: { zh: "答案。", en: "Answer." }
terms: []
sources: []
related: []
---

<!-- lang: zh -->
## 简答


<!-- lang: en -->
## Short answer

`;
}

export async function newCard(): Promise<vscode.Uri | undefined> {
  const { sources } = await findDeckSources();
  const folder = vscode.workspace.workspaceFolders?.[0];
  type Pick = vscode.QuickPickItem & { root: vscode.Uri };
  const picks: Pick[] = sources.map((s) => ({ label: s.title, description: s.root.fsPath, root: s.root }));
  if (folder && !sources.some((s) => s.kind === 'workspace')) {
    picks.push({ label: vscode.l10n.t('New deck in this workspace'), description: `${folder.name}/${WORKSPACE_DECK_FOLDER}`, root: vscode.Uri.joinPath(folder.uri, WORKSPACE_DECK_FOLDER) });
  }
  if (picks.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder, or list deck folders in the setting backendCards.decks, to add your own cards.'));
    return undefined;
  }
  const deck = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('New card: which deck?') });
  if (!deck) return undefined;
  const title = await vscode.window.showInputBox({ title: vscode.l10n.t('New card: title'), prompt: vscode.l10n.t('What the card answers, e.g. "Why TIME_WAIT lasts 2 MSL"') });
  if (!title?.trim()) return undefined;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || `card-${Date.now().toString(36)}`;
  let uri = vscode.Uri.joinPath(deck.root, `${slug}.md`);
  for (let n = 2; await vscode.workspace.fs.stat(uri).then(() => true, () => false); n++) uri = vscode.Uri.joinPath(deck.root, `${slug}-${n}.md`);
  await vscode.workspace.fs.createDirectory(deck.root);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(cardTemplate(`my-${slug}`, title.trim())));
  await vscode.window.showTextDocument(uri);
  return uri;
}
