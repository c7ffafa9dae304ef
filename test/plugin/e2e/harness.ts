import { spawn, SpawnOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installPlugin } from "../../../src/plugin/packaging";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const TEST_BUNDLE = path.join(ROOT, "dist", "test-provider.js");

/** Terraform's h1 hash of an unpacked provider folder (Go dirhash Hash1 over a flat folder). */
export function h1(dir: string): string {
  const lines = readdirSync(dir)
    .sort()
    .map((f) => `${createHash("sha256").update(readFileSync(path.join(dir, f))).digest("hex")}  ${f}\n`);
  return "h1:" + createHash("sha256").update(lines.join("")).digest("base64");
}

/** Result of one terraform command. */
export interface TfResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A temporary Terraform workspace using the test provider from a filesystem mirror: its own CLI config,
 * data dir and working dir, nothing downloaded.
 */
export class Workspace {
  readonly root = mkdtempSync(path.join(tmpdir(), "plugin-e2e-"));
  readonly dir = path.join(this.root, "work");
  readonly mirror = path.join(this.root, "mirror");
  readonly storePath = path.join(this.root, "store.json");
  readonly env: NodeJS.ProcessEnv;

  /** The folder installPlugin wrote. */
  readonly installed: string;

  constructor(extraEnv: NodeJS.ProcessEnv = {}) {
    this.installed = installPlugin({
      bundlePath: TEST_BUNDLE,
      launcherPath: path.join(ROOT, "bin", "terraform-provider-smartenroll"),
      typeName: "plugintest",
      namespace: "smartenroll",
      hostname: "registry.terraform.io",
      version: "0.1.0",
      dir: this.mirror,
    }).dir;
    const cliConfig = path.join(this.root, "terraform.rc");
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path = "${this.mirror}"\n    include = ["registry.terraform.io/smartenroll/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/smartenroll/*"]\n  }\n}\n`,
    );
    require("node:fs").mkdirSync(this.dir);
    this.env = {
      PATH: process.env.PATH,
      HOME: this.root,
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      TF_DATA_DIR: path.join(this.root, "tfdata"),
      ...extraEnv,
    };
  }

  /** Writes main.tf: the provider block plus `body`. */
  config(body: string): void {
    writeFileSync(
      path.join(this.dir, "main.tf"),
      `terraform {\n  required_providers {\n    plugintest = { source = "smartenroll/plugintest" }\n  }\n}\n\nprovider "plugintest" {\n  store_path = "${this.storePath}"\n}\n\n${body}\n`,
    );
  }

  /** Writes main.tf exactly as given (no provider block). */
  rawConfig(text: string): void {
    writeFileSync(path.join(this.dir, "main.tf"), text);
  }

  /** Runs terraform with `args` in the working dir. */
  tf(args: string[], opts: { env?: NodeJS.ProcessEnv; detached?: boolean; onSpawn?: (p: ReturnType<typeof spawn>, output: () => string) => void } = {}): Promise<TfResult> {
    return run("terraform", args, { cwd: this.dir, env: { ...this.env, ...opts.env }, detached: opts.detached }, opts.onSpawn);
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Runs a command and collects its output. */
export function run(cmd: string, args: string[], options: SpawnOptions, onSpawn?: (p: ReturnType<typeof spawn>, output: () => string) => void): Promise<TfResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
    p.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, stdout, stderr }));
    onSpawn?.(p, () => stdout);
  });
}

/** The stored things (the test provider's "remote API"), with exact numbers. */
export function readStore(ws: Workspace): Record<string, Record<string, unknown>> {
  const fs = require("node:fs") as typeof import("node:fs");
  if (!fs.existsSync(ws.storePath)) return {};
  const { parseJsonDecimal } = require("../../../src/plugin") as typeof import("../../../src/plugin");
  return parseJsonDecimal(fs.readFileSync(ws.storePath, "utf8")) as Record<string, Record<string, unknown>>;
}

/** `terraform show -json` state values of one resource address, numbers exact. */
export async function stateOf(ws: Workspace, address: string, env?: NodeJS.ProcessEnv): Promise<Record<string, unknown> | undefined> {
  const r = await ws.tf(["show", "-json", "-no-color"], { env });
  if (r.code !== 0) throw new Error(r.stderr);
  const { parseJsonDecimal } = require("../../../src/plugin") as typeof import("../../../src/plugin");
  const show = parseJsonDecimal(r.stdout) as { values?: { root_module?: { resources?: Array<{ address: string; values: Record<string, unknown> }> } } };
  return show.values?.root_module?.resources?.find((x) => x.address === address)?.values;
}

/** Throws with terraform's output unless the command exited with `code`. */
export function expectCode(r: TfResult, code: number): TfResult {
  if (r.code !== code) throw new Error(`terraform exited ${r.code}, expected ${code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  return r;
}
