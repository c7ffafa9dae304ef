/**
 * The published package as a new user gets it: the packed tarball installed into a fresh project outside the
 * checkout, its `smartenroll` bin (through npm's symlinks), `setup`, the quick-start example deployed with plain
 * `cdktf deploy` (no --skip-provider-lock), `pack-provider` with the launcher only, and the cdktn fork (release.test.ts
 * covers signed releases with standalone executables).
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { unzipSync } from "fflate";
import { h1Hash, sha256Hex } from "../../src/packaging/hashes";
import ts from "typescript";
import { NO_CHANGES } from "../examples/setup";
import { propDocs } from "../support/prop-docs";
import { run, type RunResult } from "../support/run";
import { startTestServer, type TestServer } from "../support/server";
import { ROOT, removeTempDirs, tempDir } from "../support/terraform";
import { addBetterSqlite, installInNewProject, packTarball, runOk } from "./installed";
import { packagesWithInstallScripts } from "./install-scripts";
import { codeBlocks, readmeSection } from "./readme-blocks";

jest.setTimeout(300_000);
const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const PROVIDER_DIR = "registry.terraform.io/smartenroll/smartenroll";

let tarball: string;
let project: { dir: string; env: NodeJS.ProcessEnv };
let server: TestServer;
/** A loopback port that was free a moment ago. */
const freePort = () => new Promise<number>((resolve) => {
  const srv = createServer().listen(0, "127.0.0.1", () => {
    const { port } = srv.address() as { port: number };
    srv.close(() => resolve(port));
  });
});
const npx = (args: string[], env: NodeJS.ProcessEnv = project.env) => run("npx", args, { cwd: project.dir, env, timeoutMs: 240_000 });

beforeAll(async () => {
  [tarball, server] = await Promise.all([packTarball(), startTestServer({ rateLimits: false })]);
  project = await installInNewProject(tarball);
});
afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

test("the tarball holds the built package only: no tests, no TypeScript sources, nothing from this machine", async () => {
  const list = (await runOk("tar", ["-tzf", tarball], { cwd: ROOT, env: project.env })).stdout.trim().split("\n");
  const allowed = /^package\/(package\.json|README\.md|bin\/(smartenroll|terraform-provider-smartenroll)|dist\/(cli|provider|start|vendor\/postject|vendor\/openpgp)\.js|dist\/(src|lib)\/[\w/-]+(\.d\.ts|\.js))$/;
  expect(list.filter((f) => !allowed.test(f))).toEqual([]);
  expect(list).toEqual(expect.arrayContaining(["package/dist/src/index.d.ts", "package/dist/lib/project-flow/index.js", "package/dist/provider.js"]));
  const installed = path.join(project.dir, "node_modules", "smartenroll-iac");
  const machineSpecific = list.map((f) => f.slice("package/".length)).filter((f) => {
    const text = readFileSync(path.join(installed, f), "utf8");
    return text.includes(ROOT) || text.includes(path.dirname(tarball));
  });
  expect(machineSpecific).toEqual([]);
});

test("the smartenroll bin runs through npx, node_modules/.bin and a link from another folder (npm link, global install)", async () => {
  const dotBin = path.join(project.dir, "node_modules", ".bin", "smartenroll");
  expect(lstatSync(dotBin).isSymbolicLink()).toBe(true);
  const linkDir = tempDir("global-bin");
  symlinkSync(dotBin, path.join(linkDir, "smartenroll"));
  const ways = [
    ["npx", ["smartenroll", "--version"], project.dir],
    [dotBin, ["--version"], linkDir],
    [path.join(linkDir, "smartenroll"), ["--version"], linkDir],
  ] as const;
  for (const [cmd, args, cwd] of ways) {
    const r = await run(cmd, [...args], { cwd, env: project.env });
    expect({ cmd, out: r.stdout.trim(), code: r.code }).toEqual({ cmd, out: version, code: 0 });
  }
});

