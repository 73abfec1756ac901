// Helpers for driving the VS Code workbench DOM from Playwright (UI tests, npm start checks).

/** Clicks the Backend Cards activity-bar icon and waits for the Topics tree rows. */
export async function openTopicsView(page) {
  const icon = page.locator('.activitybar [aria-label^="Backend Cards"]').first();
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  await icon.click();
  const rows = topicRows(page);
  await rows.first().waitFor({ state: 'visible', timeout: 30_000 });
  return rows;
}

export function topicRows(page) {
  return page.locator('[id="workbench.view.extension.backendCards"] .monaco-list-row, .pane-body .monaco-list[aria-label="Topics"] .monaco-list-row');
}

/** The card webview's inner document (VS Code nests the content in two iframes). */
export async function cardFrame(page) {
  const outer = page.frameLocator('iframe.webview.ready').first();
  const inner = outer.frameLocator('iframe#active-frame');
  await inner.locator('#app h1').waitFor({ state: 'visible', timeout: 30_000 });
  return inner;
}

/** The inner frame of whichever webview shows `selector` (cards, quiz and statistics share the page). */
export async function webviewFrameWith(page, selector, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview shows ${selector}`);
}

/** Runs a command from the Command Palette by its title, as a user would. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  // A webview that re-renders can take focus back and close the palette: retry a few times.
  for (let attempt = 0; ; attempt++) {
    await focusWorkbench(page);
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`, { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const option = page.locator('.quick-input-list').getByRole('option', { name: new RegExp(`^${escaped}`) }).first();
  await option.waitFor();
  // Keyboard rather than a click: a webview or toast nearby can swallow pointer events.
  for (let i = 0; i < 10 && !(await option.getAttribute('class'))?.includes('focused'); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Takes keyboard focus out of a webview iframe, so workbench keybindings (F1, Ctrl+P) work. */
export async function focusWorkbench(page) {
  // Clicking the side bar's title moves focus into the workbench proper (a harmless target).
  await page.locator('.part.sidebar .composite.title .title-label').first().click();
}
