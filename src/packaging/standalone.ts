import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { h1Hash } from "./hashes";
import { currentPlatform, defaultRuntimeCache, ensureNodeRuntime, NODE_RUNTIME_VERSION } from "./node-runtime";
import { executableName, packageVersion, providerFiles } from "./provider-files";
import { BUILDING, bundleCacheDir, H1_FILE } from "./standalone-cache";
import { PLATFORMS } from "./provider-zip";
import { targetRunner, type TargetRunner } from "./target-node";

/** The platforms shipped as a standalone executable. macOS kills unsigned arm64 binaries, and no Apple signature can be made here. */
export const STANDALONE_PLATFORMS = ["linux_amd64", "linux_arm64"] as const;
export type StandalonePlatform = (typeof STANDALONE_PLATFORMS)[number];

/** Where Node.js looks for a single executable application's blob, and the fuse that tells it one is there. */
export const SEA_RESOURCE = "NODE_SEA_BLOB";
export const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

/** A built executable and how it starts. */
export interface StandaloneExecutable {
  readonly platform: StandalonePlatform;
  readonly file: string;
  /** Its `h1:` hash, as a lock file records the package holding just this file. */
  readonly h1: string;
  /**
   * `snapshot`: a startup snapshot built by the target's own Node.js (natively or under qemu), which resumes with the
   * provider's modules loaded and its schema built; `plain`: the bundle is compiled at every start.
   */
  readonly startup: "snapshot" | "plain";
  /** How the target's Node.js ran to build the snapshot. */
  readonly builtVia?: TargetRunner["via"];
}

/**
 * The provider for `platform` as one executable (a Node.js single executable application): the pinned Node.js binary
 * that npm's `node-<os>-<arch>` package ships, with the package's provider bundle injected by postject. When the
 * target's Node.js can run here, the bundle goes in as a startup snapshot; otherwise as plain script. Built once per
 * bundle, platform and way of building, into {@link bundleCacheDir}; `env` locates the caches (XDG_CACHE_HOME, HOME).
 */
export async function ensureStandalone(platform: StandalonePlatform, root: string, env: NodeJS.ProcessEnv = process.env): Promise<StandaloneExecutable> {
  const cacheDir = defaultRuntimeCache(env);
  const node = path.join(ensureNodeRuntime(platform, { cacheDir }), "bin", "node");
  const runner = targetRunner(platform, node, env);
  const startup = runner ? "snapshot" : "plain";
  const configId = createHash("sha256").update(JSON.stringify(seaConfig("", "", startup === "snapshot"))).digest("hex").slice(0, 8);
  const build: Build = {
    platform,
    node,
    runner,
    startup,
    name: executableName(packageVersion(root)),
    dir: path.join(bundleCacheDir(root, env), `${platform}-${startup}-node${NODE_RUNTIME_VERSION}-${configId}`),
  };
  const found = cached(build);
  if (found) return found;
  rmSync(build.dir, { recursive: true, force: true });
  mkdirSync(path.dirname(build.dir), { recursive: true });
  const work = mkdtempSync(`${build.dir}${BUILDING}`);
  try {
    await buildInto(work, build, providerFiles(root).bundle, runner ?? hostRunner(cacheDir));
    try {
      renameSync(work, build.dir);
    } catch (err) {
      if (!cached(build)) throw err; // another process finished the same build first: use its
    }
    return cached(build)!;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One executable to build: what goes in, and the cache folder it goes to. */
interface Build {
  readonly platform: StandalonePlatform;
  readonly node: string;
  readonly runner?: TargetRunner;
  readonly startup: StandaloneExecutable["startup"];
  readonly name: string;
  readonly dir: string;
}

/** The finished build in the cache, if there is one. */
function cached(b: Build): StandaloneExecutable | undefined {
  const file = path.join(b.dir, b.name);
  if (!existsSync(file) || !existsSync(path.join(b.dir, H1_FILE))) return undefined;
  return { platform: b.platform, file, h1: readFileSync(path.join(b.dir, H1_FILE), "utf8").trim(), startup: b.startup, builtVia: b.runner?.via };
}

/** Makes the blob with `builder`, injects it into a copy of the target's node in `work`, and records its `h1:` hash. */
async function buildInto(work: string, b: Build, bundle: string, builder: TargetRunner): Promise<void> {
  const blob = path.join(work, "provider.blob");
  const config = path.join(work, "sea-config.json");
  writeFileSync(config, JSON.stringify(seaConfig(bundle, blob, b.startup === "snapshot")));
  // A blob without snapshot or code cache holds only the script: any Node.js of the same version makes it.
  run(builder, ["--experimental-sea-config", config], work);
  const exe = path.join(work, b.name);
  copyFileSync(b.node, exe);
  chmodSync(exe, 0o755);
  await injectBlob(exe, readFileSync(blob));
  rmSync(blob);
  rmSync(config);
  writeFileSync(path.join(work, H1_FILE), `${h1Hash([{ name: b.name, content: readFileSync(exe) }])}\n`);
}

/**
 * The SEA configuration: the provider bundle as main script; `--use-openssl-ca` as the launcher passes it (see
 * `launch/default-trust.ts`); NODE_OPTIONS ignored, so the executable runs the same whatever the environment holds.
 */
function seaConfig(main: string, output: string, useSnapshot: boolean): object {
  return { main, output, disableExperimentalSEAWarning: true, useSnapshot, useCodeCache: false, execArgv: ["--use-openssl-ca"], execArgvExtension: "none" };
}

function hostRunner(cacheDir: string): TargetRunner {
  const host = currentPlatform();
  if (!(PLATFORMS as readonly string[]).includes(host)) throw new Error(`standalone executables are built on Linux or macOS, not on ${host}`);
  return { command: path.join(ensureNodeRuntime(host, { cacheDir }), "bin", "node"), prefix: [], via: "native" };
}

function run(runner: TargetRunner, args: string[], cwd: string): void {
  try {
    execFileSync(runner.command, [...runner.prefix, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`building the executable's blob failed (${runner.command} ${[...runner.prefix, ...args].join(" ")}): ${e.stderr || e.stdout || e.message}`);
  }
}

/** Injects the blob with postject, keeping its diagnostics (LIEF's notes about the ELF sections) off the console. */
async function injectBlob(executable: string, blob: Buffer): Promise<void> {
  // Required when used (the CLI bundle loads it from dist/vendor/postject.js, see scripts/build.mjs).
  const { inject } = require("postject") as typeof import("postject");
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    await inject(executable, SEA_RESOURCE, blob, { sentinelFuse: SEA_FUSE });
  } finally {
    console.warn = warn;
  }
}
