// Localization is complete in English and Simplified Chinese: every vscode.l10n.t message
// in src/ has a bundle entry, every %key% in package.json has an nls entry, in both.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { l10nKeys } from '../../scripts/lib/l10nKeys.mjs';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const keys = l10nKeys(new URL('../../src', import.meta.url).pathname);
const manifestText = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
const manifestKeys = [...new Set([...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] as string))].sort();

describe('localization', () => {
  it('finds the messages of the source', () => assert.ok(keys.length > 50, `only ${keys.length} messages found`));

  for (const bundle of ['l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json']) {
    it(`${bundle} translates every message and nothing stale`, () => {
      const entries = read(bundle);
      assert.deepEqual(keys.filter((k) => typeof entries[k] !== 'string' || !entries[k]), [], 'missing');
      assert.deepEqual(Object.keys(entries).filter((k) => !keys.includes(k)), [], 'stale');
    });
  }

  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    it(`${nls} has every %key% of package.json and nothing stale`, () => {
      const entries = read(nls);
      assert.deepEqual(manifestKeys.filter((k) => typeof entries[k] !== 'string' || !entries[k]), [], 'missing');
      assert.deepEqual(Object.keys(entries).filter((k) => !manifestKeys.includes(k)), [], 'stale');
    });
  }

  it('keeps the placeholders of each message in its translation', () => {
    const zh = read('l10n/bundle.l10n.zh-cn.json');
    for (const key of keys) {
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(String(zh[key])), placeholders(key), key);
    }
  });
});
