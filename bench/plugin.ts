// `npm run bench:plugin` (builds first): issue 14's provider ratios, each the median of interleaved pairs measured in
// one run, with its goal beside it. Definitions in bench/README.md. Exits 0 whatever it measures.
import { spawn } from "node:child_process";
import path from "node:path";
import { COMPLETE_PROJECT } from "../test/provider/e2e/fixtures/seed";
import { renderHcl, resource } from "../test/support/hcl";
import { startTestServer, type TestServer } from "../test/support/server";
import { createWorkspace, REQUIRED_PROVIDERS, removeTempDirs, tempDir, type Workspace } from "../test/support/terraform";
import { interleaved, printTable, type Measured, type Row } from "./ratios";
import { handshake, MAGIC_COOKIE, nodeNoop } from "./starts";

const STARTS = Number(process.env.STARTS ?? 15);
const PLAN_PAIRS = Number(process.env.PLAN_PAIRS ?? 5);

/**
 * Starts in the environment the plans just ran in (HOME and its cache folder: the code cache Terraform's own provider
 * processes saved, and the day's certificate), as every start of a plan after the first one finds it.
 */
async function startRow(ws: Workspace): Promise<Row> {
  const { makeServerCertificate } = await import("../src/plugin/server/self-signed-cert");
  const env = { ...ws.env(), TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: (await makeServerCertificate()).certPem };
  const launcher = path.join(ws.mirror.dir, "registry.terraform.io/smartenroll/smartenroll");
  const file = (await import("node:fs")).readdirSync(launcher, { recursive: true }).map(String).find((f) => /terraform-provider-smartenroll_v/.test(f))!;
  const exe = path.join(launcher, file);
  await handshake(exe, env, 1500); // saves a code cache and a certificate if the plans left none: not counted
  await new Promise((r) => setTimeout(r, 1600));
  const m = await interleaved(STARTS, () => handshake(exe, env), nodeNoop);
  return { measure: "spawn → handshake vs bare `node -e 0` (without NODE_EXTRA_CA_CERTS)", ...m, goal: 2.5 };
}

interface Planner {
  planExitCode(args?: string[], opts?: { env?: Record<string, string> }): ReturnType<Workspace["planExitCode"]>;
}

async function plan(ws: Planner): Promise<number> {
  const r = await ws.planExitCode();
  if (r.code !== 0) throw new Error(`plan not clean (exit ${r.code}):\n${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`);
  return r.ms;
}

/** The provider already running in debug mode, for TF_REATTACH_PROVIDERS: plans attached to it start no process. */
async function attachedProvider(env: NodeJS.ProcessEnv): Promise<{ reattach: string; stop: () => void }> {
  const start = path.resolve(__dirname, "..", "dist", "start.js");
  const bundle = path.resolve(__dirname, "..", "dist", "provider.js");
  const p = spawn(process.execPath, ["--use-openssl-ca", start, bundle, "--debug"], { env, stdio: ["ignore", "pipe", "ignore"] });
  const reattach = await new Promise<string>((resolve, reject) => {
    let out = "";
    p.stdout.on("data", (d: Buffer) => {
      const m = /TF_REATTACH_PROVIDERS='([^']+)'/.exec((out += d.toString()));
      if (m) resolve(m[1]);
    });
    p.on("exit", () => reject(new Error(`debug provider exited: ${out}`)));
  });
  return { reattach, stop: () => p.kill("SIGINT") };
}

/** Applies `n` projects (as their own user) and `n` terraform_data, then plans both in interleaved pairs. */
async function planRow(s: TestServer, base: Workspace, n: number): Promise<Row & { requests: number; attached?: Measured }> {
  const user = `bench-plan-${n}`;
  const projects = Array.from({ length: n }, (_, i) => resource("smartenroll_project", `p${i}`, { ...COMPLETE_PROJECT, name: `Bench ${i}` }));
  const ours = base.fork({ api: { url: s.url, token: await s.tokenFor(user) }, files: { "main.tf": `${REQUIRED_PROVIDERS}\n${renderHcl(projects).text}` } });
  const data = Array.from({ length: n }, (_, i) => `resource "terraform_data" "t${i}" {\n  input = "t-${i}"\n}\n`).join("");
  const theirs = await createWorkspace({ files: { "main.tf": data } });
  await theirs.init();
  await Promise.all([ours.apply(["-parallelism=20"], { timeoutMs: 600_000 }), theirs.apply([], { timeoutMs: 600_000 })]);
  await s.clearRequests();
  await plan(ours);
  const requests = (await s.requests(user)).length;
  const m = await interleaved(PLAN_PAIRS, () => plan(ours), () => plan(theirs));
  const row = { measure: `plan of ${n} unchanged project${n > 1 ? "s" : ""} vs ${n} \`terraform_data\``, ...m, goal: n > 1 ? 2.5 : 5, requests };
  if (n === 1) return row;
  // Context, not a goal: the same plan attached to one running provider, i.e. what is left without the three starts.
  const debug = await attachedProvider(ours.env());
  try {
    const attached = await interleaved(PLAN_PAIRS, () => plan({ planExitCode: () => ours.planExitCode([], { env: { TF_REATTACH_PROVIDERS: debug.reattach } }) }), () => plan(theirs));
    return { ...row, attached };
  } finally {
    debug.stop();
  }
}

async function main(): Promise<void> {
  const s = await startTestServer({ rateLimits: false });
  try {
    // A HOME of its own: the code cache and certificate the starts use are the ones this run's plans saved.
    const home = tempDir("bench-home");
    const base = await createWorkspace({ files: { "main.tf": REQUIRED_PROVIDERS }, env: { SMARTENROLL_RATE_WINDOW_MS: "1000", HOME: home } });
    await base.init();
    const many = await planRow(s, base, 200);
    const one = await planRow(s, base, 1);
    const rows: Row[] = [await startRow(base), many, one];
    printTable(rows, `median of ${STARTS} start pairs and ${PLAN_PAIRS} plan pairs, interleaved; node ${process.version}`);
    console.log(`\nrefresh requests of the plan of 200: ${many.requests} (keep ≤ ⌈200/100⌉+2 = 4)`);
    const a = many.attached!;
    console.log(`context: the plan of 200 attached to one running provider (TF_REATTACH_PROVIDERS, no provider starts): ${a.ours.toFixed(0)} ms vs ${a.reference.toFixed(0)} ms, ${a.ratio.toFixed(2)}×`);
  } finally {
    await s.close();
    removeTempDirs();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
