/**
 * The package as a new user installs it: `npm pack` of this checkout, and fresh projects outside the checkout with
 * the tarball installed by `npm install --offline`. cdktf or cdktn, their CLIs, constructs and zod come from this
 * checkout's node_modules as `file:` links, so nothing is fetched from any registry.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { currentPlatform, ensureNodeRuntime } from "../../src/packaging/node-runtime";
import { NO_CHANGES } from "../examples/setup";
import { run, type RunResult } from "../support/run";
import { oncePerRun } from "../support/run-once";
import type { TestServer } from "../support/server";
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
  await runOk(process.execPath, ["--input-type=module", "-e", "await (await import('./scripts/build.mjs')).buildPackage()"], { cwd: ROOT, env });
  await runOk("npm", ["pack", "--ignore-scripts", "--pack-destination", out], { cwd: ROOT, env });
  const tgz = readdirSync(out).find((f) => f.endsWith(".tgz"));
  if (!tgz) throw new Error(`npm pack wrote no tarball into ${out}`);
  return path.join(out, tgz);
}

/** A CDK library and its command line: `cdktf` (cdktf-cli) or `cdktn` (cdktn-cli). */
export type Cli = "cdktf" | "cdktn";

/** A project outside the checkout: its folder, and the environment its commands run in. */
export interface Project {
  dir: string;
  env: NodeJS.ProcessEnv;
}

/** `file:` spec of this checkout's copy of package `name`: npm links it, offline. */
export const linkTo = (name: string): string => `file:${path.join(MODULES, name)}`;

/**
 * A new project outside the checkout with the tarball installed, beside `packages` (default cdktf and cdktf-cli),
 * constructs, zod and @types/node. With `node`, that node's folder goes first on PATH: npm, the apps and the
 * provider then run on it.
 */
export async function installInNewProject(tarball: string, opts: { packages?: string[]; node?: string } = {}): Promise<Project> {
  const dir = tempDir("infra");
  const home = path.join(dir, ".home");
  mkdirSync(home);
  const packages = [...(opts.packages ?? ["cdktf", "cdktf-cli"]), "constructs", "zod", "@types/node"];
  const dependencies = Object.fromEntries(packages.map((name) => [name, linkTo(name)]));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "infra", private: true, dependencies }, null, 2));
  const env = opts.node ? onNode(cleanEnv(home), opts.node) : cleanEnv(home);
  await runOk("npm", ["install", "--offline", tarball], { cwd: dir, env });
  return { dir, env };
}

/** `env` with `node`'s folder first on PATH. */
export function onNode(env: NodeJS.ProcessEnv, node: string): NodeJS.ProcessEnv {
  return { ...env, PATH: `${path.dirname(node)}${path.delimiter}${env.PATH}` };
}

/** The node cdktn-cli (which needs 22.19+) runs on: this one when new enough, else the pinned Node.js 24. */
export function cdktnNode(): string {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 19)) return process.execPath;
  return path.join(ensureNodeRuntime(currentPlatform()), "bin", "node");
}

/** `npx smartenroll setup --dir <project>/.terraform-providers`; returns the env with the printed TF_CLI_CONFIG_FILE. */
export async function setupMirror(project: Project): Promise<NodeJS.ProcessEnv> {
  const mirror = path.join(project.dir, ".terraform-providers");
  const setup = await runOk("npx", ["smartenroll", "setup", "--dir", mirror], { cwd: project.dir, env: project.env });
  const exportLine = /^export TF_CLI_CONFIG_FILE=(.+)$/m.exec(setup.stdout);
  expect(exportLine?.[1] && JSON.parse(exportLine[1])).toBe(path.join(mirror, "terraform.rc"));
  return { ...project.env, TF_CLI_CONFIG_FILE: path.join(mirror, "terraform.rc") };
}

/**
 * The quick-start app (examples/quickstart, on cdktn) in `dir`; for `cdktf`, its first two lines replaced by the
 * README's cdktf imports.
 */
export function writeQuickstart(dir: string, library: Cli): void {
  copyFileSync(path.join(ROOT, "examples", "quickstart", "cdktf.json"), path.join(dir, "cdktf.json"));
  let app = readFileSync(path.join(ROOT, "examples", "quickstart", "main.mjs"), "utf8");
  if (library === "cdktf") app = readmeCdktfImports() + app.split("\n").slice(2).join("\n");
  writeFileSync(path.join(dir, "main.mjs"), app);
}

/** The README's "On CDKTF" imports block. */
function readmeCdktfImports(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### On CDKTF"));
  return /```js\n([\s\S]*?)```/.exec(section)![1];
}

/** The README's move from cdktf to cdktn: `cdktf` → `cdktn`, `smartenroll-iac[/lib/…]` → `smartenroll-iac/cdktn[/lib/…]`. */
export function renameImportsToCdktn(source: string): string {
  return source.replace(/from "cdktf"/g, 'from "cdktn"').replace(/from "smartenroll-iac(\/lib\/[\w-]+)?"/g, 'from "smartenroll-iac/cdktn$1"');
}