test("TypeScript apps type-check against the package's .d.ts (cdktf's template tsconfig, and node16 resolution)", async () => {
  const ts = path.join(project.dir, "ts");
  mkdirSync(ts);
  for (const name of ["basic", "progressive", "templates"]) copyFileSync(path.join(ROOT, "examples", name, "main.ts"), path.join(ts, `${name}.ts`));
  const template = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "templates", "typescript", "tsconfig.json"), "utf8"));
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  for (const extra of [{}, { module: "node16", moduleResolution: "node16" }]) {
    const config = { ...template, compilerOptions: { ...template.compilerOptions, ...extra, noEmit: true, incremental: false, lib: ["es2022"] } };
    writeFileSync(path.join(ts, "tsconfig.json"), JSON.stringify(config));
    const r = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: ts, env: project.env, timeoutMs: 120_000 });
    expect({ extra, code: r.code, out: r.stdout }).toEqual({ extra, code: 0, out: "" });
  }
});

test("the installed .d.ts gives every KycProject prop its doc comment: summary, range and @default", () => {
  const dir = path.join(project.dir, "docs-app");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "app.ts"), 'export type { KycProjectProps } from "smartenroll-iac";\n');
  const docs = propDocs(path.join(dir, "app.ts"), "KycProjectProps", { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 });
  const at = (p: string) => docs.find((d) => d.path === p);
  expect(docs.length).toBeGreaterThan(60);
  expect(docs.filter((d) => !d.summary || (d.optional && d.tags.default === undefined)).map((d) => d.path)).toEqual([]);
  expect(at("liveness.minScore")).toMatchObject({ summary: expect.stringContaining("from 0.52 to 0.9"), tags: { default: "0.65" } });
  expect(at("signUpForm.fullNameStyle")?.tags.default).toBe('"separate"');
  expect(at("webhook")?.summary).toContain("creates one");
});

test("install-provider works from the installed package (no build script, no sources)", async () => {
  const mirror = tempDir("implied");
  const r = await npx(["smartenroll", "install-provider", "--dir", mirror]);
  expect(r.code).toBe(0);
  const folder = path.join(mirror, PROVIDER_DIR, version, "linux_amd64");
  expect(readdirSync(folder).sort()).toEqual(["provider.js", "start.js", `terraform-provider-smartenroll_v${version}`]);
  const installed = path.join(project.dir, "node_modules", "smartenroll-iac");
  expect(existsSync(path.join(installed, "scripts"))).toBe(false);
  // The checkout's rebuild-before-install lives in bin/smartenroll behind scripts/build.mjs, not in the bundle.
  expect(readFileSync(path.join(installed, "dist", "cli.js"), "utf8")).not.toContain("build.mjs");
});

test("setup --dir, then the quick-start example deploys with plain `cdktf deploy`, diffs clean and is destroyed", async () => {
  const mirror = path.join(project.dir, ".terraform-providers");
  const setup = await npx(["smartenroll", "setup", "--dir", mirror]);
  expect(setup.code).toBe(0);
  const exportLine = /^export TF_CLI_CONFIG_FILE=(.+)$/m.exec(setup.stdout);
  expect(exportLine).not.toBeNull();
  const cliConfig = JSON.parse(exportLine![1]) as string;
  expect(cliConfig).toBe(path.join(mirror, "terraform.rc"));

  for (const f of ["main.mjs", "cdktf.json"]) copyFileSync(path.join(ROOT, "examples", "quickstart", f), path.join(project.dir, f));
  const token = await server.tokenFor("quickstart");
  const env = { ...project.env, TF_CLI_CONFIG_FILE: cliConfig, SMARTENROLL_BASE_URL: server.url, SMARTENROLL_TOKEN: token };
  const deploy = await npx(["cdktf", "deploy", "--auto-approve"], env);
  expect({ code: deploy.code, out: deploy.code ? deploy.stdout + deploy.stderr : "" }).toEqual({ code: 0, out: "" });
  const projects = await server.listProjects(token);
  expect(projects.map((p) => [p.name, p.status, p.projectFlows[0].steps])).toEqual([["Customer Onboarding", "active", { document: "mandatory", liveness: "mandatory" }]]);
  expect(readFileSync(path.join(project.dir, "cdktf.out", "stacks", "kyc", ".terraform.lock.hcl"), "utf8")).toMatch(/constraints = "~> 0\.1"/);

  const diff = await npx(["cdktf", "diff"], env);
  expect(diff.stdout).toMatch(NO_CHANGES);
  const destroy = await npx(["cdktf", "destroy", "--auto-approve"], env);
  expect(destroy.code).toBe(0);
  expect(await server.listProjects(token)).toEqual([]);
});

