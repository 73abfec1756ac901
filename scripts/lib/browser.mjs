// Launches Debian's Chromium through playwright-core. Never `playwright install`:
// it downloads a browser build, which this project's machines cannot fetch.
import { chromium } from 'playwright-core';
import { SYSTEM_PACKAGES, chromiumPath, ensureSystemPackages } from './system-deps.mjs';

export async function launchBrowser() {
  ensureSystemPackages([SYSTEM_PACKAGES.chromium, SYSTEM_PACKAGES.cjkFonts]);
  // launch() gives every run a fresh temporary profile and kills the browser on close().
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
