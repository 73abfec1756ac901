import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VIEWS } from '../../src/ids';
import { api, nextEvent } from './helpers';

describe('topic tree', () => {
  it('lists the bundle categories at the top level, in order', async () => {
    const { tree, content } = await api();
    const index = await content.index();
    const roots = await tree.provider.getChildren();
    assert.deepEqual(
      roots.map((n) => (n.kind === 'category' ? n.category.id : n.card.id)),
      index.categories.map((c) => c.id),
    );
  });

  it('lists every card under its category and finds its parent', async () => {
    const { tree, content } = await api();
    const index = await content.index();
    let total = 0;
    for (const root of await tree.provider.getChildren()) {
      const children = await tree.provider.getChildren(root);
      total += children.length;
      for (const child of children) assert.equal(tree.provider.getParent(child), root);
    }
    assert.equal(total, index.cards.length);
    assert.ok(total > 0, 'the bundle has cards');
  });

  it('shows the view in its own activity-bar container', async () => {
    const { tree } = await api();
    const visible = tree.view.visible ? Promise.resolve() : nextEvent(tree.view.onDidChangeVisibility, (e) => e.visible);
    await vscode.commands.executeCommand(`${VIEWS.topics}.focus`);
    await visible;
    assert.equal(tree.view.visible, true);
  });
});

describe('topic filter', () => {
  after(async () => (await api()).tree.applyFilter({ categories: [], tags: [], statuses: [], review: [] }));

  it('narrows the tree to matching cards and shows the filter in the view description', async () => {
    const { tree, content } = await api();
    const index = await content.index();
    const tag = index.cards.find((c) => c.tags.length > 0)?.tags[0] as string;
    tree.applyFilter({ categories: [], tags: [tag], statuses: ['draft', 'complete'], review: [] });
    const shown: string[] = [];
    for (const root of await tree.provider.getChildren()) {
      for (const child of await tree.provider.getChildren(root)) if (child.kind === 'topic') shown.push(child.card.id);
    }
    const expected = index.cards.filter((c) => c.tags.includes(tag)).map((c) => c.id);
    assert.deepEqual(shown.sort(), expected.sort());
    assert.match(tree.view.description ?? '', new RegExp(`#${tag}`));
    tree.applyFilter({ categories: [], tags: [], statuses: [], review: [] });
    assert.equal(tree.view.description, '');
  });

  it('filters by review state: "new" shows cards none of whose items were studied', async () => {
    const { tree, quiz } = await api();
    await tree.provider.getChildren(); // computes progress
    tree.applyFilter({ categories: [], tags: [], statuses: [], review: ['new'] });
    const model = await quiz.service.current();
    for (const root of await tree.provider.getChildren()) {
      for (const child of await tree.provider.getChildren(root)) {
        if (child.kind !== 'topic') continue;
        assert.ok(child.card.quiz.length > 0 && child.card.quiz.every((q) => !model.states.has(q.id)), child.card.id);
      }
    }
    tree.applyFilter({ categories: [], tags: [], statuses: [], review: [] });
  });
});
