/**
 * CDK Terrain from the packed tarball on Node.js 24 (cdktn-cli needs 22.19+), in empty folders outside the checkout:
 * the README's cdktn quick start (no cdktf installed) deployed with `cdktn deploy`, diffed clean and destroyed against
 * the local server, the examples type-checked against `smartenroll-iac/cdktn`, the README's CI commands word for word;
 * and the README's move of a deployed cdktf app to cdktn, which keeps its state and synthesizes the same Terraform JSON.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../support/free-port";
import { run, type RunResult } from "../support/run";
import { startTestServer, type TestServer } from "../support/server";
import { ROOT, removeTempDirs } from "../support/terraform";
import { addBetterSqlite, cdktnNode, deployDiffDestroy, installInNewProject, linkTo, onNode, packTarball, renameImportsToCdktn, runOk, setupMirror, typeCheckExamples, writeQuickstart, type Cli, type Project } from "./installed";
import { expectApprovesAllScripts } from "./install-scripts";
import { codeBlocks, readmeSection } from "./readme-blocks";

jest.setTimeout(420_000);
let tarball: string;
let server: TestServer;
let node: string;
/** A new cdktn project (Node.js 24, cdktn and cdktn-cli, set up): the quick start and the CI commands run in it. */
let project: Project;
const at = (project: Project) => ({ cwd: project.dir, env: project.env });

beforeAll(async () => {
  node = cdktnNode();
  [tarball, server] = await Promise.all([packTarball(), startTestServer({ rateLimits: false })]);
  project = await installInNewProject(tarball, { packages: ["cdktn", "cdktn-cli"], node });
  project.env = await setupMirror(project);
  writeQuickstart(project.dir, "cdktn");
});
afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

test("the README's cdktn quick start on Node.js 24: setup, `cdktn deploy`, a clean `cdktn diff`, `cdktn destroy`; no cdktf needed", async () => {
  const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
  expect([(await runOk("node", ["--version"], at(project))).stdout.trim(), Number(version.slice(1).split(".")[0]) >= 22]).toEqual([version, true]);
  expect(existsSync(path.join(project.dir, "node_modules", "cdktf"))).toBe(false);
  const wrongEntry = await run("node", ["--input-type=module", "-e", 'import "smartenroll-iac";'], at(project));
  expect(wrongEntry.stderr).toContain('Error: "smartenroll-iac" is built for cdktf, which is not installed in this project. An app on cdktn imports from "smartenroll-iac/cdktn"');
  // `smartenroll drift --synth` synthesizes with the project's cdktn (there is no cdktf here) and finds no drift.
  const drift = async (npx: (args: string[]) => Promise<RunResult>) => {
    const r = await npx(["smartenroll", "drift", "--synth", "--format", "text"]);
    expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({ code: 0, out: expect.stringContaining("No drift: every SmartEnroll resource matches the state.") });
  };
  await deployDiffDestroy(project, server, "cdktn-quickstart", { deploy: "cdktn", between: drift });
  await typeCheckExamples(project, "cdktn");
});

test("the README's CI commands on Node.js 24, word for word: allowScripts covers every install script npm holds back, the job deploys, logs both streams and stops the server", async () => {
  const [install, , job] = codeBlocks(readmeSection("### Run the local server in your CI"), "sh"); // the middle one: CDKTF's approve line
  const [approve, build] = install.trimEnd().split("\n");
  expect(build).toBe(`npm install better-sqlite3 --nodedir="$(node -p 'path.resolve(process.execPath, "../..")')"`);
  await expectApprovesAllScripts(project, approve, ["cdktn", "cdktn-cli"]);
  // The build itself (a minute of node-gyp) is stood in for by this checkout's better-sqlite3, built the same way;
  // `smartenroll server` prints the same approve and install commands when it is missing (package.test.ts).
  addBetterSqlite(project.dir, true);
  const port = await freePort();
  // The job's own `export` must turn the checkpoint calls off: the test's environment does not.
  const env: NodeJS.ProcessEnv = { ...project.env };
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

/** Synthesizes examples/basic (imports renamed for cdktn) in `<project>/basic` with the project's node; its stack's JSON. */
async function synthBasic(project: Project, library: Cli) {
  const dir = path.join(project.dir, "basic");
  mkdirSync(dir, { recursive: true });
  const source = readFileSync(path.join(ROOT, "examples", "basic", "main.ts"), "utf8");
  writeFileSync(path.join(dir, "main.ts"), library === "cdktn" ? renameImportsToCdktn(source) : source);
  await runOk("node", [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "main.ts"], { cwd: dir, env: project.env });
  const json = JSON.parse(readFileSync(path.join(dir, "cdktf.out", "stacks", "basic", "cdk.tf.json"), "utf8"));
  const libraryVersion = json["//"].metadata.version as string;
  delete json["//"].metadata.version;
  return { libraryVersion, json: JSON.parse(JSON.stringify(json).split(dir).join("<project>")) };
}

test("the README's move from cdktf to cdktn: a cdktf app deployed on this Node.js, moved to Node.js 24 and cdktn, diffs clean (state kept) and is destroyed", async () => {
  const moved = await installInNewProject(tarball);
  moved.env = await setupMirror(moved);
  writeQuickstart(moved.dir, "cdktf");
  const before = await synthBasic(moved, "cdktf");
  const main = path.join(moved.dir, "main.mjs");
  const migrate = async () => {
    moved.env = onNode(moved.env, node);
    await runOk("npm", ["install", "--offline", linkTo("cdktn"), linkTo("cdktn-cli")], at(moved));
    // Half moved (the app: cdktn's App and stack, our constructs from the cdktf entry point): a clear error.
    writeFileSync(main, readFileSync(main, "utf8").replace('from "cdktf"', 'from "cdktn"'));
    const mixed = await run("npx", ["cdktn", "synth"], { cwd: moved.dir, env: moved.env, timeoutMs: 120_000 });
    expect({ failed: mixed.code !== 0, out: mixed.stdout + mixed.stderr }).toEqual({ failed: true, out: expect.stringContaining('import it from "smartenroll-iac/cdktn" instead') });
    writeFileSync(main, renameImportsToCdktn(readFileSync(main, "utf8")));
    expect(readFileSync(main, "utf8")).toBe(readFileSync(path.join(ROOT, "examples", "quickstart", "main.mjs"), "utf8"));
    await runOk("npm", ["uninstall", "--offline", "cdktf", "cdktf-cli"], at(moved));
  };
  await deployDiffDestroy(moved, server, "cdktn-migrated", { deploy: "cdktf", after: "cdktn", between: migrate });
  const after = await synthBasic(moved, "cdktn");
  expect([before.libraryVersion, after.libraryVersion]).toEqual(["0.21.0", "0.24.0"]);
  expect(after.json).toEqual(before.json);
});