test("setup merges into the CLI config Terraform reads by default, keeps other settings, and runs again cleanly", async () => {
  const home = tempDir("home");
  const rc = path.join(home, ".terraformrc");
  const original = `plugin_cache_dir = "${home}/cache"\ndisable_checkpoint = true\n\nprovider_installation {\n  direct {}\n}\n`;
  writeFileSync(rc, original);
  mkdirSync(path.join(home, "cache"));
  const env = { ...project.env, HOME: home, XDG_DATA_HOME: path.join(home, "data") };
  const printed = await npx(["smartenroll", "setup", "--print"], env);
  expect(readFileSync(rc, "utf8")).toBe(original);
  const first = await npx(["smartenroll", "setup"], env);
  expect(first.code).toBe(0);
  expect(first.stdout).not.toMatch(/export TF_CLI_CONFIG_FILE/);
  const merged = readFileSync(rc, "utf8");
  expect(printed.stdout).toContain(merged);
  expect(merged).toContain(`plugin_cache_dir = "${home}/cache"`);
  expect(merged).toContain(`path    = "${path.join(home, "data", "smartenroll", "terraform-providers")}"`);
  expect(merged).toMatch(/direct \{\n\s+exclude = \["registry\.terraform\.io\/smartenroll\/smartenroll"\]/);
  await npx(["smartenroll", "setup"], env);
  expect(readFileSync(rc, "utf8")).toBe(merged);

  const ws = tempDir("tf-default-rc");
  writeFileSync(path.join(ws, "main.tf"), `terraform {\n  required_providers {\n    smartenroll = { source = "smartenroll/smartenroll" }\n  }\n}\n`);
  await runOk("terraform", ["init", "-input=false", "-no-color"], { cwd: ws, env });
});

test("pack-provider --standalone none: the launcher for every platform, identical zips and one h1 hash, unsigned (and says so)", async () => {
  const out = tempDir("packed");
  const r = await runOk("npx", ["smartenroll", "pack-provider", "--out", out, "--standalone", "none"], { cwd: project.dir, env: project.env });
  expect(r.stdout).toContain("unsigned: no --gpg-key given");
  const release = path.join(out, PROVIDER_DIR);
  const platforms = ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64"];
  const zipName = (p: string) => `terraform-provider-smartenroll_${version}_${p}.zip`;
  const sums = readFileSync(path.join(release, "SHA256SUMS"), "utf8").trim().split("\n").map((l) => l.split(/\s+/));
  expect(sums.map(([, f]) => f).sort()).toEqual([...platforms.map(zipName), "terraform-registry-manifest.json"]);
  for (const [sum, f] of sums) expect(sha256Hex(readFileSync(path.join(release, f)))).toBe(sum);
  const h1s = platforms.map((p) => {
    const files = unzipSync(readFileSync(path.join(release, zipName(p))));
    expect(Object.keys(files).sort()).toEqual(["provider.js", "start.js", `terraform-provider-smartenroll_v${version}`]);
    return h1Hash(Object.entries(files).map(([name, content]) => ({ name, content: Buffer.from(content) })));
  });
  const meta = JSON.parse(readFileSync(path.join(release, `${version}.json`), "utf8"));
  expect(new Set(h1s)).toEqual(new Set([meta.archives.linux_amd64.hashes[0]]));
  expect(JSON.parse(readFileSync(path.join(release, "index.json"), "utf8"))).toEqual({ versions: { [version]: {} } });

  const packed = tempDir("plugin-dir");
  writeFileSync(path.join(packed, "main.tf"), `terraform {\n  required_providers {\n    smartenroll = { source = "smartenroll/smartenroll" }\n  }\n}\n`);
  await runOk("terraform", ["init", "-input=false", "-no-color", `-plugin-dir=${out}`], { cwd: packed, env: project.env });
  await runOk("terraform", ["validate", "-no-color"], { cwd: packed, env: project.env });
});

test("the cdktn fork's library synthesizes examples/basic to the same Terraform JSON as cdktf", async () => {
  const fork = await installInNewProject(tarball, { cdktf: "cdktn", cli: false });
  const synth = async (dir: string, env: NodeJS.ProcessEnv) => {
    copyFileSync(path.join(ROOT, "examples", "basic", "main.ts"), path.join(dir, "main.ts"));
    await runOk(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "main.ts"], { cwd: dir, env });
    const json = JSON.parse(readFileSync(path.join(dir, "cdktf.out", "stacks", "basic", "cdk.tf.json"), "utf8"));
    const libraryVersion = json["//"].metadata.version as string;
    delete json["//"].metadata.version;
    return { libraryVersion, json: JSON.parse(JSON.stringify(json).split(dir).join("<project>")) };
  };
  const [cdktf, cdktn] = await Promise.all([synth(project.dir, project.env), synth(fork.dir, fork.env)]);
  expect([cdktf.libraryVersion, cdktn.libraryVersion]).toEqual(["0.21.0", "0.24.0"]);
  expect(cdktn.json).toEqual(cdktf.json);
});

