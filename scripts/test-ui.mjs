// UI test: the real workbench in headless Chromium, as a user sees it. Opens the
// Backend Cards view, reads the tree rows from the DOM, opens a card and saves
// screenshots (dark and light theme) to test-results/ for people to look at.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { launchBrowser } from './lib/browser.mjs';
import { cardFrame, focusWorkbench, openTopicsView, runCommand, webviewFrameWith } from './lib/workbench.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const bundle = JSON.parse(readFileSync(join(root, 'dist', 'content.json'), 'utf8'));
const expectedCategories = bundle.categories.map((c) => c.title.en);
const firstCategory = bundle.cards[0] ? bundle.categories.find((c) => c.id === bundle.cards[0].category) : undefined;

let currentPage;
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    failed++;
    await currentPage?.screenshot({ path: join(out, `failure-${passed + failed}.png`) }).catch(() => {});
    console.log(`  ✘ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
  }
}

// The UI test goes through `npm start` itself, so it also proves that command works.
const server = await startScript();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  currentPage = page;
  await page.goto(server.url);

  let rows;
  await check('the activity-bar icon opens the Topics tree with every category', async () => {
    rows = await openTopicsView(page);
    const labels = (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
    for (const title of expectedCategories) if (!labels.includes(title)) throw new Error(`category "${title}" not in rows: ${labels.join(' | ')}`);
  });

  await check('expanding a category and clicking a topic opens its card', async () => {
    const firstCard = bundle.cards[0];
    await page.locator('.monaco-list-row', { hasText: firstCategory.title.en }).first().click();
    const topic = page.locator('.monaco-list-row', { hasText: firstCard.title.en }).first();
    await topic.waitFor({ state: 'visible', timeout: 15_000 });
    await topic.click();
    const frame = await cardFrame(page);
    const heading = await frame.locator('#app h1').innerText();
    if (heading !== firstCard.title.en) throw new Error(`card heading "${heading}" ≠ "${firstCard.title.en}"`);
    // The web workbench starts light; the first screenshot is of a dark theme.
    await selectTheme(page, 'Dark Modern');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 20_000 });
    await frame.locator('body.vscode-dark').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, 'topics-and-card-dark.png') });
  });

  await check('the card follows a switch to a light theme', async () => {
    await selectTheme(page, 'Light Modern');
    await page.locator('.monaco-workbench.vs').waitFor({ timeout: 20_000 });
    const frame = await cardFrame(page);
    await frame.locator('body.vscode-light').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, 'topics-and-card-light.png') });
  });

  await check('the daily quiz shows a question, then its answer', async () => {
    await runCommand(page, 'Backend Cards: Start Daily Quiz');
    const frame = await webviewFrameWith(page, '.quiz-item');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, 'quiz-question.png') });
    const isChoice = (await frame.locator('.choices').count()) > 0;
    await frame.locator('body').press(isChoice ? '1' : 'Space');
    await frame.locator(isChoice ? '.verdict' : '.answer, .gap.revealed').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, 'quiz-answer.png') });
    await frame.locator('body').press(isChoice ? 'Enter' : '3');
    // The next item takes focus when it renders; let it, before anything else uses the keyboard.
    await frame.locator('.progress', { hasText: /^1\b/ }).waitFor({ timeout: 10_000 });
  });

  await check('the statistics page draws its charts', async () => {
    await runCommand(page, 'Backend Cards: Show Review Statistics');
    const frame = await webviewFrameWith(page, 'svg.heatmap');
    if ((await frame.locator('svg.heatmap rect').count()) < 365) throw new Error('the heatmap has fewer than 365 days');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, 'statistics.png') });
  });

  await check('hovering select_related in a Django view explains it', async () => {
    await focusWorkbench(page);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('shop/views.py');
    await page.locator('.quick-input-list').getByRole('option', { name: /views\.py/ }).first().click();
    // The call in code, not the comment that mentions it: measure the word inside its line.
    const line = page.locator('.view-line', { hasText: 'Book.objects.select_related' }).first();
    await line.waitFor({ timeout: 20_000 });
    // Measured afresh on each attempt: the editor may still be laying out (breadcrumbs, minimap)
    // when the file opens, and a hover request cancelled by that shift is not re-sent by itself.
    const measure = () =>
      line.evaluate((el) => {
        // Runs in the page: measure the word with a DOM Range.
        const walker = globalThis.document.createTreeWalker(el, globalThis.NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.nodeValue ?? '').indexOf('select_related');
          if (at < 0) continue;
          const range = globalThis.document.createRange();
          range.setStart(node, at + 3);
          range.setEnd(node, at + 4);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        return null;
      });
    const hover = page.locator('.monaco-hover', { hasText: 'select_related' }).first();
    for (let attempt = 1; ; attempt++) {
      const box = await measure();
      if (!box) throw new Error('select_related is not on screen');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 200); // away first
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
      try {
        await hover.waitFor({ state: 'visible', timeout: 8_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    if (!(await hover.innerText()).includes('Open card')) throw new Error('the hover has no "Open card" link');
    await page.screenshot({ path: join(out, 'hover-select-related.png') });
  });
} finally {
  await browser.close();
  server.stop();
}

// Second run: a workspace with its own deck, one card of which is broken.
const deckWorkspace = mkdtempSync(join(tmpdir(), 'backend-cards-ui-deck-'));
cpSync(join(root, 'demo'), deckWorkspace, { recursive: true });
mkdirSync(join(deckWorkspace, '.backend-cards'), { recursive: true });
cpSync(join(root, 'test', 'fixtures', 'workspace', '.backend-cards'), join(deckWorkspace, '.backend-cards'), { recursive: true });
const zhServer = await startScript(['--workspace', deckWorkspace]);
const zhBrowser = await launchBrowser();
try {
  const page = await zhBrowser.newPage({ viewport: { width: 1400, height: 860 } });
  currentPage = page;
  await page.goto(zhServer.url);

  // Without a language pack (none can be downloaded here) the workbench stays English, so
  // the Chinese side is reached the way a user without one would: the card's 中文 toggle.
  await check('the 中文 toggle switches the card and the tree to Chinese', async () => {
    await openTopicsView(page);
    await page.locator('.monaco-list-row', { hasText: bundle.categories[0].title.en }).first().click();
    await page.locator('.monaco-list-row', { hasText: bundle.cards[0].title.en }).first().click();
    const frame = await cardFrame(page);
    await frame.locator('vscode-button[data-lang="zh"]').click();
    await frame.locator('#app h1', { hasText: bundle.cards[0].title.zh }).waitFor({ timeout: 15_000 });
    await page.locator('.monaco-list-row', { hasText: bundle.categories[0].title.zh }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, 'zh-cn.png') });
  });

  await check('a broken deck card shows in the Problems panel and the valid one in the tree', async () => {
    await page.locator('.monaco-list-row', { hasText: 'backend-cards-ui-deck' }).first().waitFor({ timeout: 20_000 });
    await focusWorkbench(page);
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'status' }).first();
    await problem.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, 'problems-panel.png') });
  });
} finally {
  await zhBrowser.close();
  zhServer.stop();
  rmSync(deckWorkspace, { recursive: true, force: true });
}
console.log(`ui: ${passed} passed, ${failed} failed`);
console.log(`Screenshots: ${out}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

/** Runs `node scripts/start.mjs --no-build [extra…]` and waits for the URL it prints. */
function startScript(extra = []) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), '--no-build', ...extra], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const stop = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  };
  process.on('exit', stop);
  return new Promise((resolveStart, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /^BACKEND_CARDS_URL=(\S+)$/m.exec(output);
      if (match) resolveStart({ url: match[1], stop });
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

/** As a user would: Command Palette → Preferences: Color Theme → the theme. */
async function selectTheme(page, name) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(name);
  const option = page.locator('.quick-input-list').getByRole('option', { name: new RegExp(`^${name}\\b`) }).first();
  await option.waitFor();
  for (let i = 0; i < 10 && !(await option.getAttribute('class'))?.includes('focused'); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}
