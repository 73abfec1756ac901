import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { COMMANDS } from '../ids';
import { searchCards } from './searchCommand';
import { SearchService } from './searchService';

export function register(context: vscode.ExtensionContext, content: ContentService): SearchService {
  const search = new SearchService(content);
  context.subscriptions.push(
    search,
    vscode.commands.registerCommand(COMMANDS.search, (query?: unknown) => searchCards(content, search, typeof query === 'string' ? query : undefined)),
  );
  return search;
}
