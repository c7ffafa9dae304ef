/**
 * The published package as a new user gets it on CDKTF: the packed tarball installed into a fresh project outside
 * the checkout, its `smartenroll` bin (through npm's symlinks), `setup`, the quick-start example deployed with plain
 * `cdktf deploy` (no --skip-provider-lock) on this Node.js, and `pack-provider` with the launcher only. cdktn:
 * cdktn.test.ts; signed releases with standalone executables: release.test.ts.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { h1Hash, sha256Hex } from "../../src/packaging/hashes";
import ts from "typescript";
import { propDocs } from "../support/prop-docs";
import { run, type RunResult } from "../support/run";
import { startTestServer, type TestServer } from "../support/server";
import { ROOT, removeTempDirs, tempDir } from "../support/terraform";
import { addBetterSqlite, deployDiffDestroy, installInNewProject, packTarball, runOk, setupMirror, typeCheckExamples, writeQuickstart } from "./installed";
import { expectApprovesAllScripts } from "./install-scripts";
import { codeBlocks, readmeSection } from "./readme-blocks";

jest.setTimeout(300_000);
const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const PROVIDER_DIR = "registry.terraform.io/smartenroll/smartenroll";

let tarball: string;
let project: { dir: string; env: NodeJS.ProcessEnv };
let server: TestServer;
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
  const allowed = /^package\/(package\.json|README\.md|bin\/(smartenroll|terraform-provider-smartenroll)|dist\/(cli|provider|start|vendor\/postject|vendor\/openpgp)\.js|dist\/(cdktn\/)?(src|lib)\/[\w/-]+(\.d\.ts|\.js))$/;
  expect(list.filter((f) => !allowed.test(f))).toEqual([]);
  expect(list).toEqual(expect.arrayContaining(["package/dist/src/index.d.ts", "package/dist/lib/project-flow/index.js", "package/dist/cdktn/src/index.d.ts", "package/dist/cdktn/lib/project-flow/index.js", "package/dist/provider.js"]));
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
  await typeCheckExamples(project, "cdktf");
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

test("setup --dir, then the README's cdktf quick start deploys with plain `cdktf deploy`, diffs clean and is destroyed", async () => {
  const configured = { ...project, env: await setupMirror(project) };
  writeQuickstart(project.dir, "cdktf");
  await deployDiffDestroy(configured, server, "quickstart", { deploy: "cdktf" });
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
  writeQuickstart(dir, "cdktf");
  const main = path.join(dir, "main.mjs");
  writeFileSync(main, readFileSync(main, "utf8").replace(/new KycProject\([\s\S]*?\n\}\);\n/, props));
  // What stays on screen: cdktf's progress line ("⠋  Synthesizing") is redrawn in place, so it is left out.
  const seen = (r: RunResult) => [...r.stdout.split("\n"), ...r.stderr.split("\n")].filter((l) => l.trim() && !/^\S+ {2}Synthesizing$/.test(l));
  for (const args of [["cdktf", "synth"], ["cdktf", "deploy", "--auto-approve"]]) {
    const r = await run("npx", args, { cwd: dir, env: project.env, timeoutMs: 240_000 });
    expect({ args, code: r.code, seen: seen(r) }).toEqual({ args, code: 1, seen: lines });
  }
});

test("the README's CI approve line on CDKTF covers every install script npm holds back (the job itself: cdktn.test.ts)", async () => {
  const [, cdktfApprove] = codeBlocks(readmeSection("### Run the local server in your CI"), "sh");
  await expectApprovesAllScripts(project, cdktfApprove, ["cdktf", "cdktf-cli"]);
});
