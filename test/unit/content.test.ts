// The real content/ tree: compiles without errors and covers every seed row.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileContent } from '../../src/core/content/compile';
import { formatProblem } from '../../src/core/content/problems';
import { readContentTree } from '../../scripts/lib/contentFiles';

const { bundle, problems } = compileContent(readContentTree());
const inventory = readFileSync(new URL('../../../shared/content-plan/topics.md', import.meta.url), 'utf8');
const inventoryRows = [...inventory.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));

describe('content/', () => {
  it('compiles without errors or warnings (such as a term defined by two cards)', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('covers every row of the seed inventory exactly once', () => {
    assert.equal(inventoryRows.length, 116);
    const owners = new Map<number, string[]>();
    for (const card of bundle.cards) for (const row of card.seed) owners.set(row, [...(owners.get(row) ?? []), card.id]);
    assert.deepEqual(inventoryRows.filter((row) => !owners.has(row)), [], 'rows without a card');
    assert.deepEqual([...owners].filter(([, ids]) => ids.length > 1), [], 'rows claimed by two cards');
    assert.deepEqual([...owners.keys()].filter((row) => !inventoryRows.includes(row)), [], 'rows not in the inventory');
  });

  it('gives every card a title in both languages and a body', () => {
    for (const card of bundle.cards) {
      assert.ok(card.title.zh && card.title.en, card.id);
      assert.ok(card.html.zh || card.html.en, card.id);
    }
  });
});
