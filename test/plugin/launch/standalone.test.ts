import { isStandalone } from "../../../src/plugin/launch/standalone";

// The standalone side (a SEA executable, its startup snapshot) is tested end to end in test/package/release.test.ts.
test("a bundle run by node (the launcher's start.js, or this test) is not standalone", () => {
  expect(isStandalone()).toBe(false);
});
