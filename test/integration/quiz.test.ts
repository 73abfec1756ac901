import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, STATE_KEYS } from '../../src/ids';
import { remindOncePerDay } from '../../src/quiz/reminder';
import { api, nextEvent } from './helpers';

describe('daily quiz', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('runs a short session through the webview messages: rate, rate, undo', async () => {
    const { quiz } = await api();
    const before = quiz.store.log.length;
    let shown = nextEvent(quiz.panel.onDidShowItem, (e) => !e.revealed);
    await vscode.commands.executeCommand(COMMANDS.startQuiz);
    const first = (await shown).itemId;
    assert.equal(quiz.panel.currentItem, first);
    await quiz.statusBar.update();
    const dueBefore = quiz.statusBar.due;
    assert.ok(dueBefore > 0, 'something is due on a fresh profile');

    shown = nextEvent(quiz.panel.onDidShowItem, (e) => e.itemId !== first);
    await quiz.panel.receive({ type: 'rate', itemId: first, grade: 4 }); // Easy: not back today
    const second = (await shown).itemId;
    await quiz.panel.receive({ type: 'rate', itemId: second, grade: 3 });

    const rated = quiz.store.log.slice(before).filter((e) => e.kind === 'rate').map((e) => e.kind === 'rate' && e.item);
    assert.deepEqual(rated, [first, second]);
    assert.ok((await quiz.service.current()).states.has(first), 'the rated item has a state');
    await quiz.statusBar.update();
    assert.ok(quiz.statusBar.due < dueBefore, `due went from ${dueBefore} to ${quiz.statusBar.due}`);

    shown = nextEvent(quiz.panel.onDidShowItem, (e) => e.itemId === second);
    await quiz.panel.receive({ type: 'undo' });
    await shown;
    assert.equal(quiz.panel.currentItem, second, 'undo brings the last item back');
    assert.equal((await quiz.service.current()).states.has(second), false, 'and forgets its rating');
    assert.ok(quiz.store.log.some((e) => e.kind === 'undo'));
  });

  it('persists the log in globalState, in the synced key', async () => {
    const { quiz } = await api();
    const stored = quiz.state.get<{ version: number; events: unknown[] }>(STATE_KEYS.reviews);
    assert.equal(stored?.version, 2);
    assert.equal(stored?.events.length, quiz.store.log.length);
  });

  it('adds a card to today\'s review from the command', async () => {
    const { quiz, content } = await api();
    const model = await quiz.service.current();
    const card = (await content.index()).cards.find((c) => c.quiz.length > 0 && c.quiz.every((q) => !model.states.has(q.id)));
    assert.ok(card, 'a card with unseen quiz items');
    const added = await vscode.commands.executeCommand<number>(COMMANDS.addToReview, card.id);
    assert.equal(added, card.quiz.length);
    const queue = await quiz.service.queue();
    for (const q of card.quiz) assert.ok(queue.fresh.includes(q.id), `${q.id} in today's queue`);
  });

  it('reminds at most once a day', async () => {
    const { quiz } = await api();
    await quiz.state.update(STATE_KEYS.lastReminderDay, undefined);
    const now = Date.now();
    assert.equal(await remindOncePerDay(quiz.state, quiz.service, now), true);
    assert.equal(await remindOncePerDay(quiz.state, quiz.service, now + 60_000), false);
    assert.equal(await remindOncePerDay(quiz.state, quiz.service, now + 26 * 3_600_000), true, 'again the next day');
  });

  it('shows the statistics page', async () => {
    const { quiz } = await api();
    const rendered = nextEvent(quiz.stats.onDidRender);
    await vscode.commands.executeCommand(COMMANDS.showStatistics);
    await rendered;
    const stats = await quiz.service.stats();
    assert.ok(stats.reviewsToday >= 1);
    assert.equal(stats.heatmap.length, 365);
  });

  it('exports and re-imports the history without duplicating it', async () => {
    const { quiz } = await api();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri as vscode.Uri;
    const file = vscode.Uri.joinPath(folder, '.reviews-export.json');
    await vscode.commands.executeCommand(COMMANDS.exportReviews, file);
    const before = quiz.store.log.length;
    const added = await vscode.commands.executeCommand<number>(COMMANDS.importReviews, file);
    assert.equal(added, 0);
    assert.equal(quiz.store.log.length, before);
    await vscode.workspace.fs.delete(file);
  });
});
