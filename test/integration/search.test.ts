import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/ids';
import { api, nextEvent } from './helpers';

describe('search command', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens the right card for a query typed into the quick pick', async () => {
    const { cards } = await api();
    const rendered = nextEvent(cards.onDidRender, (e) => e.id === 'django-select-related');
    const picked = vscode.commands.executeCommand<string | undefined>(COMMANDS.search, 'prefetch_related');
    // Give the quick pick a moment to show its results, then press Enter on the first.
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await picked, 'django-select-related');
    await rendered;
    assert.equal(cards.currentCardId, 'django-select-related');
  });

  it('opens nothing when the quick pick is dismissed', async () => {
    const picked = vscode.commands.executeCommand<string | undefined>(COMMANDS.search, '惊群');
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
  });
});