test("without a usable better-sqlite3, `smartenroll server` names the npm commands that install or build it (no stack)", async () => {
  const modules = path.join(project.dir, "node_modules");
  rmSync(path.join(modules, "better-sqlite3"), { recursive: true, force: true });
  const env = { ...project.env, SMARTENROLL_JWT_SECRET: "s" };
  const missing = await npx(["smartenroll", "server", "--port", "0", "--memory"], env);
  expect({ code: missing.code, stdout: missing.stdout }).toEqual({ code: 1, stdout: "" });
  expect(missing.stderr).toContain("better-sqlite3 (SQLite, a native module), which is not installed in this project");
  expect(missing.stderr).toContain(`\n  npm pkg set allowScripts.better-sqlite3=true --json\n  npm install better-sqlite3 --nodedir=${path.resolve(process.execPath, "../..")}\n`);
  expect(missing.stderr).not.toMatch(/^\s+at /m);

  addBetterSqlite(project.dir, false);
  const unbuilt = await npx(["smartenroll", "server", "--port", "0", "--memory"], env);
  expect(unbuilt.code).toBe(1);
  expect(unbuilt.stderr).toContain("which is installed but not built for this");
  expect(unbuilt.stderr).toContain(`\n  npm rebuild better-sqlite3 --nodedir=${path.resolve(process.execPath, "../..")}\n`);
  expect(unbuilt.stderr).not.toMatch(/^\s+at /m);
});

