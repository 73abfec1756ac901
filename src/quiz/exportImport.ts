// Export the review history to a JSON file and import (validate + merge) one.
import * as vscode from 'vscode';
import { exportLog, importLog } from '../core/quiz/persistedState';
import type { ReviewStore } from './reviewStore';

export async function exportReviews(store: ReviewStore, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? (await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export review history'),
    filters: { JSON: ['json'] },
    defaultUri: vscode.Uri.file(`backend-cards-reviews-${new Date().toISOString().slice(0, 10)}.json`),
  }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportLog(store.log, Date.now())));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} review events.', store.log.length));
  return uri;
}

/** Returns how many new events were merged in. */
export async function importReviews(store: ReviewStore, source?: vscode.Uri): Promise<number> {
  const uri = source ?? (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Import review history'), filters: { JSON: ['json'] }, canSelectMany: false }))?.[0];
  if (!uri) return 0;
  const result = importLog(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  if (result.events.length === 0 && result.problems.length > 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a review history: {1}', uri.fsPath, result.problems[0] ?? ''));
    return 0;
  }
  const before = store.log.length;
  await store.append(...result.events);
  const added = store.log.length - before;
  const skipped = result.problems.length ? vscode.l10n.t(' {0} unreadable entries were skipped ({1}).', result.problems.length, result.problems[0] ?? '') : '';
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} new review events.', added) + skipped);
  return added;
}
