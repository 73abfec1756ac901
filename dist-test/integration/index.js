"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// test/integration/index.ts
var index_exports = {};
__export(index_exports, {
  run: () => run
});
module.exports = __toCommonJS(index_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_mocha = __toESM(require("mocha"));
var PREFIX = "[backend-cards-test]";
function run() {
  const mocha = new import_mocha.default({ ui: "bdd", timeout: 3e4, color: false, reporter: "dot" });
  const grep = process.env["BACKEND_CARDS_GREP"];
  if (grep) mocha.grep(grep);
  const suffix = process.env["BACKEND_CARDS_SUITE"] === "bench" ? ".bench.js" : ".test.js";
  for (const file of (0, import_node_fs.readdirSync)(__dirname).filter((f) => f.endsWith(suffix)).sort()) {
    mocha.addFile((0, import_node_path.join)(__dirname, file));
  }
  const tests = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = {
        passed: tests.filter((t) => t.state === "passed").length,
        failed: tests.filter((t) => t.state === "failed").length,
        pending: tests.filter((t) => t.state === "pending").length,
        tests
      };
      const file = process.env["BACKEND_CARDS_RESULTS"];
      if (file) (0, import_node_fs.writeFileSync)(file, JSON.stringify(summary, null, 2));
      console.log(`${PREFIX} ${summary.passed} passing, ${summary.failed} failing`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on("pass", (test) => {
      tests.push({ title: test.fullTitle(), state: "passed" });
      console.log(`${PREFIX} \u2714 ${test.fullTitle()}`);
    });
    runner.on("fail", (test, error) => {
      tests.push({ title: test.fullTitle(), state: "failed", error: error.stack ?? error.message });
      console.log(`${PREFIX} \u2718 ${test.fullTitle()}: ${error.message}`);
    });
    runner.on("pending", (test) => tests.push({ title: test.fullTitle(), state: "pending" }));
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=index.js.map
