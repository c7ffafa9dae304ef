import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import { privateCacheDir } from "./cache-dir";

/** The marker `scripts/build.mjs` appends to a bundle: `//# bundle-id=<sha256 of the bytes before it>`. */
export const BUNDLE_ID_MARKER = "//# bundle-id=";
/** How many cache files a cache folder keeps (one per bundle build and Node.js version). */
const KEEP = 8;

/** When a process that has not exited yet saves the cache. */
const SAVE_AFTER_MS = 1000;
/** What happened to the code cache on this start, for the debug log. */
export type CacheOutcome = "hit" | "miss" | "rejected" | "off";

/**
 * Runs a CommonJS bundle as the main module, compiled with V8's code cache: the first start saves the
 * compiled code when the process exits, later starts skip most parsing and compiling. The cache lives
 * outside the installed provider (whose bytes Terraform's lock file pins), in `$XDG_CACHE_HOME` or
 * `~/.cache`, in a folder only the current user can write, keyed by the bundle's content id and the
 * Node.js version. Without an id, a home or a safe folder the bundle simply runs uncached.
 */
export function runBundle(bundle: string, env: NodeJS.ProcessEnv = process.env): CacheOutcome {
  const file = path.resolve(bundle);
  const source = readFileSync(file, "utf8");
  const cacheFile = cacheFileFor(source, env);
  let cachedData: Buffer | undefined;
  if (cacheFile) cachedData = readIfPresent(cacheFile);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const outcome: CacheOutcome = !cacheFile ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  if (outcome === "miss" || outcome === "rejected") {
    // Saved once: at exit, or a moment after start for a process that gets killed instead.
    let saved = false;
    const saveOnce = () => {
      if (!saved) save(cacheFile!, script.createCachedData());
      saved = true;
    };
    process.once("exit", saveOnce);
    setTimeout(saveOnce, SAVE_AFTER_MS).unref();
  }

  const mod = new Module(file);
  mod.filename = file;
  mod.loaded = true;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  return outcome;
}

/** The cache file for `source`, or undefined when the bundle has no id or no safe cache folder exists. */
export function cacheFileFor(source: string, env: NodeJS.ProcessEnv): string | undefined {
  const at = source.lastIndexOf(BUNDLE_ID_MARKER);
  if (at < 0) return undefined;
  const id = source.slice(at + BUNDLE_ID_MARKER.length).trim();
  if (!/^[0-9a-f]{16,64}$/.test(id)) return undefined;
  const dir = privateCacheDir("code-cache", env);
  if (!dir) return undefined;
  return path.join(dir, `${id}-${source.length}-${process.version}-${process.arch}.v8cache`);
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes atomically (concurrent providers may start at once) and keeps only the newest few files. */
function save(file: string, data: Buffer): void {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
    prune(path.dirname(file));
  } catch {
    // A cache that can't be written only costs the next start some compile time.
  }
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".v8cache"))
    .map((f) => ({ f, t: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(KEEP)) rmSync(path.join(dir, f), { force: true });
}
