/**
 * Faults injected at each step of a multi-step apply (create project → configure flow → activate): 5xx, 429 and
 * a dropped connection in a row on the same request, commit-then-drop, and 5xx until the retries run out. The apply either succeeds through retries or fails with state that
 * matches the server; a second apply converges to an empty plan; the server never holds a duplicate project.
 * Each scenario gets its own server (faults are server-wide) and a fork of one initialised workspace.
 */
import { stateResources } from "../../support/plan";
import type { RunResult } from "../../support/run";
import { type FaultSpec, line, startTestServer, type TestServer } from "../../support/server";
import type { Workspace } from "../../support/terraform";
import { output, useE2E } from "./fixtures/e2e";
import { COMPLETE_STACK, mainTf, stackBlocks } from "./fixtures/seed";

const e = useE2E();
const provider = (retries: number) => `provider "smartenroll" {\n  max_retries = ${retries}\n}\n`;
const STACK = mainTf(stackBlocks("main", { project: COMPLETE_STACK.project, flow: { ...(COMPLETE_STACK.flow as object), status: "active" } })).text;

type Kind = "503, then 429, then a dropped connection" | "commit-then-drop" | "503 until retries run out";
const KINDS: Kind[] = ["503, then 429, then a dropped connection", "commit-then-drop", "503 until retries run out"];

/** The faults of a kind for one request; consecutive faults hit the retries of the same request, in order. */
function faultsOf(kind: Kind, method: string, path: string): FaultSpec[] {
  switch (kind) {
    case "503, then 429, then a dropped connection":
      return [
        { method, path, times: 1, status: 503 },
        { method, path, times: 1, status: 429 },
        { method, path, times: 1, drop: true },
      ];
    case "commit-then-drop":
      return [{ method, path, times: 1, commitThenDrop: true }];
    case "503 until retries run out":
      return [{ method, path, times: 50, status: 503 }];
  }
}

/** Retries allowed to the provider: enough for the three transient faults, few where they must run out. */
const retriesFor = (kind: Kind) => (kind === "503 until retries run out" ? 2 : 5);

/** A write of the probe apply, with ids replaced by `*` so that a fault can match it. */
interface Step {
  method: string;
  path: string;
  /** How many earlier writes of the apply match the same method and path. */
  before: number;
}

const pattern = (p: string) => p.replace(/\/[0-9a-f]{24}(?=\/|$)/g, "/*");

interface Outcome {
  first: RunResult;
  firstOrphans: string[];
  firstMissing: string[];
  second: RunResult;
  clean: RunResult;
  projects: { name: string; status: string; flows: string[] }[];
}

async function serverIds(s: TestServer) {
  const projects = await s.listProjects();
  return { projects: projects.map((p) => p._id as string), flows: projects.flatMap((p) => (p.projectFlows ?? []).map((f: { _id: string }) => f._id)) };
}

async function scenario(step: Step, kind: Kind): Promise<Outcome> {
  const s = await startTestServer();
  let ws: Workspace | undefined;
  try {
    ws = e.ws.fork({ api: { url: s.url, token: s.token }, files: { "main.tf": provider(retriesFor(kind)) + STACK } });
    // Pass-through faults (no delay) consume the earlier writes to the same path, so the real ones hit this step.
    for (let i = 0; i < step.before; i++) await s.fault({ method: step.method, path: step.path, times: 1, delayMs: 0 });
    for (const f of faultsOf(kind, step.method, step.path)) await s.fault(f);
    const first = await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]);
    await s.clearFaults();
    // State must not miss anything the server holds (no orphan), nor hold what the server does not.
    const state = ws.stateFile() ? stateResources(await ws.stateJson()) : new Map<string, Record<string, unknown>>();
    const inState = [...state.entries()].map(([address, v]) => ({ address, id: v.id as string }));
    const server = await serverIds(s);
    const stateIds = new Set(inState.map((r) => r.id));
    const firstOrphans = [...server.projects, ...server.flows].filter((id) => !stateIds.has(id));
    const firstMissing = inState.filter((r) => !server.projects.includes(r.id) && !server.flows.includes(r.id)).map((r) => `${r.address}=${r.id}`);
    // A successful first apply must already be clean; a failed one must converge with a second apply.
    const second = first.code === 0 ? first : await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]);
    const clean = await ws.planExitCode();
    const projects = (await s.listProjects()).map((p) => ({ name: p.name, status: p.status, flows: (p.projectFlows ?? []).map((f: { status: string }) => f.status) }));
    return { first, firstOrphans, firstMissing, second, clean, projects };
  } finally {
    ws?.remove();
    await s.close();
  }
}

