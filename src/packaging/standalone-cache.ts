import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { smartenrollCacheDir } from "./cache-home";
import { packageVersion, providerFiles } from "./provider-files";

/** The file beside a cached executable holding its `h1:` hash (what a lock file records for it). */
export const H1_FILE = "h1";
/** Marks the folder of a build in progress (renamed into place when done). */
export const BUILDING = ".build-";

/**
 * Where standalone executables built from this package's provider bundle are kept:
 * `$XDG_CACHE_HOME/smartenroll/standalone/<version>-<bundle hash>` (else `~/.cache/…`), one folder per platform and
 * way of building. `pack-provider` and `setup --standalone` build each at most once.
 */
export function bundleCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const bundle = readFileSync(providerFiles(root).bundle);
  const id = createHash("sha256").update(bundle).digest("hex").slice(0, 16);
  return path.join(smartenrollCacheDir(env), "standalone", `${packageVersion(root)}-${id}`);
}

/** The `h1:` hashes of the standalone executables built from this package's bundle on this machine. */
export function cachedStandaloneHashes(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const dir = bundleCacheDir(root, env);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((build) => !build.includes(BUILDING))
    .map((build) => path.join(dir, build, H1_FILE))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8").trim());
}
