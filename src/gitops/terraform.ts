import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isCdktfProject, stackDir, synthesize } from "./cdktf-stacks";
import { parsePlanJson, stateResources, type PlanJson, type StateModuleJson } from "./plan-json";

/** Where to plan: an HCL working directory, or a synthesized cdktf stack (synthesized first with `synth`). */
export interface PlanSource {
  dir?: string;
  stack?: string;
  synth?: boolean;
}

/**
 * The working directory to plan: `--dir`; `--stack NAME` (`cdktf.out/stacks/NAME`); with neither, in a cdktf project
 * folder its one synthesized stack, elsewhere the current directory. A stack older than the app's source is refused.
 */
export function workingDir(src: PlanSource, cwd = process.cwd()): string {
  if (src.dir && src.stack) throw new Error("give either --dir or --stack, not both");
  if (src.stack !== undefined || (!src.dir && isCdktfProject(cwd))) {
    if (src.synth) synthesize(cwd);
    return stackDir(cwd, src.stack);
  }
  if (src.synth) throw new Error("--synth needs a cdktf project folder (one with cdktf.json)");
  const dir = path.resolve(cwd, src.dir ?? ".");
  if (!existsSync(dir)) throw new Error(`working directory ${dir} does not exist`);
  return dir;
}

function terraform(dir: string, args: string[], okCodes = [0]): string {
  const env = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? "1" };
  const r = spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new Error(`cannot run terraform (${r.error.message}); is it on PATH?`);
  if (!okCodes.includes(r.status ?? -1)) {
    const detail = `${r.stderr ?? ""}\n${r.stdout ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`terraform ${args[0]} failed in ${dir} (exit ${r.status}):\n${detail}`);
  }
  return r.stdout;
}

/** Runs `terraform init` when the working directory has not been initialised yet. */
function ensureInit(dir: string): void {
  const data = process.env.TF_DATA_DIR ? path.resolve(dir, process.env.TF_DATA_DIR) : path.join(dir, ".terraform");
  if (!existsSync(data)) terraform(dir, ["init", "-input=false", "-no-color"]);
}

/** Plans in `dir` (normally, or refresh-only) and returns `terraform show -json` of the plan. */
export function planJson(dir: string, opts: { refreshOnly?: boolean } = {}): PlanJson {
  ensureInit(dir);
  const tmp = mkdtempSync(path.join(tmpdir(), "smartenroll-plan-"));
  const file = path.join(tmp, "plan.tfplan");
  try {
    terraform(dir, ["plan", "-input=false", "-no-color", `-out=${file}`, ...(opts.refreshOnly ? ["-refresh-only"] : [])]);
    return parsePlanJson(terraform(dir, ["show", "-json", "-no-color", file]), `terraform show -json (${dir})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Throws when the working directory's state holds no managed resource (nothing was applied, or the wrong backend). */
export function requireState(dir: string): void {
  ensureInit(dir);
  const out = terraform(dir, ["show", "-json", "-no-color"]);
  const state = JSON.parse(out || "{}") as { values?: { root_module?: StateModuleJson } };
  const managed = stateResources(state.values?.root_module).filter((r) => r.mode === "managed");
  if (managed.length === 0)
    throw new Error(`the Terraform state of ${dir} is empty or missing: nothing has been applied here (or the backend points elsewhere), so there is nothing to check for drift`);
}