let steps: Step[] = [];
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  // Probe: a clean apply tells which writes the multi-step apply makes, in order.
  const probe = await startTestServer();
  const ws = e.ws.fork({ api: { url: probe.url, token: probe.token }, files: { "main.tf": provider(5) + STACK } });
  try {
    await ws.apply();
    const writes = (await probe.requests()).filter((r) => r.method !== "GET");
    const seen = new Map<string, number>();
    steps = writes.map((r) => {
      const key = `${r.method} ${pattern(r.path)}`;
      const before = seen.get(key) ?? 0;
      seen.set(key, before + 1);
      return { method: r.method, path: pattern(r.path), before };
    });
  } finally {
    ws.remove();
    await probe.close();
  }
  const jobs = steps.flatMap((step, i) => KINDS.map((kind) => ({ key: `${i}|${kind}`, step, kind })));
  for (let start = 0; start < jobs.length; start += 3) {
    const batch = jobs.slice(start, start + 3);
    const results = await Promise.all(batch.map((j) => scenario(j.step, j.kind)));
    results.forEach((r, k) => outcomes.set(batch[k].key, r));
  }
}, 900_000);

test("the apply from nothing to active has at least three writes (create, configure, activate)", () => {
  expect(steps.length).toBeGreaterThanOrEqual(3);
  expect(line(steps[0])).toBe("POST /v3/projects");
});

/** Problems of one scenario, or none. */
function problems(step: Step, kind: Kind, o: Outcome | undefined): string[] {
  const where = `${kind} at ${step.method} ${step.path} (occurrence ${step.before + 1})`;
  if (!o) return [`${where}: did not run`];
  const out: string[] = [];
  const mayFail = kind !== "503, then 429, then a dropped connection";
  if (!mayFail && o.first.code !== 0) out.push(`${where}: transient faults should be retried, but the apply failed:\n${output(o.first)}`);
  if (kind === "503 until retries run out" && o.first.code === 0) out.push(`${where}: the apply succeeded although every attempt got a 503`);
  if (o.firstOrphans.length) out.push(`${where}: after the first apply the server holds objects state does not know: ${o.firstOrphans.join(", ")}`);
  if (o.firstMissing.length) out.push(`${where}: after the first apply state holds objects the server does not: ${o.firstMissing.join(", ")}`);
  if (o.second.code !== 0) out.push(`${where}: the second apply failed:\n${output(o.second)}`);
  else if (o.clean.code !== 0) out.push(`${where}: the plan after the second apply is not empty:\n${output(o.clean)}`);
  const want = [{ name: COMPLETE_STACK.project.name, status: "active", flows: ["active"] }];
  if (JSON.stringify(o.projects) !== JSON.stringify(want)) out.push(`${where}: the server holds ${JSON.stringify(o.projects)}, expected ${JSON.stringify(want)}`);
  return out;
}

test.each(KINDS)("%s at each write: retried or state matches the server; a second apply converges; no duplicate", (kind) => {
  const found = steps.flatMap((step, i) => problems(step, kind, outcomes.get(`${i}|${kind}`)));
  if (found.length) throw new Error(found.join("\n\n"));
});
