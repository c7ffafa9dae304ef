// Plugin-layer benchmark: spawn → handshake of the bundled test provider (median of 20), and `terraform plan`
// with 1, 50 and 200 resources of the test provider vs the same counts of the built-in terraform_data (in its
// own workspace, so no provider process is started for it), as ratios measured in the same run. Run with `npm run bench:plugin` (builds first).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { MAGIC_COOKIE_VALUE } from "../src/plugin/server/handshake";
import { makeServerCertificate } from "../src/plugin/server/self-signed-cert";
import { expectCode, TEST_BUNDLE, Workspace } from "../test/plugin/e2e/harness";

const STARTS = Number(process.env.STARTS ?? 20);
const PLAN_RUNS = Number(process.env.PLAN_RUNS ?? 3);
const COUNTS = (process.env.COUNTS ?? "1,50,200").split(",").map(Number);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

function timeToFirstLine(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    p.stdout.once("data", (d: Buffer) => {
      const t = performance.now() - t0;
      p.kill("SIGKILL");
      if (!d.toString().startsWith("1|6|unix|")) reject(new Error(`unexpected handshake: ${d}`));
      else resolve(t);
    });
    p.on("error", reject);
  });
}

function timeToExit(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    spawn(cmd, args, { stdio: "ignore" }).on("close", () => resolve(performance.now() - t0));
  });
}

async function handshakes(bundle: string): Promise<number> {
  const env = { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: (await makeServerCertificate()).certPem };
  const xs: number[] = [];
  for (let i = 0; i < STARTS; i++) xs.push(await timeToFirstLine(process.execPath, [bundle], env));
  return median(xs);
}

async function planMedian(ws: Workspace): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < PLAN_RUNS; i++) {
    const t0 = performance.now();
    expectCode(await ws.tf(["plan", "-input=false", "-no-color", "-detailed-exitcode"]), 0);
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

async function main() {
  const noops: number[] = [];
  for (let i = 0; i < STARTS; i++) noops.push(await timeToExit(process.execPath, ["-e", "0"]));
  const noop = median(noops);
  console.log(`node no-op (spawn → exit), median of ${STARTS}: ${ms(noop)}`);
  console.log(`test provider spawn → handshake, median of ${STARTS}: ${ms(await handshakes(TEST_BUNDLE))}`);
  const real = path.resolve(__dirname, "..", "dist", "provider.js");
  if (existsSync(real)) console.log(`smartenroll provider spawn → handshake, median of ${STARTS}: ${ms(await handshakes(real))}`);

  const ws = new Workspace();
  const builtin = new Workspace();
  try {
    ws.config("");
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    builtin.rawConfig("");
    expectCode(await builtin.tf(["init", "-input=false", "-no-color"]), 0);
    console.log(`\nterraform plan (after apply, refresh included), median of ${PLAN_RUNS}:`);
    console.log("count  plugintest_thing  terraform_data  ratio");
    for (const n of COUNTS) {
      ws.config(`resource "plugintest_thing" "t" {\n  count = ${n}\n  name  = "t-\${count.index}"\n  ratio = 0.5\n}\n`);
      expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
      const ours = await planMedian(ws);
      builtin.rawConfig(`resource "terraform_data" "t" {\n  count = ${n}\n  input = "t-\${count.index}"\n}\n`);
      expectCode(await builtin.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
      const theirs = await planMedian(builtin);
      console.log(`${String(n).padStart(5)}  ${ms(ours).padStart(16)}  ${ms(theirs).padStart(14)}  ${(ours / theirs).toFixed(2)}x`);
    }
  } finally {
    ws.cleanup();
    builtin.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
