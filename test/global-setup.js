// Builds the bundles once before the suite, so end-to-end tests run what users run.
module.exports = async () => {
  const { build } = await import("../scripts/build.mjs");
  await build();
};
