// "Cards for This File": every term the active editor uses, to study what is in front of you.
import * as vscode from 'vscode';
import { pickLang } from '../core/content/contentIndex';
import { scanDocument } from '../core/terms/matcher';
import { COMMANDS } from '../ids';
import { hoverLanguage } from '../settings';
import type { TermService } from './termService';

export async function cardsForFile(terms: TermService): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && terms.analysis(editor.document);
  if (!editor || !analysis) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Python, C, SQL, shell, nginx or redis file to list the cards it touches.'));
    return;
  }
  const lang = hoverLanguage();
  const found = scanDocument(await terms.terms(), analysis);
  if (found.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No terms from the cards appear in this file.'));
    return;
  }
  const items = found.map(({ match, count }) => ({
    label: match.entry.term,
    description: `${pickLang(match.entry.cardTitle, lang)}${count > 1 ? ` · ×${count}` : ''}`,
    detail: pickLang(match.entry.summary, lang),
    cardId: match.entry.cardId,
    offset: match.start,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Cards for this file'),
    placeHolder: vscode.l10n.t('{0} terms: pick one to open its card', items.length),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await vscode.commands.executeCommand(COMMANDS.openCard, picked.cardId, picked.label);
}
