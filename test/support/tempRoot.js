/**
 * Jest global setup and teardown: one folder for every temporary file of a test run, removed
 * when the run ends, so runs leave nothing behind in the system's temporary folder.
 */
const { mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

module.exports = {
  setup() {
    process.env.ARM_TEST_TMP = mkdtempSync(join(tmpdir(), "arm-tests-"));
  },
  teardown() {
    const root = process.env.ARM_TEST_TMP;
    if (root) rmSync(root, { recursive: true, force: true });
  },
};
