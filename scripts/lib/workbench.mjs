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
