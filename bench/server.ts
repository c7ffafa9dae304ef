/**
 * `npm run bench:server`: throughput and latency of the local API server for three requests, with 2 concurrent
 * clients (undici) over 1,000 seeded projects. The server runs as its own process (`bin/smartenroll server`).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "undici";
import { signToken } from "../src/server/auth";

const SEED = 1000;
const CLIENTS = 2;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);

function startServer(secret: string): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = path.resolve(__dirname, "../bin/smartenroll");
  const child = spawn(bin, ["server", "--port", "0", "--memory", "--rate-limits", "off", "--jwt-secret", secret], { stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => new Promise((r) => (child.once("exit", () => r()), child.kill("SIGTERM"))) });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const secret = randomBytes(16).toString("hex");
  const server = await startServer(secret);
  const token = await signToken({ secret, user: "bench", ttl: "1h" });
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const clients = Array.from({ length: CLIENTS }, () => new Client(server.url, { pipelining: 1 }));
  const call = async (c: Client, method: "GET" | "POST" | "PUT", p: string, body?: unknown) => {
    const r = await c.request({ method, path: p, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.body.text();
    if (r.statusCode >= 300) throw new Error(`${method} ${p} → ${r.statusCode} ${text}`);
    return text;
  };

  const ids: string[] = [];
  const seedStart = performance.now();
  await Promise.all(
    clients.map(async (c, ci) => {
      for (let i = ci; i < SEED; i += CLIENTS) {
        const body = {
          name: `Bench project ${i}`, allowedCountries: ["United States", "Canada"], contactEmail: "ops@example.com",
          privacyUrl: "https://example.com/privacy", termsAndConditionsUrl: "https://example.com/terms",
          dataProtection: { name: "DPO", email: "dpo@example.com", address: "1 Main St", city: "NYC", country: "United States", postalCode: "10001" },
          projectFlowType: "onboarding", projectFlow: { target: "personal", type: "onboarding", liveness: { minScore: 0.7 }, integrations: { redirectUrl: "https://example.com/done" } },
        };
        ids.push((JSON.parse(await call(c, "POST", "/v3/projects", body)) as { data: { _id: string } }).data._id);
      }
    }),
  );
  const seedMs = performance.now() - seedStart;

  const scenarios: [string, (c: Client, n: number) => Promise<unknown>][] = [
    ["GET /v3/projects/{id}", (c, n) => call(c, "GET", `/v3/projects/${ids[n % ids.length]}`)],
    ["GET /v3/projects?limit=100", (c, n) => call(c, "GET", `/v3/projects?limit=100&page=${(n % 10) + 1}`)],
    ["PUT /v3/projects/{id}", (c, n) => call(c, "PUT", `/v3/projects/${ids[n % ids.length]}`, { contactEmail: `ops${n}@example.com`, projectFlow: { liveness: { minScore: 0.6 + (n % 30) / 100 } } })],
  ];
  const rows: string[][] = [];
  for (const [name, run] of scenarios) {
    const lat: number[] = [];
    let n = 0;
    const start = performance.now();
    const end = start + DURATION_MS;
    await Promise.all(
      clients.map(async (c) => {
        while (performance.now() < end) {
          const t0 = performance.now();
          await run(c, n++);
          lat.push(performance.now() - t0);
        }
      }),
    );
    const secs = (performance.now() - start) / 1000;
    lat.sort((a, b) => a - b);
    rows.push([name, String(lat.length), (lat.length / secs).toFixed(0), percentile(lat, 50).toFixed(2), percentile(lat, 99).toFixed(2)]);
  }
  await Promise.all(clients.map((c) => c.close()));
  await server.stop();

  const head = ["request", "requests", "req/s", "p50 ms", "p99 ms"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`local API server, ${CLIENTS} concurrent clients, ${SEED} projects seeded in ${(seedMs / 1000).toFixed(1)} s, ${DURATION_MS / 1000} s per request`);
  console.log(fmt(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(fmt(r));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
