import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { HOVER_FILE_PATTERNS, HOVER_LANGUAGE_IDS } from '../core/terms/fileKind';
import { COMMANDS } from '../ids';
import { cardsForFile } from './cardsForFile';
import { TermHoverProvider } from './hoverProvider';
import { TermService } from './termService';

export function register(context: vscode.ExtensionContext, content: ContentService): TermService {
  const terms = new TermService(content);
  const selector: vscode.DocumentFilter[] = [
    ...HOVER_LANGUAGE_IDS.map((language) => ({ language })),
    ...HOVER_FILE_PATTERNS.map((pattern) => ({ pattern })),
  ];
  // For the editor context menu's `when` clause.
  void vscode.commands.executeCommand('setContext', 'backendCards.hoverLanguages', [...HOVER_LANGUAGE_IDS]);
  context.subscriptions.push(
    terms,
    vscode.languages.registerHoverProvider(selector, new TermHoverProvider(terms)),
    vscode.commands.registerCommand(COMMANDS.cardsForFile, () => cardsForFile(terms)),
  );
  return terms;
}
