import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** True when `dir` is a cdktf project folder (it has a `cdktf.json`). */
export function isCdktfProject(dir: string): boolean {
  return existsSync(path.join(dir, "cdktf.json"));
}

/** The stacks synthesized into `<dir>/cdktf.out/stacks` (those with a `cdk.tf.json`), sorted. */
export function synthesizedStacks(dir: string): string[] {
  const root = path.join(dir, "cdktf.out", "stacks");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((s) => existsSync(path.join(root, s, "cdk.tf.json")))
    .sort();
}

const SKIP_DIRS = new Set(["node_modules", "cdktf.out", ".git", ".terraform", ".gen", "imports"]);
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|go|java|cs|kt|json)$/;
// cdktf itself writes cdktf.json (its projectId) right after a first synth
const NOT_SOURCE = /(^|\/)(cdktf\.json|package-lock\.json|npm-shrinkwrap\.json)$|\.d\.ts$|\.tfstate(\.backup)?$/;
const MAX_FILES = 20_000;

/** The most recently modified source file of the app in `dir` (its code and JSON settings, not dependencies or outputs). */
function newestSource(dir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  let seen = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (++seen > MAX_FILES) return;
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) walk(full);
      } else if (e.isFile() && SOURCE.test(e.name) && !NOT_SOURCE.test(full)) {
        const mtimeMs = statSync(full).mtimeMs;
        if (!newest || mtimeMs > newest.mtimeMs) newest = { file: path.relative(dir, full), mtimeMs };
      }
    }
  };
  walk(dir);
  return newest;
}

const at = (ms: number) => new Date(ms).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");

/**
 * The working directory of a synthesized stack in the cdktf project `dir`: `stack` when given, else the only stack
 * there. Fails listing the stacks when `stack` is not one of them or several exist, and when the app's source changed
 * after the stack was synthesized (its plan would not be the app's).
 */
export function stackDir(dir: string, stack: string | undefined): string {
  const stacks = synthesizedStacks(dir);
  const there = path.join(path.relative(process.cwd(), dir) || ".", "cdktf.out", "stacks");
  const synthHint = "run `cdktf synth` first, or pass --synth";
  if (stacks.length === 0) throw new Error(`no synthesized stack in ${there}: ${synthHint}`);
  if (stack !== undefined && !stacks.includes(stack)) throw new Error(`no synthesized stack "${stack}" in ${there}; the stacks there: ${stacks.join(", ")}`);
  if (stack === undefined && stacks.length > 1) throw new Error(`${there} holds several stacks (${stacks.join(", ")}): choose one with --stack NAME`);
  const name = stack ?? stacks[0];
  const out = path.join(dir, "cdktf.out", "stacks", name);
  const synthesized = statSync(path.join(out, "cdk.tf.json")).mtimeMs;
  const source = newestSource(dir);
  if (source && source.mtimeMs > synthesized)
    throw new Error(`${there}/${name} is older than the app: ${source.file} changed at ${at(source.mtimeMs)}, after the stack was synthesized at ${at(synthesized)}, so its plan would not be the app's; ${synthHint}`);
  return out;
}

/** Runs `cdktf synth` in the project folder `dir` (its `node_modules/.bin/cdktf`, else `cdktf` on PATH). */
export function synthesize(dir: string): void {
  const local = path.join(dir, "node_modules", ".bin", "cdktf");
  const r = spawnSync(existsSync(local) ? local : "cdktf", ["synth"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`cannot run cdktf synth (${r.error.message}): install cdktf-cli in this project (npm install cdktf-cli) or put cdktf on PATH`);
  if (r.status !== 0) throw new Error(`cdktf synth failed in ${dir} (exit ${r.status}):\n${`${r.stderr}\n${r.stdout}`.trim().split("\n").slice(-30).join("\n")}`);
}
