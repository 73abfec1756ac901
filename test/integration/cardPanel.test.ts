import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, SETTINGS, SETTINGS_SECTION, WEBVIEW_TYPES } from '../../src/ids';
import { api, nextEvent } from './helpers';

async function setLanguage(value: string | undefined) {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.language, value, vscode.ConfigurationTarget.Global);
}

describe('card panel', () => {
  before(() => setLanguage('en'));
  after(async () => {
    await setLanguage(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a topic in a panel titled with the card, and the webview reports what it painted', async () => {
    const { cards, content } = await api();
    const card = (await content.index()).cards[3]!;
    const rendered = nextEvent(cards.onDidRender, (e) => e.id === card.id);
    await vscode.commands.executeCommand(COMMANDS.openCard, card.id);
    const event = await rendered;
    assert.equal(event.lang, 'en');
    assert.equal(cards.webviewPanel?.title, card.title.en);
    assert.equal(cards.webviewPanel?.viewType, WEBVIEW_TYPES.card);
    assert.ok(event.paintMs >= 0 && event.paintMs < 30_000, `paint took ${event.paintMs} ms`);
  });

  it('reuses one panel and navigates to the next card and back through history', async () => {
    const { cards, content } = await api();
    const index = await content.index();
    const first = index.cardsIn(index.categories[0]!.id)[0]!;
    const second = index.neighbours(first.id).next!;
    await cards.show(first.id);
    const panel = cards.webviewPanel;
    let rendered = nextEvent(cards.onDidRender, (e) => e.id === second.id);
    await cards.navigate('next');
    await rendered;
    assert.equal(cards.webviewPanel, panel, 'the same panel is reused');
    rendered = nextEvent(cards.onDidRender, (e) => e.id === first.id);
    await cards.navigate('back');
    await rendered;
    assert.equal(cards.currentCardId, first.id);
  });

  it('re-renders in the other language when the language setting changes', async () => {
    const { cards, content } = await api();
    const card = (await content.index()).cards[0]!;
    await cards.show(card.id);
    const zh = nextEvent(cards.onDidRender, (e) => e.id === card.id && e.lang === 'zh');
    await vscode.commands.executeCommand(COMMANDS.toggleLanguage);
    await zh;
    assert.equal(cards.webviewPanel?.title, card.title.zh);
    const en = nextEvent(cards.onDidRender, (e) => e.id === card.id && e.lang === 'en');
    await vscode.commands.executeCommand(COMMANDS.toggleLanguage);
    await en;
  });

  it('restores a panel from its saved state (the serializer path after a reload)', async () => {
    const { cards, content } = await api();
    const card = (await content.index()).cards[5]!;
    cards.webviewPanel?.dispose();
    const panel = vscode.window.createWebviewPanel(WEBVIEW_TYPES.card, 'restored', vscode.ViewColumn.One, {});
    const rendered = nextEvent(cards.onDidRender, (e) => e.id === card.id);
    await cards.restore(panel, card.id);
    await rendered;
    assert.equal(cards.webviewPanel, panel);
    assert.equal(panel.title, card.title.en);
  });

  it('reports an unknown card id instead of opening an empty panel', async () => {
    const { cards } = await api();
    cards.webviewPanel?.dispose();
    await vscode.commands.executeCommand(COMMANDS.openCard, 'no-such-card');
    assert.equal(cards.webviewPanel, undefined);
  });
});
