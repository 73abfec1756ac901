"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/integration/tree.test.ts
var assert2 = __toESM(require("node:assert/strict"));
var vscode2 = __toESM(require("vscode"));

// src/ids.ts
var VIEWS = {
  topics: "backendCards.topics"
};

// test/integration/helpers.ts
var assert = __toESM(require("node:assert/strict"));
var vscode = __toESM(require("vscode"));
var EXTENSION_ID = "backend-cards.backend-cards";
async function api() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.isActive ? extension.exports : extension.activate();
}

// test/integration/tree.test.ts
describe("topic tree", () => {
  it("lists the bundle categories at the top level, in order", async () => {
    const { tree, content } = await api();
    const index = await content.index();
    const roots = await tree.provider.getChildren();
    assert2.deepEqual(
      roots.map((n) => n.kind === "category" ? n.category.id : n.card.id),
      index.categories.map((c) => c.id)
    );
  });
  it("lists every card under its category and finds its parent", async () => {
    const { tree, content } = await api();
    const index = await content.index();
    let total = 0;
    for (const root of await tree.provider.getChildren()) {
      const children = await tree.provider.getChildren(root);
      total += children.length;
      for (const child of children) assert2.equal(tree.provider.getParent(child), root);
    }
    assert2.equal(total, index.cards.length);
    assert2.ok(total > 0, "the bundle has cards");
  });
  it("shows the view in its own activity-bar container", async () => {
    const { tree } = await api();
    await vscode2.commands.executeCommand(`${VIEWS.topics}.focus`);
    assert2.equal(tree.view.visible, true);
  });
});
//# sourceMappingURL=tree.test.js.map
