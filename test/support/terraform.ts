/**
 * Runs the real terraform CLI against the locally built provider, without ever downloading anything:
 * the provider is installed once per test file into a temp `filesystem_mirror`, and every workspace gets a CLI
 * config (`TF_CLI_CONFIG_FILE`) that reads `registry.terraform.io/smartenroll/*` only from that mirror.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run, type RunResult } from "./run";

/** Repository root (where `bin/smartenroll` lives). */
export const ROOT = path.resolve(__dirname, "../..");
/** Source address of the provider under test. */
export const PROVIDER_SOURCE = "smartenroll/smartenroll";

/** The installed provider: mirror folder and the CLI config file that points at it. */
export interface ProviderMirror {
  dir: string;
  cliConfigFile: string;
}

const tempDirs = new Set<string>();
process.once("exit", () => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** A temp directory under os.tmpdir(), removed by {@link removeTempDirs} or when the process exits. */
export function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(tmpdir(), `se-${prefix}-`));
  tempDirs.add(d);
  return d;
}

/** Removes every temp directory this module created (call it from afterAll). */
export function removeTempDirs(): void {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
  mirror = undefined;
}

let mirror: Promise<ProviderMirror> | undefined;

/** Installs the provider with `smartenroll install-provider --dir` into a temp mirror, once per module registry (test file). */
export function providerMirror(): Promise<ProviderMirror> {
  mirror ??= (async () => {
    const base = tempDir("mirror");
    const dir = path.join(base, "mirror");
    mkdirSync(dir);
    const r = await run(path.join(ROOT, "bin/smartenroll"), ["install-provider", "--dir", dir], { env: process.env, timeoutMs: 120_000 });
    if (r.code !== 0) {
      if (!/unknown command/i.test(r.stderr)) throw new Error(`smartenroll install-provider failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
      installWithPackaging(dir); // a checkout whose CLI lacks the command yet: same layout through the packaging function
    }
    const cliConfigFile = path.join(base, "terraform.rc");
    writeFileSync(
      cliConfigFile,
      `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(dir)}
    include = ["registry.terraform.io/smartenroll/*"]
  }
  direct {
    exclude = ["registry.terraform.io/smartenroll/*"]
  }
}
`,
    );
    return { dir, cliConfigFile };
  })();
  return mirror;
}

function installWithPackaging(dir: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { installPlugin } = require("../../src/plugin/packaging") as typeof import("../../src/plugin/packaging");
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  installPlugin({
    bundlePath: path.join(ROOT, "dist/provider.js"),
    launcherPath: path.join(ROOT, "bin/terraform-provider-smartenroll"),
    typeName: "smartenroll",
    namespace: "smartenroll",
    hostname: "registry.terraform.io",
    version,
    dir,
  });
}

/** The `terraform { required_providers { … } }` block every test configuration starts with. */
export const REQUIRED_PROVIDERS = `terraform {
  required_providers {
    smartenroll = {
      source = "${PROVIDER_SOURCE}"
    }
  }
}
`;

/** Where terraform should send API calls, and as whom. */
export interface ApiTarget {
  url: string;
  token: string;
}

/** Options of {@link createWorkspace}. */
export interface WorkspaceOptions {
  /** Files to write, relative to the workspace (e.g. `{ "main.tf": "…" }`). */
  files?: Record<string, string>;
  /** Sets `SMARTENROLL_BASE_URL` and `SMARTENROLL_TOKEN`. */
  api?: ApiTarget;
  /** Extra environment for every command. */
  env?: Record<string, string>;
  /** Share an existing `TF_DATA_DIR` (see {@link Workspace.fork}). */
  dataDir?: string;
}

/** Options of a single terraform command. */
export interface TfOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

/** A terraform working directory with its own data dir, CLI config and API target. */
export class Workspace {
  constructor(
    readonly dir: string,
    readonly dataDir: string,
    readonly mirror: ProviderMirror,
    private readonly baseEnv: Record<string, string>,
  ) {}

  /** The environment terraform runs with (inherits PATH/HOME; drops the caller's TF_* and SMARTENROLL_*). */
  env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!/^(TF_|SMARTENROLL_)/.test(k)) env[k] = v;
    Object.assign(env, {
      TF_CLI_CONFIG_FILE: this.mirror.cliConfigFile,
      TF_DATA_DIR: this.dataDir,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      TF_INPUT: "0",
    });
    Object.assign(env, this.baseEnv);
    for (const [k, v] of Object.entries(extra)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    return env;
  }

  /** Runs `terraform <args>` in the workspace; never throws on a non-zero exit. */
  tf(args: string[], opts: TfOptions = {}): Promise<RunResult> {
    return run("terraform", args, { cwd: this.dir, env: this.env(opts.env), timeoutMs: opts.timeoutMs ?? 180_000 });
  }

  /** Like {@link tf} but throws with the full output unless the exit code is one of `codes`. */
  async tfOk(args: string[], opts: TfOptions & { codes?: number[] } = {}): Promise<RunResult> {
    const r = await this.tf(args, opts);
    if (!(opts.codes ?? [0]).includes(r.code)) throw new Error(`terraform ${args.join(" ")} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
    return r;
  }

  /** Writes files (relative paths); a value of `null` deletes the file. */
  write(files: Record<string, string | null>): void {
    for (const [name, text] of Object.entries(files)) {
      const p = path.join(this.dir, name);
      if (text === null) rmSync(p, { force: true });
      else {
        mkdirSync(path.dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
    }
  }

  /** Reads a file of the workspace, or undefined when it does not exist. */
  read(name: string): string | undefined {
    const p = path.join(this.dir, name);
    return existsSync(p) ? readFileSync(p, "utf8") : undefined;
  }

  /** `terraform init` from the mirror only. */
  init(): Promise<RunResult> {
    return this.tfOk(["init", "-input=false", "-no-color"]);
  }

  /** `terraform apply -auto-approve`, throwing unless it succeeds. */
  apply(args: string[] = [], opts: TfOptions = {}): Promise<RunResult> {
    return this.tfOk(["apply", "-auto-approve", "-input=false", "-no-color", ...args], opts);
  }

  /** `terraform plan -detailed-exitcode`: code 0 = no changes, 2 = changes, 1 = error. */
  planExitCode(args: string[] = [], opts: TfOptions = {}): Promise<RunResult> {
    return this.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color", ...args], opts);
  }

  /** Plans into a file and returns `terraform show -json` of it. Throws when the plan fails. */
  async planJson(args: string[] = [], opts: TfOptions = {}): Promise<PlanJson> {
    await this.tfOk(["plan", "-input=false", "-no-color", "-out=tfplan", ...args], opts);
    const r = await this.tfOk(["show", "-json", "-no-color", "tfplan"], opts);
    return JSON.parse(r.stdout) as PlanJson;
  }

  /** The current state as `terraform show -json`. */
  async stateJson(): Promise<StateJson> {
    const r = await this.tfOk(["show", "-json", "-no-color"]);
    return JSON.parse(r.stdout) as StateJson;
  }

  /** The raw local state file (`terraform.tfstate`), or undefined before the first apply. */
  stateFile(): string | undefined {
    return this.read("terraform.tfstate");
  }

  /** `terraform destroy -auto-approve`, throwing unless it succeeds. */
  destroy(args: string[] = [], opts: TfOptions = {}): Promise<RunResult> {
    return this.tfOk(["destroy", "-auto-approve", "-input=false", "-no-color", ...args], opts);
  }

  /**
   * A new working directory that shares this one's data dir (`.terraform`, already initialised) and lock file,
   * so many configurations can be validated or planned in parallel after a single `terraform init`.
   * Keep forks to validate/plan/apply of their own state; never re-run init in a fork.
   */
  fork(opts: { files?: Record<string, string>; api?: ApiTarget; env?: Record<string, string> } = {}): Workspace {
    const dir = tempDir("ws");
    const lock = path.join(this.dir, ".terraform.lock.hcl");
    if (existsSync(lock)) copyFileSync(lock, path.join(dir, ".terraform.lock.hcl"));
    const env = { ...this.baseEnv, ...apiEnv(opts.api), ...(opts.env ?? {}) };
    const ws = new Workspace(dir, this.dataDir, this.mirror, env);
    ws.write(opts.files ?? {});
    return ws;
  }

  /** Deletes the working directory (and its data dir unless shared). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function apiEnv(api?: ApiTarget): Record<string, string> {
  return api ? { SMARTENROLL_BASE_URL: api.url, SMARTENROLL_TOKEN: api.token } : {};
}

/** Creates a temp working directory with its files, a private `TF_DATA_DIR` and the mirror's CLI config. */
export async function createWorkspace(opts: WorkspaceOptions = {}): Promise<Workspace> {
  const m = await providerMirror();
  const dir = tempDir("ws");
  const dataDir = opts.dataDir ?? path.join(dir, ".terraform");
  const ws = new Workspace(dir, dataDir, m, { ...apiEnv(opts.api), ...(opts.env ?? {}) });
  ws.write(opts.files ?? {});
  return ws;
}

/** `terraform show -json` of a saved plan (only the fields the tests read). */
export interface PlanJson {
  format_version: string;
  resource_changes?: ResourceChangeJson[];
  resource_drift?: ResourceChangeJson[];
  planned_values?: unknown;
  prior_state?: StateJson;
  configuration?: unknown;
  errored?: boolean;
}

/** One entry of `resource_changes` / `resource_drift`. */
export interface ResourceChangeJson {
  address: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  index?: unknown;
  action_reason?: string;
  change: {
    actions: string[];
    before: unknown;
    after: unknown;
    after_unknown?: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    replace_paths?: (string | number)[][];
    importing?: { id: string };
    generated_config?: string;
  };
}

/** `terraform show -json` of the state. */
export interface StateJson {
  format_version?: string;
  values?: {
    root_module?: {
      resources?: { address: string; type: string; name: string; mode: string; values: Record<string, unknown> }[];
    };
  };
}
