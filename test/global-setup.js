// Builds the bundles once before the suite, so end-to-end tests run what users run, and gives the run a folder for
// work its test files share (test/support/run-once.ts), removed by global-teardown.js.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

module.exports = async () => {
  const { build } = await import("../scripts/build.mjs");
  await build();
  process.env.SMARTENROLL_TEST_RUN_DIR = mkdtempSync(path.join(tmpdir(), "se-run-"));
};
