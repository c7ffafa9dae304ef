// Client-only benchmarks against the local server (npm run bench:client).
// Default: a bulk "apply" of N=100 active projects (create, read, configure, activate, read) with rate
// limits on and a compressed window (WINDOW_MS, default 3000): prints 429s and wall time vs the floor.
// BENCH=reads: requests a fresh client makes to refresh 1, 100, 500 projects, and 1 of 1,000.
import { request } from "undici";
import { createClient } from "../src/client";
import { signToken, startServer } from "../src/server";

const N = Number(process.env.N ?? 100);
const WINDOW_MS = Number(process.env.WINDOW_MS ?? 3000);
const PARALLEL = 10;

const flow: import("../src/model").FlowConfigInput & { target: "personal"; type: "onboarding" } = {
  target: "personal", type: "onboarding", version: 3,
  signUpForm: { fullName: true, fullNameStyle: "together", email: true, emailGateway: "mailgun", phone: true, phoneGateway: "sms", allowAdditionalFields: false, additionalFields: [], showPrivacyNotice: true, showTermsAndConditions: true },
  steps: { document: "mandatory", liveness: "mandatory" },
  documents: { attemptLimit: 3, verificationMethods: ["scan", "upload"], documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "government_id", documentTemplates: [] }] }], screening: false, informationVerification: false, criminalHistoryVerification: false },
  liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
  integrations: { redirectUrl: "https://example.com/done", webhook: null, source: "NONE", strategy: "none", apiUrl: "", apiTestType: "email", apiTestValue: "" },
};

async function main() {
  const secret = "bench-secret";
  const srv = await startServer({ port: 0, jwtSecret: secret, rateLimits: process.env.LIMITS !== "off", rateWindowMs: WINDOW_MS });
  const token = await signToken({ secret, user: "bench" });
  const client = createClient({ baseUrl: srv.url, token, pacing: process.env.PACING !== "off", logger: process.env.TRACE ? (l, m) => { if (l === "trace" || process.env.TRACE === "all") console.error(`${Date.now() - t00} ${m}`); } : undefined });
  const t00 = Date.now();
  const queue = Array.from({ length: N }, (_, i) => i);
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const p = await client.projects.create({
          name: `bench ${i}`, allowedCountries: ["United States"], contactEmail: "a@example.com",
          privacyUrl: "https://example.com/p", termsAndConditionsUrl: "https://example.com/t",
          dataProtection: { name: "D", email: "d@example.com", address: "1 St", city: "NY", country: "United States", postalCode: "10001" },
        });
        await client.projects.read(p._id);
        await client.projects.update(p._id, { projectFlow: flow, projectFlowType: "onboarding" });
        await client.projects.update(p._id, { status: "active", projectFlow: { status: "active" } });
        await client.projects.read(p._id);
      }
    }),
  );
  const wall = Date.now() - t0;
  const res = await request(`${srv.url}/_emulator/requests`, { headers: { "x-emulator-token": srv.adminToken } });
  const log = ((await res.body.json()) as { data: { path: string; status: number }[] }).data;
  if (process.env.TIMELINE) {
    const ts = (log as unknown as { time: string }[]).map((r) => Date.parse(r.time) - t0);
    const b = WINDOW_MS / 6;
    for (let s = 0; s * b < wall + b; s++) console.log(`${s * b}ms: ${ts.filter((t) => t >= s * b && t < (s + 1) * b).length}`);
  }
  const projects = log.filter((r) => r.path.startsWith("/v3/projects")).length;
  const floor = (Math.ceil(projects / 100) - 1) * WINDOW_MS;
  console.log(
    JSON.stringify({ projects: N, windowMs: WINDOW_MS, requests: log.length, projectCategoryRequests: projects, status429: log.filter((r) => r.status === 429).length, wallMs: wall, floorMs: floor, ratio: +(wall / floor).toFixed(3) }),
  );
  await client.close();
  await srv.close();
}

/** Requests made by a fresh client refreshing `reads` of `account` projects with 10 reads in flight. */
async function reads() {
  const secret = "bench-secret";
  const srv = await startServer({ port: 0, jwtSecret: secret, rateLimits: false });
  const token = await signToken({ secret, user: "bench" });
  const writer = createClient({ baseUrl: srv.url, token, pacing: false });
  const ids: string[] = [];
  const emu = (method: "GET" | "DELETE") => request(`${srv.url}/_emulator/requests`, { method, headers: { "x-emulator-token": srv.adminToken } });
  for (const [n, account] of [[1, 1], [100, 100], [500, 500], [1, 1000]]) {
    while (ids.length < account) {
      const p = await writer.projects.create({
        name: `r ${ids.length}`, allowedCountries: ["United States"], contactEmail: "a@example.com",
        privacyUrl: "https://example.com/p", termsAndConditionsUrl: "https://example.com/t",
        dataProtection: { name: "D", email: "d@example.com", address: "1 St", city: "NY", country: "United States", postalCode: "10001" },
      });
      ids.push(p._id);
    }
    await (await emu("DELETE")).body.dump();
    const reader = createClient({ baseUrl: srv.url, token, pacing: false });
    const queue = ids.slice(0, n);
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 10 }, async () => { for (let id = queue.shift(); id; id = queue.shift()) await reader.projects.read(id); }));
    const wall = Date.now() - t0;
    const count = ((await (await emu("GET")).body.json()) as { data: unknown[] }).data.length;
    console.log(JSON.stringify({ reads: n, accountProjects: account, requests: count, target: n === account ? Math.ceil(n / 100) + 3 : 3, wallMs: wall }));
    await reader.close();
  }
  await writer.close();
  await srv.close();
}

(process.env.BENCH === "reads" ? reads() : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
