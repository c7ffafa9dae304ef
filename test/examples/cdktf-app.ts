/**
 * Runs an example CDKTF app with the real cdktf CLI in a temp working directory: its cdktf.json runs the
 * example's main.ts with the repository's tsx, so cdktf.out and the local state stay out of the repository.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, type RunResult } from "../support/run";
import { ROOT, tempDir, type ProviderMirror } from "../support/terraform";

const CDKTF = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** An example app ready to synth, deploy, diff and destroy against one API. */
export interface CdktfApp {
  dir: string;
  /** `cdktf <args>`: the examples' SmartenrollProvider writes the stack's lock entry, so cdktf never asks a registry. */
  cdktf(args: string[], env?: Record<string, string>): Promise<RunResult>;
  /** Like {@link cdktf} but throws with the output unless it exits 0. */
  cdktfOk(args: string[], env?: Record<string, string>): Promise<RunResult>;
}

/** Prepares `examples/<name>/main.ts` to run against `api` with the provider from `mirror`. */
export function cdktfApp(name: string, mirror: ProviderMirror, api: { url: string; token: string }): CdktfApp {
  const dir = tempDir(`cdktf-${name}`);
  mkdirSync(path.join(dir, "home"));
  const entry = path.join(ROOT, "examples", name, "main.ts");
  writeFileSync(
    path.join(dir, "cdktf.json"),
    JSON.stringify({ language: "typescript", app: `"${process.execPath}" "${TSX}" --tsconfig "${path.join(ROOT, "tsconfig.json")}" "${entry}"`, terraformProviders: [], sendCrashReports: "false" }),
  );
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(TF_|SMARTENROLL_)/.test(k)) env[k] = v;
  Object.assign(env, {
    HOME: path.join(dir, "home"),
    TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
    TF_IN_AUTOMATION: "1",
    CHECKPOINT_DISABLE: "1",
    CI: "1",
    FORCE_COLOR: "0",
    NO_COLOR: "1",
    SMARTENROLL_BASE_URL: api.url,
    SMARTENROLL_TOKEN: api.token,
  });
  const cdktf = (args: string[], extra: Record<string, string> = {}) =>
    run(process.execPath, [CDKTF, ...args], { cwd: dir, env: { ...env, ...extra }, timeoutMs: 240_000 });
  return {
    dir,
    cdktf,
    async cdktfOk(args, extra) {
      const r = await cdktf(args, extra);
      if (r.code !== 0) throw new Error(`cdktf ${args.join(" ")} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
      return r;
    },
  };
}
