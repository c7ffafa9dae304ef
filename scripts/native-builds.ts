// One build per Node.js ABI of this checkout's native addons, so the suite runs on Node 20 and Node 24 alike.
// usage: tsx scripts/native-builds.ts NODE... (paths of node binaries; this one is always included)
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { smartenrollCacheDir } from "../src/packaging/cache-home";

const root = path.resolve(__dirname, "..");
const modules = path.join(root, "node_modules");

/** A node's ABI, as addon file names spell it. */
interface Abi {
  modules: string;
  platform: string;
  arch: string;
}

/** A native addon: its package, where node-gyp leaves it, and the per-ABI file its loader looks for. */
interface Addon {
  pkg: string;
  gypOutput: string;
  slot: (abi: Abi) => string;
}

const ADDONS: Addon[] = [
  // The local server's SQLite: better-sqlite3 loads through `bindings`, which tries node-pre-gyp's lib/binding folders.
  { pkg: "better-sqlite3", gypOutput: "build/Release/better_sqlite3.node", slot: (a) => `lib/binding/node-v${a.modules}-${a.platform}-${a.arch}/better_sqlite3.node` },
  // cdktf-cli's terminal: prebuilt up to Node 22 (ABI 127); its loader takes prebuilds/<platform>-<arch>/node.abi<N>.node.
  { pkg: "@cdktf/node-pty-prebuilt-multiarch", gypOutput: "build/Release/pty.node", slot: (a) => `prebuilds/${a.platform}-${a.arch}/node.abi${a.modules}.node` },
];

function abiOf(node: string): Abi {
  return JSON.parse(execFileSync(node, ["-p", "JSON.stringify({ modules: process.versions.modules, platform: process.platform, arch: process.arch })"], { encoding: "utf8" })) as Abi;
}

/** True when `node` can load the addon at `file`. */
function loads(node: string, file: string): boolean {
  try {
    execFileSync(node, ["-e", `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The install prefix of `node` when it ships its C headers (node-gyp's nodedir: nothing is downloaded). */
function nodeDir(node: string): string {
  const prefix = path.resolve(path.dirname(node), "..");
  if (!existsSync(path.join(prefix, "include", "node", "node_api.h"))) throw new Error(`${node} ships no include/node: cannot build native addons for it offline`);
  return prefix;
}

/** npm's own node-gyp, which npm runs for install scripts. */
function npmNodeGyp(): string {
  const npmCli = execFileSync("sh", ["-c", 'readlink -f "$(command -v npm)"'], { encoding: "utf8" }).trim();
  return path.resolve(npmCli, "..", "..", "node_modules", "node-gyp", "bin", "node-gyp.js");
}

/** Compiles `addon` for `node` in a temp copy of its package (node_modules stays reachable); the result goes to `out`. */
function compile(addon: Addon, node: string, out: string): void {
  const pkgDir = path.join(modules, addon.pkg);
  mkdirSync(path.dirname(out), { recursive: true });
  const work = mkdtempSync(path.join(path.dirname(out), ".build-"));
  try {
    for (const part of readdirSync(pkgDir)) {
      if (!["build", "prebuilds", "node_modules"].includes(part)) cpSync(path.join(pkgDir, part), path.join(work, part), { recursive: true });
    }
    console.log(`Building ${addon.pkg} for ${node} with node-gyp (once: kept in ${path.dirname(out)})…`);
    const env = {
      ...process.env,
      PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
      NODE_PATH: modules,
      // node-gyp lets npm_config_* variables (npm exports its config, which may set nodedir) override its arguments.
      npm_config_nodedir: nodeDir(node),
    };
    const gyp = spawnSync(node, [npmNodeGyp(), "rebuild", "--release", "-j", "2"], { cwd: work, env, encoding: "utf8", maxBuffer: 64 << 20 });
    if (gyp.status !== 0) throw new Error(`node-gyp could not build ${addon.pkg} for ${node}:\n${gyp.stderr.slice(-4000)}`);
    copyFileSync(path.join(work, addon.gypOutput), `${out}.tmp`);
    renameSync(`${out}.tmp`, out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Puts a build of each addon for each of `nodes` (and this node) where its loader looks for that ABI: npm's own
 * build (or the package's prebuilt one) where it loads, else one compiled once with node-gyp and the node's own
 * include/node, cached under ~/.cache/smartenroll/native/<package>@<version>. npm's build/Release file is then
 * removed: better-sqlite3's loader tries it first and stops at an addon built for another ABI.
 */
export function ensureNativeBuilds(nodes: string[]): void {
  const cache = path.join(smartenrollCacheDir(), "native");
  for (const addon of ADDONS) {
    const pkgDir = path.join(modules, addon.pkg);
    if (!existsSync(pkgDir)) continue;
    const { version } = require(path.join(pkgDir, "package.json")) as { version: string };
    const gypBuild = path.join(pkgDir, addon.gypOutput);
    for (const node of new Set([process.execPath, ...nodes])) {
      const slot = addon.slot(abiOf(node));
      const target = path.join(pkgDir, slot);
      if (existsSync(target)) continue;
      const cached = path.join(cache, `${addon.pkg}@${version}`, slot);
      const source = existsSync(gypBuild) && loads(node, gypBuild) ? gypBuild : cached;
      if (!existsSync(source)) compile(addon, node, cached);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(source, target);
    }
    rmSync(gypBuild, { force: true });
  }
}

if (require.main === module) ensureNativeBuilds(process.argv.slice(2));
