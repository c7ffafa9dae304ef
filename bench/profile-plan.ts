/**
 * Where a plan's provider time goes (`npx tsx bench/profile-plan.ts`): runs the SmartEnroll provider once in debug
 * (reattach) mode under `node --cpu-prof`, points TF_REATTACH_PROVIDERS at it, plans COUNT (200) unchanged projects
 * PLANS (3) times and prints the profile's top functions by self time, the source modules by self time, and the
 * inclusive time of the framework's per-RPC entry points. The provider is bundled unminified for readable names.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMPLETE_PROJECT } from "../test/provider/e2e/fixtures/seed";
import { renderHcl, resource, type HclTopBlock } from "../test/support/hcl";
import { startTestServer } from "../test/support/server";
import { createWorkspace, REQUIRED_PROVIDERS, removeTempDirs, ROOT } from "../test/support/terraform";

const COUNT = Number(process.env.COUNT ?? 200);
const PLANS = Number(process.env.PLANS ?? 3);
const TOP = Number(process.env.TOP ?? 25);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Maps a line of an unminified esbuild bundle to the source module it came from (esbuild's `// path` comments). */
function moduleOfLine(bundle: string): (line: number) => string {
  const starts: Array<[number, string]> = [];
  bundle.split("\n").forEach((l, i) => {
    const m = /^\/\/ ((?:src|lib|node_modules|test)\/\S+)$/.exec(l);
    if (m) starts.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, "$1")]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = "(bundle)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

function report(profile: Profile, bundleFile: string): void {
  const moduleOf = moduleOfLine(readFileSync(bundleFile, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const label = (n: Node) => {
    const f = n.callFrame;
    const where = f.url.endsWith(path.basename(bundleFile)) ? moduleOf(f.lineNumber) : f.url.replace(/^node:/, "node:") || "(native)";
    return { fn: `${f.functionName || "(anonymous)"}  [${where}:${f.lineNumber + 1}]`, mod: f.url.endsWith(path.basename(bundleFile)) ? moduleOf(f.lineNumber) : where.startsWith("node:") ? "node internals" : f.functionName.startsWith("(") ? f.functionName : "(native)" };
  };
  const fnSelf = new Map<string, number>();
  const modSelf = new Map<string, number>();
  for (const [id, t] of self) {
    const l = label(byId.get(id)!);
    fnSelf.set(l.fn, (fnSelf.get(l.fn) ?? 0) + t);
    modSelf.set(l.mod, (modSelf.get(l.mod) ?? 0) + t);
  }
  // Inclusive time of named entry points: a sample counts once for each distinct name on its stack.
  const entries = /^(decodeMsgpack|encodeMsgpack|planResourceChange|validateAttributes|applyResourceChange|schemaToProto|decodeJsonValue|diagnosticsToProto|guard|decode|encode|read|validateConfig|modifyPlan|upgradeState|configure|providerRuntime|parseJson|fromWire|toWire|cloneValue|valuesEqual|runModifiers|checkConformance|safeParse|parse)$/;
  const incl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (entries.test(n.callFrame.functionName)) seen.add(`${n.callFrame.functionName} [${label(n).mod}]`);
    }
    for (const s of seen) incl.set(s, (incl.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  console.log(`profile: ${total.toFixed(0)} ms sampled over ${PLANS} plans of ${COUNT} projects`);
  print("top functions by self time", fnSelf);
  print("source modules by self time", modSelf);
  print("inclusive time of entry points", incl);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "profile-plan-"));
  const bundleFile = path.join(work, "provider.js");
  const { bundle } = (await import(path.join(ROOT, "scripts", "build.mjs"))) as { bundle: (e: string, o: string, p: boolean) => Promise<void> };
  await bundle(path.join(ROOT, "src/provider/main.ts"), bundleFile, false);
  const s = await startTestServer({ rateLimits: false });
  const blocks: HclTopBlock[] = Array.from({ length: COUNT }, (_, i) => resource("smartenroll_project", `p${i}`, { ...COMPLETE_PROJECT, name: `Profile ${i}` }));
  const ws = await createWorkspace({ api: { url: s.url, token: s.token }, files: { "main.tf": `${REQUIRED_PROVIDERS}\n${renderHcl(blocks).text}` }, env: { SMARTENROLL_RATE_WINDOW_MS: "1000" } });
  try {
    await ws.init();
    await ws.apply(["-parallelism=20"], { timeoutMs: 600_000 });
    const env = { ...ws.env(), NODE_EXTRA_CA_CERTS: undefined };
    const p = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${work}`, bundleFile, "--debug"], { env, stdio: ["ignore", "pipe", "inherit"] });
    const reattach = await new Promise<string>((resolve, reject) => {
      let out = "";
      p.stdout.on("data", (d: Buffer) => {
        const m = /TF_REATTACH_PROVIDERS='([^']+)'/.exec((out += d.toString()));
        if (m) resolve(m[1]);
      });
      p.on("exit", () => reject(new Error(`provider exited: ${out}`)));
    });
    for (let i = 0; i < PLANS; i++) {
      const r = await ws.planExitCode([], { env: { TF_REATTACH_PROVIDERS: reattach } });
      console.error(`plan ${i + 1}: exit ${r.code}, ${r.ms} ms`);
      if (r.code !== 0) throw new Error(`plan not clean:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
    }
    const exited = new Promise((resolve) => p.on("exit", resolve));
    p.kill("SIGINT");
    await exited;
    const file = readdirSync(work).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("no .cpuprofile written");
    report(JSON.parse(readFileSync(path.join(work, file), "utf8")) as Profile, bundleFile);
    console.log(`\n(profile: ${path.join(work, file)})`);
  } finally {
    await s.close();
    removeTempDirs();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
