import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { scanDocument } from '../../src/core/terms/matcher';
import { COMMANDS } from '../../src/ids';
import { api, nextEvent } from './helpers';

const workspace = () => vscode.workspace.workspaceFolders?.[0]?.uri as vscode.Uri;

/** Hovers at the first occurrence of `needle` (plus `delta` characters) in a fixture file. */
async function hoverAt(file: string, needle: string, delta = 1): Promise<vscode.MarkdownString[]> {
  const uri = vscode.Uri.joinPath(workspace(), file);
  const document = await vscode.workspace.openTextDocument(uri);
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${file}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + delta));
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes(COMMANDS.openCard));
}

describe('hover in code', () => {
  before(async () => {
    await api();
  });

  it('explains epoll_wait in C', async () => {
    const [hover] = await hoverAt('server.c', 'epoll_wait(');
    assert.ok(hover, 'no Backend Cards hover');
    assert.match(hover.value, /epoll_wait/);
  });

  it('explains select_related in Python', async () => {
    const [hover] = await hoverAt('views.py', 'select_related(');
    assert.ok(hover, 'no Backend Cards hover');
    assert.match(hover.value, /select_related/);
  });

  it('explains FOR UPDATE in SQL', async () => {
    const [hover] = await hoverAt('queries.sql', 'FOR UPDATE', 5);
    assert.ok(hover, 'no Backend Cards hover');
    assert.match(hover.value, /FOR UPDATE/);
  });

  it('explains keys in my.cnf and uwsgi.ini (files matched by name), and only in their sections', async () => {
    const [pool] = await hoverAt('my.cnf', 'innodb_buffer_pool_size', 3);
    assert.ok(pool, 'no hover in my.cnf');
    assert.match(pool.value, /innodb_buffer_pool_size/);
    const [processes] = await hoverAt('uwsgi.ini', 'processes = 4', 2);
    assert.ok(processes, 'no hover for processes in [uwsgi]');
    assert.deepEqual(await hoverAt('uwsgi.ini', 'processes = 9', 2), []);
  });

  it('stays quiet on a local variable named select, in code and in a comment', async () => {
    assert.deepEqual(await hoverAt('views.py', 'select = request'), []);
    assert.deepEqual(await hoverAt('views.py', '), select, models'), []);
    assert.deepEqual(await hoverAt('views.py', 'called select', 8), []);
  });

  it('trusts only our own command, and its "Open card" link opens the right card', async () => {
    const { cards } = await api();
    const [hover] = await hoverAt('views.py', 'select_related(');
    assert.ok(hover);
    assert.deepEqual(hover.isTrusted, { enabledCommands: [COMMANDS.openCard, COMMANDS.addToReview] });
    const link = /\(command:(backendCards\.openCard)\?([^)]+)\)/.exec(hover.value);
    assert.ok(link, hover.value);
    const args = JSON.parse(decodeURIComponent(link[2] as string)) as [string];
    const rendered = nextEvent(cards.onDidRender, (e) => e.id === args[0]);
    await vscode.commands.executeCommand(link[1] as string, ...args);
    const event = await rendered;
    const card = (await (await api()).content.index()).card(event.id);
    assert.ok(card?.terms.some((t) => t.term === 'select_related' || t.aliases.includes('select_related')), `card ${event.id} does not teach select_related`);
  });

  it('lists the terms of a file for "Cards for this file"', async () => {
    const { terms } = await api();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace(), 'server.c'));
    const analysis = terms.analysis(document);
    assert.ok(analysis);
    const found = scanDocument(await terms.terms(), analysis).map((f) => f.match.entry.term);
    assert.ok(found.includes('epoll_wait'), found.join(', '));
  });
});
