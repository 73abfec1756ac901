// package.json and src/ids.ts must declare the same commands, views and settings.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COMMANDS, SETTINGS, SETTINGS_SECTION, VIEWS, VIEW_CONTAINER, WEBVIEW_TYPES } from '../../src/ids';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const contributes = manifest.contributes;
const sorted = (values: Iterable<string>) => [...values].sort();

describe('package.json agrees with src/ids.ts', () => {
  it('contributes exactly the commands the code declares', () => {
    assert.deepEqual(sorted(contributes.commands.map((c: { command: string }) => c.command)), sorted(Object.values(COMMANDS)));
  });

  it('menus refer only to declared commands', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    for (const [menu, entries] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
      for (const entry of entries) assert.ok(known.has(entry.command), `${menu} names unknown command ${entry.command}`);
    }
  });

  it('contributes exactly the views and view container the code declares', () => {
    assert.deepEqual(contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id), [VIEW_CONTAINER]);
    const views = Object.values(contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id);
    assert.deepEqual(sorted(views), sorted(Object.values(VIEWS)));
  });

  it('contributes exactly the settings the code reads', () => {
    const declared = Object.keys(contributes.configuration.properties);
    assert.deepEqual(sorted(declared), sorted(Object.values(SETTINGS).map((k) => `${SETTINGS_SECTION}.${k}`)));
  });

  it('activates for every webview it can restore', () => {
    for (const type of Object.values(WEBVIEW_TYPES)) assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${type}`), type);
  });

  it('pins @types/vscode to the engines.vscode minimum', () => {
    assert.equal(manifest.devDependencies['@types/vscode'], manifest.engines.vscode.replace(/^\^/, ''));
  });

  it('has a Node and a web entry point', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
  });
});
