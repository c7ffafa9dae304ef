import { subscribe } from "node:diagnostics_channel";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import { privateCacheDir } from "./cache-dir";
import { CODE_PATHS_CHANNEL } from "./code-paths";

/** The marker `scripts/build.mjs` appends to a bundle: `//# bundle-id=<sha256 of the bytes before it>`. */
export const BUNDLE_ID_MARKER = "//# bundle-id=";
/** How many cache files a cache folder keeps (one per bundle build and Node.js version). */
const KEEP = 8;

/** When a process that has not exited yet saves the cache. */
const SAVE_AFTER_MS = 1000;
/** A cache file starts with this, the code paths it covers and a newline; V8's data follows. */
const HEADER = "tf-code-cache 1 ";
/** What happened to the code cache on this start, for the debug log. */
export type CacheOutcome = "hit" | "miss" | "rejected" | "off";

/**
 * Runs a CommonJS bundle as the main module, compiled with V8's code cache: the first start saves the compiled code,
 * later starts skip most parsing and compiling. V8 compiles a function when it first runs, so the cache holds the
 * code of the paths the saving process ran: the bundle names them on {@link CODE_PATHS_CHANNEL} (the RPCs it
 * answers), the file records them, and a process that ran a path the file lacks saves again at exit (Terraform's
 * schema-only process saves first; the plan's process then adds the provider's code). The cache lives outside the
 * installed provider (whose bytes Terraform's lock file pins), in `$XDG_CACHE_HOME` or `~/.cache`, in a folder only
 * the current user can write, keyed by the bundle's content id and the Node.js version. Without an id, a home or a
 * safe folder the bundle simply runs uncached.
 */
export function runBundle(bundle: string, env: NodeJS.ProcessEnv = process.env): CacheOutcome {
  const file = path.resolve(bundle);
  // Bundles are ASCII (esbuild escapes the rest): latin1 makes V8's one-byte string without decoding UTF-8.
  const source = readFileSync(file, "latin1");
  const cacheFile = cacheFileFor(source, env);
  const cached = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cached?.data });
  const outcome: CacheOutcome = !cacheFile ? "off" : !cached ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  if (cacheFile) saveWhenNew(script, cacheFile, outcome === "hit" ? cached!.covers : undefined);

  const mod = new Module(file);
  mod.filename = file;
  mod.loaded = true;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  return outcome;
}

/**
 * Saves the compiled code once: a moment after start and at exit when there was no usable cache (a process that gets
 * killed still leaves one), at exit when the process ran a code path that `covers` lacks.
 */
function saveWhenNew(script: Script, cacheFile: string, covers: ReadonlySet<string> | undefined): void {
  const ran = new Set<string>(covers);
  let saved = false;
  const saveOnce = () => {
    if (!saved) save(cacheFile, ran, script.createCachedData());
    saved = true;
  };
  subscribe(CODE_PATHS_CHANNEL, (name) => void ran.add(String(name)));
  if (!covers) {
    setTimeout(saveOnce, SAVE_AFTER_MS).unref();
    process.once("exit", saveOnce);
  } else process.once("exit", () => ran.size > covers.size && saveOnce());
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

/** A cache file's V8 data and the code paths it covers; undefined when missing or not one of ours. */
function readCache(file: string): { data: Buffer; covers: Set<string> } | undefined {
  try {
    const bytes = readFileSync(file);
    const end = bytes.indexOf(10);
    const head = end < 0 ? "" : bytes.toString("latin1", 0, end);
    if (!head.startsWith(HEADER)) return { data: bytes, covers: new Set() };
    return { data: bytes.subarray(end + 1), covers: new Set(head.slice(HEADER.length).split(",").filter(Boolean)) };
  } catch {
    return undefined;
  }
}

/** Writes atomically (concurrent providers may start at once) and keeps only the newest few files. */
function save(file: string, covers: ReadonlySet<string>, data: Buffer): void {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${HEADER}${[...covers].sort().join(",")}\n`, "latin1"), data]), { mode: 0o600 });
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
