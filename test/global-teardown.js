// Removes the folder of work shared by the run's test files (see global-setup.js).
const { rmSync } = require("node:fs");

module.exports = async () => {
  if (process.env.SMARTENROLL_TEST_RUN_DIR) rmSync(process.env.SMARTENROLL_TEST_RUN_DIR, { recursive: true, force: true });
};
