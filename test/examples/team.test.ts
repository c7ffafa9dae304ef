/**
 * examples/team: state in a real PostgreSQL (Terraform's pg backend), two working copies of the same stack deploying
 * at once. The backend's advisory lock lets one apply change the state; the other fails on the lock with a clear
 * message, or waits for it with -lock-timeout; the projects and the shared state stay consistent.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { run, type RunResult } from "../support/run";
import { startTestServer, type TestServer } from "../support/server";
import { ROOT, providerMirror, removeTempDirs, tempDir } from "../support/terraform";
import { activeWithoutVerification, baseEnv, NO_CHANGES } from "./setup";

jest.setTimeout(240_000);
const CDKTF = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
/** How long the first copy's apply holds the lock: longer than the second copy's synth + init on a loaded machine. */
const HOLD_MS = 15_000;
const NAMES = ["Team Onboarding - Europe", "Team Onboarding - North America"];

let pg: TestPostgres;
let server: TestServer;
let token: string;
let copies: { dir: string; env: NodeJS.ProcessEnv }[];

/** A working copy of the team stack: its own folder, cdktf.out and HOME, the shared Postgres state. */
function workingCopy(name: string, cliConfigFile: string) {
  const dir = tempDir(`team-${name}`);
  mkdirSync(path.join(dir, "home"));
  const entry = path.join(ROOT, "examples", "team", "main.ts");
  writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: `"${process.execPath}" "${TSX}" --tsconfig "${path.join(ROOT, "tsconfig.json")}" "${entry}"`, sendCrashReports: "false" }));
  const env = { ...baseEnv(), HOME: path.join(dir, "home"), TF_CLI_CONFIG_FILE: cliConfigFile, CHECKPOINT_DISABLE: "1", CI: "1", NO_COLOR: "1", FORCE_COLOR: "0", PG_CONN_STR: pg.url, SMARTENROLL_BASE_URL: server.url, SMARTENROLL_TOKEN: token };
  return { dir, env };
}

/** Starts `cdktf <args>` in a copy; `started` resolves once its output matches `when` (the apply holds the lock). */
function cdktfInBackground(copy: { dir: string; env: NodeJS.ProcessEnv }, args: string[], when: RegExp) {
  const child = spawn(process.execPath, [CDKTF, ...args], { cwd: copy.dir, env: copy.env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      if (when.test(out)) resolve();
    });
    child.on("close", (code) => reject(new Error(`cdktf ${args.join(" ")} ended (${code}) before ${when}:\n${out}`)));
  });
  const done = new Promise<RunResult>((resolve) => child.on("close", (code) => resolve({ code: code ?? 1, stdout: out, stderr: "", ms: 0 })));
  return { started, done };
}

const cdktf = (copy: { dir: string; env: NodeJS.ProcessEnv }, args: string[], extra: Record<string, string> = {}) =>
  run(process.execPath, [CDKTF, ...args], { cwd: copy.dir, env: { ...copy.env, ...extra }, timeoutMs: 200_000 });

beforeAll(async () => {
  let mirror;
  [pg, server, mirror] = await Promise.all([startPostgres(), startTestServer({ rateLimits: false }), providerMirror()]);
  token = await server.tokenFor(`team-${Date.now()}`);
  copies = [workingCopy("a", mirror.cliConfigFile), workingCopy("b", mirror.cliConfigFile)];
});
afterAll(async () => {
  await pg?.stop();
  await server?.close();
  removeTempDirs();
});

test("two copies deploy at once: one applies, the other fails on the state lock with a clear message; state stays whole", async () => {
  const [a, b] = copies;
  await server.fault({ method: "POST", path: "/v3/projects", delayMs: HOLD_MS, times: 1 });
  const first = cdktfInBackground(a, ["deploy", "--auto-approve"], /Creating\.\.\./);
  expect((await cdktf(b, ["synth"])).code).toBe(0); // meanwhile, so the second deploy reaches the lock quickly
  await first.started;
  const second = await cdktf(b, ["deploy", "--auto-approve", "--skip-synth"]);
  expect(second.code).not.toBe(0);
  expect(second.stdout + second.stderr).toMatch(/Error acquiring the state lock/);
  expect(second.stdout + second.stderr).toMatch(/Lock Info:[\s\S]*ID:[\s\S]*Who:/);
  const applied = await first.done;
  expect({ code: applied.code, out: applied.code ? applied.stdout : "" }).toEqual({ code: 0, out: "" });

  const projects = await server.listProjects(token);
  expect(projects.map((p) => [p.name, p.status]).sort()).toEqual(NAMES.map((n) => [n, "active"]));
  expect(activeWithoutVerification(projects)).toEqual([]);
  expect((await cdktf(b, ["diff"])).stdout).toMatch(NO_CHANGES);
});

test("with -lock-timeout the second copy waits for the lock, then plans against the state the first one left", async () => {
  const [a, b] = copies;
  await server.fault({ method: "DELETE", path: "/v3/projects/*", delayMs: HOLD_MS, times: 1 });
  const destroying = cdktfInBackground(a, ["destroy", "--auto-approve"], /Destroying\.\.\./);
  await destroying.started;
  const waiting = await cdktf(b, ["deploy", "--auto-approve", "--skip-synth"], { TF_CLI_ARGS_apply: "-lock-timeout=180s" });
  expect((await destroying.done).code).toBe(0);
  expect(waiting.stdout).toMatch(/Acquiring state lock\. This may take a few moments/);
  expect({ code: waiting.code, out: waiting.code ? waiting.stdout : "" }).toEqual({ code: 0, out: "" });
  expect(waiting.stdout).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed/);
  const projects = await server.listProjects(token);
  expect(projects.map((p) => p.name).sort()).toEqual(NAMES);
  expect((await cdktf(a, ["diff"])).stdout).toMatch(NO_CHANGES);
});