test("the README's synth-time mistakes: `cdktf synth` and `cdktf deploy` print its lines, one per problem, and stop", async () => {
  const section = readmeSection("## Mistakes fail at synth time");
  const [props] = codeBlocks(section, "js");
  const [shown] = codeBlocks(section, "");
  const [command, ...lines] = shown.trimEnd().split("\n");
  expect(command).toBe("$ npx cdktf synth");
  const dir = path.join(project.dir, "mistakes");
  mkdirSync(dir);
  const quickstart = readFileSync(path.join(ROOT, "examples", "quickstart", "main.mjs"), "utf8");
  writeFileSync(path.join(dir, "main.mjs"), quickstart.replace(/new KycProject\([\s\S]*?\n\}\);\n/, props));
  copyFileSync(path.join(ROOT, "examples", "quickstart", "cdktf.json"), path.join(dir, "cdktf.json"));
  // What stays on screen: cdktf's progress line ("⠋  Synthesizing") is redrawn in place, so it is left out.
  const seen = (r: RunResult) => [...r.stdout.split("\n"), ...r.stderr.split("\n")].filter((l) => l.trim() && !/^\S+ {2}Synthesizing$/.test(l));
  for (const args of [["cdktf", "synth"], ["cdktf", "deploy", "--auto-approve"]]) {
    const r = await run("npx", args, { cwd: dir, env: project.env, timeoutMs: 240_000 });
    expect({ args, code: r.code, seen: seen(r) }).toEqual({ args, code: 1, seen: lines });
  }
});

test("the README's CI commands, word for word: allowScripts covers every install script npm holds back, the job logs both streams and stops the server", async () => {
  const section = readmeSection("### Run the local server in your CI");
  const [install, job] = codeBlocks(section, "sh");
  const [approve, build] = install.trimEnd().split("\n");
  expect(build).toBe(`npm install better-sqlite3 --nodedir="$(node -p 'path.resolve(process.execPath, "../..")')"`);
  await runOk("bash", ["-euo", "pipefail", "-c", approve], { cwd: project.dir, env: project.env });
  const allowed = (JSON.parse(readFileSync(path.join(project.dir, "package.json"), "utf8")) as { allowScripts: Record<string, boolean> }).allowScripts;
  const modules = path.join(ROOT, "node_modules");
  const users = [ROOT, ...["cdktf", "cdktf-cli", "constructs"].map((p) => path.join(modules, p))];
  expect(Object.keys(allowed).sort()).toEqual(packagesWithInstallScripts(users));
  expect(Object.values(allowed).every((v) => v === true)).toBe(true);
  // The build itself (a minute of node-gyp) is stood in for by this checkout's better-sqlite3, built the same way;
  // `smartenroll server` prints the same approve and install commands when it is missing (checked above).
  addBetterSqlite(project.dir, true);

  const mirror = path.join(project.dir, ".terraform-providers");
  await npx(["smartenroll", "setup", "--dir", mirror]);
  for (const f of ["main.mjs", "cdktf.json"]) copyFileSync(path.join(ROOT, "examples", "quickstart", f), path.join(project.dir, f));
  const port = await freePort();
  // The job's own `export` must turn the checkpoint calls off: the test's environment does not.
  const env: NodeJS.ProcessEnv = { ...project.env, TF_CLI_CONFIG_FILE: path.join(mirror, "terraform.rc") };
  delete env.CHECKPOINT_DISABLE;
  const r = await run("bash", ["-euo", "pipefail", "-c", job.replaceAll("8080", String(port))], { cwd: project.dir, env, timeoutMs: 240_000 });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  // curl's answer, as the README's comment shows it (it has no newline, so deploy's output follows on its line).
  const shownAnswer = /# (\{.*)\.\.\.\}\n/.exec(job)![1];
  expect(r.stdout.startsWith(shownAnswer)).toBe(true);
  expect(r.stdout).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed/);
  expect(r.stdout).not.toContain("checkpoint-api");
  // The trap stopped the server: its port closes, and the log holds both streams, shutdown included.
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && (await fetch(url).then(() => true, () => false)); i++) await new Promise((res) => setTimeout(res, 100));
  await expect(fetch(url)).rejects.toThrow();
  const log = readFileSync(path.join(project.dir, "smartenroll-server.log"), "utf8");
  expect(log).toContain(`SmartEnroll API server listening on ${url}\n`);
  expect(log.endsWith("received SIGTERM, shutting down\n")).toBe(true);
});
