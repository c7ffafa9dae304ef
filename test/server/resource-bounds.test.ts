/**
 * Resource bounds of the local server under hostile load, as CI users share it: 20,000 unauthenticated requests
 * with long query strings and 20 oversized invalid bodies, all on loopback, while two other users keep working.
 * The server runs as users run it (bin/smartenroll server, its own process), so its RSS is measured alone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Pool, request } from "undici";
import { signToken } from "../../src/server";
import { DEFAULT_REQUEST_LOG_SIZE } from "../../src/server/request-log";
import { minimalProject } from "./support";

/** Stated bounds: growth of the server's RSS over its warmed-up baseline, and other users' p99 latency. */
const RSS_GROWTH_BOUND_MIB = 96;
const OTHER_USERS_P99_BOUND_MS = 2_000;
const FLOOD = 20_000;
/** Length of the junk query parameter of every flood request (the log keeps at most 512 characters of it). */
const QUERY_BYTES = 8_000;
const SECRET = "resource-bounds-secret";

const bin = path.resolve(__dirname, "../../bin/smartenroll");
let child: ChildProcess;
let url: string;
let adminToken: string;

beforeAll(async () => {
  child = spawn(bin, ["server", "--port", "0", "--jwt-secret", SECRET, "--rate-limits", "off"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const u = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const a = /admin token: (\S+)/.exec(out)?.[1];
      if (u && a) {
        [url, adminToken] = [u, a];
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
  });
});
afterAll(async () => {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
});

/** The server process's resident set size in MiB (Linux /proc, else ps). */
function rssMiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
  } catch {
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)]).toString().trim()) / 1024;
  }
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)];

/** Runs `n` jobs with at most `width` in flight. */
async function pooled(n: number, width: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) await job(next++);
  }));
}

/** Runs the flood client in its own process; resolves with the answers' status counts. */
function flood(count: number, connections: number, queryBytes: number, first: number): Promise<Record<string, number>> {
  const client = spawn(process.execPath, [path.join(__dirname, "flood-client.js"), url, String(count), String(connections), String(queryBytes), String(first)], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  client.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  return new Promise((resolve, reject) => client.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as Record<string, number>) : reject(new Error(`flood client exited ${code}`)))));
}

/** 20 bodies of up to 1.5 MB that are too wide, too deep or too big (the attack of the hostile-input report). */
function hostileBodies(): string[] {
  const base = minimalProject("hostile");
  const wideNumbers = JSON.stringify({ ...base, allowedCountries: Array.from({ length: 450_000 }, () => 0) });
  const wideNames = JSON.stringify({ ...base, allowedCountries: Array.from({ length: 60_000 }, (_, i) => `Nowhere ${i}`) });
  const deep = `{"name":"d","projectFlow":{"additionalFields":${"[".repeat(450_000)}${"]".repeat(450_000)}}}`;
  const huge = JSON.stringify({ ...base, identifier: "x".repeat(1_500_000) });
  return Array.from({ length: 20 }, (_, i) => [wideNumbers, wideNames, deep, huge][i % 4]);
}

test(`${FLOOD} unauthenticated requests and 20 hostile bodies: RSS grows ≤ ${RSS_GROWTH_BOUND_MIB} MiB, other users' p99 ≤ ${OTHER_USERS_P99_BOUND_MS} ms`, async () => {
  const pool = new Pool(url, { connections: 4 });
  const victims = new Pool(url, { connections: 2 });
  const tokens = { alice: await signToken({ secret: SECRET, user: "alice", ttl: "1h" }), bob: await signToken({ secret: SECRET, user: "bob", ttl: "1h" }) };
  const mallory = await signToken({ secret: SECRET, user: "mallory", ttl: "1h" });
  const call = async (p: Pool, method: string, target: string, headers: Record<string, string> = {}, body?: string) => {
    const r = await request(url + target, { method: method as "GET", headers: { "content-type": "application/json", ...headers }, body, dispatcher: p });
    await r.body.text();
    return r.statusCode;
  };
  const ids: Record<string, string> = {};
  for (const [user, token] of Object.entries(tokens)) {
    const r = await request(url + "/v3/projects", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(minimalProject(user)), dispatcher: victims });
    ids[user] = ((await r.body.json()) as { data: { _id: string } }).data._id;
  }
  const bodies = hostileBodies();

  // Warm up every path (JIT, heap, a full request log) before the baseline. A full log takes as many requests as it
  // keeps; that many also grow V8's young generation to its working size (Node.js 24 gives it twice Node 20's room).
  const warmUp = DEFAULT_REQUEST_LOG_SIZE;
  await flood(warmUp, 8, QUERY_BYTES, 0);
  await pooled(bodies.length, bodies.length, (i) => call(pool, "POST", "/v3/projects", { authorization: `Bearer ${mallory}` }, bodies[i]).catch(() => 0));
  await new Promise((r) => setTimeout(r, 500));
  const baseline = rssMiB(child.pid!);

  const latencies: number[] = [];
  let attacking = true;
  const victim = async (user: keyof typeof tokens) => {
    while (attacking) {
      const t0 = performance.now();
      expect(await call(victims, "GET", `/v3/projects/${ids[user]}`, { authorization: `Bearer ${tokens[user]}` })).toBe(200);
      latencies.push(performance.now() - t0);
    }
  };
  const statuses = new Map<number, number>();
  let floodStatuses: Record<string, number> = {};
  let floodMs = 0;
  const attack = (async () => {
    const t0 = performance.now();
    await Promise.all([
      flood(FLOOD, 8, QUERY_BYTES, warmUp).then((counts) => (floodStatuses = counts)),
      pooled(bodies.length, bodies.length, async (i) => {
        const s = await call(pool, "POST", "/v3/projects", { authorization: `Bearer ${mallory}` }, bodies[i]).catch(() => 0);
        statuses.set(s, (statuses.get(s) ?? 0) + 1);
      }),
    ]);
    floodMs = performance.now() - t0;
    attacking = false;
  })();
  await Promise.all([attack, victim("alice"), victim("bob")]);
  const grown = rssMiB(child.pid!) - baseline;

  const log = await request(`${url}/_emulator/requests`, { headers: { "x-emulator-token": adminToken }, dispatcher: victims });
  const entries = ((await log.body.json()) as { data: unknown[] }).data;
  await Promise.all([pool.close(), victims.close()]);

  const measured = `flood ${floodMs.toFixed(0)} ms; RSS +${grown.toFixed(1)} MiB over ${baseline.toFixed(0)} MiB; other users' p99 ${p99(latencies).toFixed(0)} ms over ${latencies.length} requests; hostile answers ${JSON.stringify([...statuses])}`;
  if (process.env.RESOURCE_BOUNDS_VERBOSE) process.stdout.write(`resource bounds: ${measured}\n`);
  expect(Object.fromEntries(statuses)).toEqual({ 400: 15, 413: 5 });
  expect(floodStatuses).toEqual({ 401: FLOOD });
  expect(entries).toHaveLength(DEFAULT_REQUEST_LOG_SIZE);
  expect(latencies.length).toBeGreaterThanOrEqual(20);
  expect({ measured, ok: grown <= RSS_GROWTH_BOUND_MIB && p99(latencies) <= OTHER_USERS_P99_BOUND_MS }).toEqual({ measured, ok: true });
}, 120_000);
