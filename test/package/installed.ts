/**
 * The package as a new user installs it: `npm pack` of this checkout, and fresh projects outside the checkout with
 * the tarball installed by `npm install --offline`. cdktf, constructs, zod and cdktf-cli come from this checkout's
 * node_modules as `file:` links, so nothing is fetched from any registry.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, type RunResult } from "../support/run";
import { oncePerRun } from "../support/run-once";
import { ROOT, tempDir } from "../support/terraform";

const MODULES = path.join(ROOT, "node_modules");

/** Environment for npm, terraform and cdktf in a temp project: no TF_/SMARTENROLL_ settings, no network chatter. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(TF_|SMARTENROLL_|npm_|CDKTF_)/i.test(k)) env[k] = v;
  return {
    ...env,
    HOME: home,
    CHECKPOINT_DISABLE: "1",
    CI: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    CDKTF_DISABLE_TELEMETRY: "1",
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    npm_config_fund: "false",
    ...extra,
  };
}

/** Runs a command and throws with its output unless it exits 0. */
export async function runOk(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  const r = await run(cmd, args, { timeoutMs: 240_000, ...opts });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  return r;
}

/**
 * Compiles the constructs and bindings (the bundles are built by the jest global setup) and packs the tarball, once
 * per test run: the test files that install it share it.
 */
export function packTarball(): Promise<string> {
  return oncePerRun("tarball", packInto);
}

async function packInto(out: string): Promise<string> {
  const env = cleanEnv(process.env.HOME ?? out);
  await runOk(process.execPath, ["--input-type=module", "-e", "(await import('./scripts/build.mjs')).buildPackage()"], { cwd: ROOT, env });
  await runOk("npm", ["pack", "--ignore-scripts", "--pack-destination", out], { cwd: ROOT, env });
  const tgz = readdirSync(out).find((f) => f.endsWith(".tgz"));
  if (!tgz) throw new Error(`npm pack wrote no tarball into ${out}`);
  return path.join(out, tgz);
}

/** A new project outside the checkout with the tarball installed; `cdktf` may be linked to another folder (cdktn). */
export async function installInNewProject(tarball: string, opts: { cdktf?: string; cli?: boolean } = {}): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = tempDir("infra");
  const home = path.join(dir, ".home");
  mkdirSync(home);
  const link = (name: string) => `file:${path.join(MODULES, name)}`;
  const dependencies: Record<string, string> = { cdktf: link(opts.cdktf ?? "cdktf"), constructs: link("constructs"), zod: link("zod"), "@types/node": link("@types/node") };
  if (opts.cli !== false) dependencies["cdktf-cli"] = link("cdktf-cli");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "infra", private: true, dependencies }, null, 2));
  const env = cleanEnv(home);
  await runOk("npm", ["install", "--offline", tarball], { cwd: dir, env });
  return { dir, env };
}

/**
 * Puts this checkout's better-sqlite3 (built for this Node.js by its own install) into a test project, as
 * `npm install better-sqlite3` leaves it once its build script ran; `built: false` leaves out the compiled addon.
 */
export function addBetterSqlite(projectDir: string, built: boolean): void {
  const modules = path.join(projectDir, "node_modules");
  const addon = path.join("build", "Release", "better_sqlite3.node");
  rmSync(path.join(modules, "better-sqlite3"), { recursive: true, force: true });
  cpSync(path.join(MODULES, "better-sqlite3"), path.join(modules, "better-sqlite3"), {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(path.join(MODULES, "better-sqlite3"), src);
      return rel === "" || rel === "package.json" || rel === "lib" || rel.startsWith(`lib${path.sep}`) || (built && addon.startsWith(rel));
    },
  });
  for (const dep of ["bindings", "file-uri-to-path"]) cpSync(path.join(MODULES, dep), path.join(modules, dep), { recursive: true });
}
