import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleCacheDir, cachedStandaloneHashes, H1_FILE } from "../../src/packaging/standalone-cache";
import { removeTempDirs, ROOT, tempDir } from "../support/terraform";

afterAll(removeTempDirs);

test("keeps executables under XDG_CACHE_HOME by package version and bundle, and reads back the hashes of those built", () => {
  const env = { XDG_CACHE_HOME: tempDir("xdg"), HOME: "/nowhere" };
  const dir = bundleCacheDir(ROOT, env);
  expect(dir).toMatch(new RegExp(`^${env.XDG_CACHE_HOME}/smartenroll/standalone/\\d+\\.\\d+\\.\\d+-[0-9a-f]{16}$`));
  expect(cachedStandaloneHashes(ROOT, env)).toEqual([]);
  for (const [build, h1] of [["linux_amd64-snapshot", "h1:a="], ["linux_arm64-plain", "h1:b="]]) {
    mkdirSync(path.join(dir, build), { recursive: true });
    writeFileSync(path.join(dir, build, H1_FILE), `${h1}\n`);
  }
  mkdirSync(path.join(dir, "linux_amd64-snapshot.build-x1")); // a build in progress, or one that failed
  expect(cachedStandaloneHashes(ROOT, env).sort()).toEqual(["h1:a=", "h1:b="]);
});
