// In-host benchmarks (run by `npm run bench`, not by `npm test`): activation time and
// the time from "open card" to the webview's first paint, as the user experiences them.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/ids';
import { api, nextEvent } from './helpers';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

describe('host benchmarks', () => {
  it('measures activation and open-card-to-paint', async () => {
    const { cards, content, activatedInMs } = await api();
    const loadStart = performance.now();
    const index = await content.index();
    const bundleLoadMs = performance.now() - loadStart;
    const paints: number[] = [];
    const opens: number[] = [];
    const sample = index.cards.slice(0, 40);
    for (const card of sample) {
      const started = performance.now();
      const rendered = nextEvent(cards.onDidRender, (e) => e.id === card.id);
      await vscode.commands.executeCommand(COMMANDS.openCard, card.id);
      const event = await rendered;
      opens.push(performance.now() - started);
      paints.push(event.paintMs);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // Hover end to end: the hover provider API over every identifier of a fixture file.
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri as vscode.Uri;
    const hoverTimes: number[] = [];
    for (const file of ['views.py', 'server.c', 'queries.sql']) {
      const uri = vscode.Uri.joinPath(folder, file);
      const document = await vscode.workspace.openTextDocument(uri);
      for (const m of document.getText().matchAll(/[A-Za-z_]\w*/g)) {
        const started = performance.now();
        await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, document.positionAt(m.index));
        hoverTimes.push(performance.now() - started);
      }
    }

    // Quiz: command → first item drawn by the webview.
    const { quiz } = await api();
    const quizStart = performance.now();
    const shown = nextEvent(quiz.panel.onDidShowItem);
    await vscode.commands.executeCommand(COMMANDS.startQuiz);
    await shown;
    const quizOpenMs = performance.now() - quizStart;

    const result = {
      hoverMs: { median: percentile(hoverTimes, 50), p95: percentile(hoverTimes, 95), count: hoverTimes.length },
      quizOpenMs,
      activationMs: activatedInMs,
      bundleLoadMs,
      cardsOpened: sample.length,
      openToPaintMs: { median: percentile(opens, 50), p95: percentile(opens, 95), max: Math.max(...opens) },
      webviewPaintMs: { median: percentile(paints, 50), p95: percentile(paints, 95) },
    };
    const out = process.env['BACKEND_CARDS_BENCH_OUT'];
    if (out) writeFileSync(out, JSON.stringify(result, null, 2));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
