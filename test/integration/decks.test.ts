import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, nextEvent } from './helpers';

const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri as vscode.Uri;

describe('user decks', () => {
  before(async () => {
    const { decks } = await api();
    await decks.reload();
  });

  it('shows the workspace deck in the tree as its own category', async () => {
    const { tree, content } = await api();
    const roots = await tree.provider.getChildren();
    const deck = roots.find((n) => n.kind === 'category' && n.category.id.startsWith('deck-'));
    assert.ok(deck, 'a deck category');
    const topics = await tree.provider.getChildren(deck);
    assert.deepEqual(topics.map((t) => t.kind === 'topic' && t.card.id), ['team-retry-budget', 'team-hostile']);
    assert.equal((await content.index()).card('team-retry-budget')?.category, deck.kind === 'category' ? deck.category.id : '');
  });

  it('reports a broken card in the Problems panel at its line, without hiding the valid one', async () => {
    const { decks } = await api();
    const uri = vscode.Uri.joinPath(folder(), '.backend-cards', 'broken.md');
    const diagnostics = decks.diagnostics.get(uri) ?? [];
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0]?.range.start.line, 5, 'line 6, zero-based');
    assert.match(diagnostics[0]?.message ?? '', /^status: /);
    assert.ok(vscode.languages.getDiagnostics(uri).length >= 1, 'visible through the languages API');
  });

  it('adds its terms to the hover', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'deck_usage.py');
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().lastIndexOf('team_retry_budget');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
    assert.match(text, /retry-limit helper/);
  });

  it('renders a hostile card inert in the real webview: it paints, and nothing it tries happens', async () => {
    const { cards, content } = await api();
    const card = (await content.index()).card('team-hostile');
    assert.ok(card);
    assert.doesNotMatch(card.html.en, /<(script|iframe|img|svg)\b|href="(command|javascript|data):/i);
    const opened: string[] = [];
    const watch = cards.onDidShowCard((id) => opened.push(id));
    try {
      const rendered = nextEvent(cards.onDidRender, (e) => e.id === 'team-hostile');
      await vscode.commands.executeCommand('backendCards.openCard', 'team-hostile');
      await rendered;
      await new Promise((r) => setTimeout(r, 1500)); // time for anything the content might try
      assert.deepEqual(opened, ['team-hostile'], 'no other card was opened by the content');
      assert.equal(cards.currentCardId, 'team-hostile');
    } finally {
      watch.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('reloads when a card changes on disk', async () => {
    const { decks, content } = await api();
    const uri = vscode.Uri.joinPath(folder(), '.backend-cards', 'retry-budget.md');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      const loaded = nextEvent(decks.onDidLoad, () => true, 20_000);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original.replace('the retry budget', 'the retry budget (v2)')));
      await loaded;
      assert.equal((await content.index()).card('team-retry-budget')?.title.en, 'Team convention: the retry budget (v2)');
    } finally {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
      await decks.reload();
    }
  });
});
