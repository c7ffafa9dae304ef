// `npm run bench:go` (builds first): issue 22's ratio, `terraform plan` of N unchanged smartenroll_projects against
// N unchanged items of refgo, a minimal Go provider (../shared/bench/refgo), for the launcher (node on PATH) and the
// standalone executable, in interleaved rounds. Skips with a message when refgo cannot be built (no Go). Exits 0
// whatever it measures. Definitions in bench/README.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { installProvider, installStandalone } from "../src/packaging/install";
import { COMPLETE_PROJECT } from "../test/provider/e2e/fixtures/seed";
import { renderHcl, resource } from "../test/support/hcl";
import { startTestServer, type TestServer } from "../test/support/server";
import { REQUIRED_PROVIDERS, removeTempDirs, ROOT, tempDir, Workspace } from "../test/support/terraform";
import { median } from "./ratios";

const COUNTS = (process.env.COUNTS ?? "1,50,200").split(",").map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const GOAL = 1.5;

/** refgo installed into `mirror`, or why it could not be built. */
function buildRefgo(mirror: string): string | undefined {
  const script = process.env.REFGO_BUILD ?? [path.join(ROOT, "../shared/bench/refgo/build.sh"), path.join(ROOT, "../../shared/bench/refgo/build.sh")].find(existsSync);
  if (!script) return "../shared/bench/refgo/build.sh not found (set REFGO_BUILD)";
  try {
    execFileSync(script, [mirror], { stdio: ["ignore", "ignore", "pipe"] });
    return undefined;
  } catch (err) {
    return `refgo did not build (Go and its Debian packages are needed): ${String((err as { stderr?: Buffer }).stderr ?? err).trim()}`;
  }
}

/** A workspace whose CLI config reads `source`'s provider from `mirror` only. */
function workspace(mirror: string, source: string, env: Record<string, string>): Workspace {
  const base = tempDir("plan-vs-go");
  const cliConfigFile = path.join(base, "terraform.rc");
  const address = `registry.terraform.io/${source}`;
  writeFileSync(cliConfigFile, `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["${address}"]\n  }\n  direct {\n    exclude = ["${address}"]\n  }\n}\n`);
  mkdirSync(path.join(base, "ws"));
  return new Workspace(path.join(base, "ws"), path.join(base, "data"), { dir: mirror, cliConfigFile }, env);
}

async function ready(ws: Workspace, main: string): Promise<Workspace> {
  ws.write({ "main.tf": main });
  await ws.init();
  await ws.apply(["-parallelism=20"], { timeoutMs: 600_000 });
  return ws;
}

async function planMs(ws: Workspace): Promise<number> {
  const r = await ws.planExitCode([], { timeoutMs: 600_000 });
  if (r.code !== 0) throw new Error(`plan not clean (exit ${r.code}):\n${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`);
  return r.ms;
}

/** Applies N of each side, then plans them in ROUNDS interleaved rounds (order rotated each round). */
async function measure(s: TestServer, mirrors: { refgo: string; launcher: string; standalone: string }, n: number, home: string): Promise<string[]> {
  const api = async (side: string) => ({ SMARTENROLL_BASE_URL: s.url, SMARTENROLL_TOKEN: await s.tokenFor(`bench-go-${side}-${n}`), SMARTENROLL_RATE_WINDOW_MS: "1000", HOME: home });
  const projects = Array.from({ length: n }, (_, i) => resource("smartenroll_project", `p${i}`, { ...COMPLETE_PROJECT, name: `Bench ${i}` }));
  const ours = `${REQUIRED_PROVIDERS}\n${renderHcl(projects).text}`;
  const go = `terraform {\n  required_providers {\n    refgo = { source = "example/refgo" }\n  }\n}\nresource "refgo_item" "p" {\n  count  = ${n}\n  name   = "Bench \${count.index}"\n  config = "x"\n}\n`;
  const sides: Record<string, Workspace> = {
    refgo: await ready(workspace(mirrors.refgo, "example/refgo", { HOME: home }), go),
    launcher: await ready(workspace(mirrors.launcher, "smartenroll/smartenroll", await api("launcher")), ours),
    standalone: await ready(workspace(mirrors.standalone, "smartenroll/smartenroll", await api("standalone")), ours),
  };
  const names = Object.keys(sides);
  for (const name of names) await planMs(sides[name]); // not counted: code caches, certificates
  const times: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let i = 0; i < ROUNDS; i++) {
    const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
    for (const name of order) times[name].push(await planMs(sides[name]));
  }
  const ratio = (name: string) => median(times[name].map((t, i) => t / times.refgo[i]));
  return names.map((name) => {
    const r = ratio(name);
    const goal = name === "refgo" ? "" : ` ${r <= GOAL ? "yes" : "no"} |`;
    return `| ${n} | ${name} | ${median(times[name]).toFixed(0)} ms | ${r.toFixed(2)}× |${goal || " |"}`;
  });
}

async function main(): Promise<void> {
  const refgoMirror = tempDir("refgo");
  const why = buildRefgo(refgoMirror);
  if (why) {
    console.log(`bench:go skipped: ${why}`);
    return;
  }
  const launcher = tempDir("launcher");
  installProvider(launcher, ROOT);
  const standalone = tempDir("standalone");
  const exe = await installStandalone(standalone, ROOT);
  const s = await startTestServer({ rateLimits: false });
  try {
    const home = tempDir("home");
    const lines: string[] = [];
    for (const n of COUNTS) lines.push(...(await measure(s, { refgo: refgoMirror, launcher, standalone }, n, home)));
    console.log(`| N | provider | plan, median | ÷ refgo | ≤ ${GOAL}× |`);
    console.log("|---:|---|---:|---:|:---:|");
    for (const l of lines) console.log(l);
    console.log(
      `(terraform plan -detailed-exitcode of N unchanged resources, ${ROUNDS} interleaved rounds, medians of times and of per-round ratios; ` +
        `launcher: node ${process.version} on PATH; standalone: ${exe.startup === "snapshot" ? "with a startup snapshot" : "no snapshot"})`,
    );
  } finally {
    await s.close();
  }
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(removeTempDirs);
