// Plugin-layer benchmark: spawn → handshake of the bundled providers (median of 20, through start.js with a warm
// code cache, as Terraform runs them after the first start) beside node doing nothing and a bare grpc-js + x509
// server (bench/fixtures/lean-provider.ts: what these two libraries cost without the framework), and `terraform plan` with 1, 50 and 200 resources of the
// test provider vs the same counts of the built-in terraform_data (in its own workspace, so no provider process is
// started for it), as ratios measured in the same run; plus the same plan attached to one long-lived provider, which
// separates Terraform's own per-call cost from provider starts. Run with `npm run bench:plugin` (builds first).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAGIC_COOKIE_VALUE } from "../src/plugin/server/handshake";
import { makeServerCertificate } from "../src/plugin/server/self-signed-cert";
import { expectCode, ROOT, TEST_BUNDLE, Workspace } from "../test/plugin/e2e/harness";

const START = path.join(ROOT, "dist", "start.js");
/** HOME for the measured starts: their code cache, removed afterwards. */
const cacheHome = mkdtempSync(path.join(tmpdir(), "bench-plugin-home-"));
const STARTS = Number(process.env.STARTS ?? 20);
const PLAN_RUNS = Number(process.env.PLAN_RUNS ?? 3);
const COUNTS = (process.env.COUNTS ?? "1,50,200").split(",").map(Number);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

function timeToFirstLine(cmd: string, args: string[], env: NodeJS.ProcessEnv, lingerMs = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    p.stdout.once("data", (d: Buffer) => {
      const t = performance.now() - t0;
      setTimeout(() => p.kill("SIGKILL"), lingerMs);
      if (!d.toString().startsWith("1|6|unix|")) reject(new Error(`unexpected handshake: ${d}`));
      else resolve(t);
    });
    p.on("error", reject);
  });
}

function timeToExit(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    spawn(cmd, args, { env: { PATH: process.env.PATH, HOME: cacheHome }, stdio: "ignore" }).on("close", () => resolve(performance.now() - t0));
  });
}

/** Spawn → handshake through start.js, as the launcher runs it; a first start that lives long enough to save the code cache is not counted. */
async function handshakes(bundle: string): Promise<number> {
  const env = { PATH: process.env.PATH, HOME: cacheHome, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: (await makeServerCertificate()).certPem };
  await timeToFirstLine(process.execPath, [START, bundle], env, 1500);
  const xs: number[] = [];
  for (let i = 0; i < STARTS; i++) xs.push(await timeToFirstLine(process.execPath, [START, bundle], env));
  return median(xs);
}

async function planMedian(ws: Workspace, env?: NodeJS.ProcessEnv): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < PLAN_RUNS; i++) {
    const t0 = performance.now();
    expectCode(await ws.tf(["plan", "-input=false", "-no-color", "-detailed-exitcode"], { env }), 0);
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** One long-lived test provider in debug mode: plans attached to it pay no provider start. */
async function debugProvider(): Promise<{ reattach: string; stop: () => void }> {
  const p = spawn(process.execPath, [START, TEST_BUNDLE, "--debug"], { env: { ...process.env, HOME: cacheHome }, stdio: ["ignore", "pipe", "ignore"] });
  const reattach = await new Promise<string>((resolve, reject) => {
    let out = "";
    p.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /TF_REATTACH_PROVIDERS='([^']+)'/.exec(out);
      if (m) resolve(m[1]);
    });
    p.on("exit", () => reject(new Error(`debug provider exited: ${out}`)));
  });
  return { reattach, stop: () => p.kill("SIGINT") };
}

async function main() {
  mkdirSync(cacheHome, { recursive: true });
  const noops: number[] = [];
  for (let i = 0; i < STARTS; i++) noops.push(await timeToExit(process.execPath, ["-e", "0"]));
  const noop = median(noops);
  console.log(`node no-op (spawn → exit), median of ${STARTS}: ${ms(noop)}`);
  const leanBundle = path.join(cacheHome, "lean-provider.js");
  const { bundle } = (await import(path.join(ROOT, "scripts", "build.mjs"))) as { bundle: (entry: string, out: string, provider: boolean) => Promise<void> };
  await bundle(path.join(__dirname, "fixtures", "lean-provider.ts"), leanBundle, true);
  const lean = await handshakes(leanBundle);
  console.log(`bare grpc-js server + @peculiar/x509 mTLS certificate (no framework, loaded up front), spawn → handshake, median of ${STARTS}: ${ms(lean)} (${(lean / noop).toFixed(2)}× node no-op)`);
  const test = await handshakes(TEST_BUNDLE);
  console.log(`test provider spawn → handshake, median of ${STARTS}: ${ms(test)} (${(test / noop).toFixed(2)}× node no-op)`);
  const real = path.resolve(__dirname, "..", "dist", "provider.js");
  if (existsSync(real)) {
    const t = await handshakes(real);
    console.log(`smartenroll provider spawn → handshake, median of ${STARTS}: ${ms(t)} (${(t / noop).toFixed(2)}× node no-op)`);
  }

  const ws = new Workspace();
  const builtin = new Workspace();
  const debug = await debugProvider();
  try {
    ws.config("");
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    builtin.rawConfig("");
    expectCode(await builtin.tf(["init", "-input=false", "-no-color"]), 0);
    console.log(`\nterraform plan (after apply, refresh included), median of ${PLAN_RUNS}; "attached" = the same plan against one`);
    console.log("long-lived provider (TF_REATTACH_PROVIDERS), i.e. Terraform's own per-call cost without the 3 provider starts:");
    console.log("count  plugintest_thing  terraform_data  ratio   attached  ratio");
    for (const n of COUNTS) {
      ws.config(`resource "plugintest_thing" "t" {\n  count = ${n}\n  name  = "t-\${count.index}"\n  ratio = 0.5\n}\n`);
      expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
      const ours = await planMedian(ws);
      const attached = await planMedian(ws, { TF_REATTACH_PROVIDERS: debug.reattach });
      builtin.rawConfig(`resource "terraform_data" "t" {\n  count = ${n}\n  input = "t-\${count.index}"\n}\n`);
      expectCode(await builtin.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
      const theirs = await planMedian(builtin);
      console.log(
        `${String(n).padStart(5)}  ${ms(ours).padStart(16)}  ${ms(theirs).padStart(14)}  ${(ours / theirs).toFixed(2)}x  ${ms(attached).padStart(8)}  ${(attached / theirs).toFixed(2)}x`,
      );
    }
  } finally {
    debug.stop();
    ws.cleanup();
    builtin.cleanup();
    rmSync(cacheHome, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