/**
 * examples/basic, progressive and templates (imports renamed for cdktn) type-check in `project` against the installed
 * package's .d.ts, with the CLI's template tsconfig.json and with node16 module resolution.
 */
export async function typeCheckExamples(project: Project, library: Cli): Promise<void> {
  const ts = path.join(project.dir, "ts");
  mkdirSync(ts);
  for (const name of ["basic", "progressive", "templates"]) {
    const source = readFileSync(path.join(ROOT, "examples", name, "main.ts"), "utf8");
    writeFileSync(path.join(ts, `${name}.ts`), library === "cdktn" ? renameImportsToCdktn(source) : source);
  }
  const template = JSON.parse(readFileSync(path.join(MODULES, `${library}-cli`, "bundle", "templates", "typescript", "tsconfig.json"), "utf8"));
  const tsc = path.join(MODULES, "typescript", "bin", "tsc");
  for (const extra of [{}, { module: "node16", moduleResolution: "node16" }]) {
    const config = { ...template, compilerOptions: { ...template.compilerOptions, ...extra, noEmit: true, incremental: false, lib: ["es2022"] } };
    writeFileSync(path.join(ts, "tsconfig.json"), JSON.stringify(config));
    const r = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: ts, env: project.env, timeoutMs: 120_000 });
    expect({ extra, code: r.code, out: r.stdout }).toEqual({ extra, code: 0, out: "" });
  }
}

/**
 * `npx <deploy> deploy --auto-approve` of the quick-start app in `project` (set up, see {@link setupMirror}) against
 * `server` as `user`: the project is created and active. After `between` (if any; it may change `project.env`, and
 * gets the `npx` that runs with the server's URL and token), `npx <after> diff` shows no changes and
 * `npx <after> destroy` removes the project.
 */
export async function deployDiffDestroy(project: Project, server: TestServer, user: string, cli: { deploy: Cli; after?: Cli; between?: (npx: (args: string[]) => Promise<RunResult>) => Promise<void> }): Promise<void> {
  const token = await server.tokenFor(user);
  const npx = (args: string[]) => run("npx", args, { cwd: project.dir, env: { ...project.env, SMARTENROLL_BASE_URL: server.url, SMARTENROLL_TOKEN: token }, timeoutMs: 240_000 });
  const deploy = await npx([cli.deploy, "deploy", "--auto-approve"]);
  expect({ code: deploy.code, out: deploy.code ? deploy.stdout + deploy.stderr : "" }).toEqual({ code: 0, out: "" });
  const projects = await server.listProjects(token);
  expect(projects.map((p) => [p.name, p.status, p.projectFlows[0].steps])).toEqual([["Customer Onboarding", "active", { document: "mandatory", liveness: "mandatory" }]]);
  expect(readFileSync(path.join(project.dir, "cdktf.out", "stacks", "kyc", ".terraform.lock.hcl"), "utf8")).toMatch(/constraints = "~> 0\.1"/);
  await cli.between?.(npx);
  const after = cli.after ?? cli.deploy;
  const diff = await npx([after, "diff"]);
  expect({ code: diff.code, noChanges: NO_CHANGES.test(diff.stdout) }).toEqual({ code: 0, noChanges: true });
  const destroy = await npx([after, "destroy", "--auto-approve"]);
  expect({ code: destroy.code, out: destroy.code ? destroy.stdout + destroy.stderr : "" }).toEqual({ code: 0, out: "" });
  expect(await server.listProjects(token)).toEqual([]);
}

/**
 * Puts this checkout's better-sqlite3 into a test project, as `npm install better-sqlite3` leaves it once its build
 * script ran: the addon built for this Node.js by npm (build/Release), or one per Node.js ABI under lib/binding
 * (scripts/native-builds.ts). `built: false` leaves out every compiled addon.
 */
export function addBetterSqlite(projectDir: string, built: boolean): void {
  const modules = path.join(projectDir, "node_modules");
  const addon = path.join("build", "Release", "better_sqlite3.node");
  rmSync(path.join(modules, "better-sqlite3"), { recursive: true, force: true });
  cpSync(path.join(MODULES, "better-sqlite3"), path.join(modules, "better-sqlite3"), {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(path.join(MODULES, "better-sqlite3"), src);
      const wanted = rel === "" || rel === "package.json" || rel === "lib" || rel.startsWith(`lib${path.sep}`) || addon.startsWith(rel);
      return wanted && (built || !rel.endsWith(".node"));
    },
  });
  for (const dep of ["bindings", "file-uri-to-path"]) cpSync(path.join(MODULES, dep), path.join(modules, dep), { recursive: true });
}
