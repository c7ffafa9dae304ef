import { request } from "undici";
import {
  ConflictError,
  createClient,
  NotFoundError,
  ValidationError,
  type ClientOptions,
  type SmartEnrollClient,
} from "../../src/client";
import { signToken, startServer, type RunningServer } from "../../src/server";
import { newProject } from "./fake-server";

const secret = "client-e2e-secret";

describe("client against the local server", () => {
  let srv: RunningServer;
  let token: string;
  const clients: SmartEnrollClient[] = [];

  async function emu(method: string, path: string, body?: unknown) {
    const res = await request(srv.url + path, {
      method: method as "GET",
      headers: { "x-emulator-token": srv.adminToken, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.body.json()) as { data: any };
  }
  const log = async () => (await emu("GET", "/_emulator/requests")).data as { method: string; path: string; status: number }[];
  const client = (opts: Partial<ClientOptions> = {}) => {
    const c = createClient({ baseUrl: srv.url, token, retry: { baseDelayMs: 10 }, ...opts });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    srv = await startServer({ port: 0, jwtSecret: secret, rateLimits: false });
    token = await signToken({ secret, user: "client-e2e" });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await srv.close();
  });
  beforeEach(async () => {
    await emu("POST", "/_emulator/reset");
    await emu("PUT", "/_emulator/settings", { rateLimits: false, rateWindowMs: 60_000 });
  });

  test("CRUD round trip", async () => {
    const c = client();
    const created = await c.projects.create(newProject("Round trip"));
    expect(created).toMatchObject({ name: "Round trip", status: "draft" });
    await expect(c.projects.get(created._id)).resolves.toMatchObject({ _id: created._id, allowedCountries: ["United States"] });
    await expect(c.projects.read(created._id)).resolves.toMatchObject({ name: "Round trip" });
    const updated = await c.projects.update(created._id, { name: "Renamed", contactEmail: "ops@example.com" });
    expect(updated).toMatchObject({ name: "Renamed", contactEmail: "ops@example.com" });
    await expect(c.projects.read(created._id)).resolves.toMatchObject({ name: "Renamed" });
    const flow = await c.flows.create({ project: created._id, type: "onboarding", name: "Onboarding" });
    await expect(c.flows.get(flow._id)).resolves.toMatchObject({ _id: flow._id, type: "onboarding" });
    await expect(c.flows.update(flow._id, { liveness: { attemptLimit: 4 } })).resolves.toMatchObject({ liveness: { attemptLimit: 4 } });
    const flows = await c.flows.list({ perPage: 10 });
    expect(flows.items.map((f) => f._id)).toContain(flow._id);
    await c.flows.delete(flow._id);
    await c.projects.delete(created._id);
    await expect(c.projects.get(created._id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(c.projects.read(created._id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("pagination with filters", async () => {
    const c = client();
    for (let i = 0; i < 7; i++) await c.projects.create(newProject(`alpha ${i}`));
    for (let i = 0; i < 3; i++) await c.projects.create(newProject(`beta ${i}`));
    const page = await c.projects.list({ like_name: "ALPHA", limit: 3, page: 2 });
    expect(page).toMatchObject({ total: 7, limit: 3, page: 2, pages: 3 });
    expect(page.items).toHaveLength(3);
    const names: string[] = [];
    for await (const p of c.projects.listAll({ like_name: "alpha", where_status: "draft" })) names.push(p.name);
    expect(names.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `alpha ${i}`));
    const none: string[] = [];
    for await (const p of c.projects.listAll({ in_status: ["active", "paused"] })) none.push(p.name);
    expect(none).toEqual([]);
  });

  test("404, 409 and 422 map to typed errors with the API's message and details", async () => {
    const c = client();
    await expect(c.projects.get("0123456789abcdef01234567")).rejects.toBeInstanceOf(NotFoundError);
    const bad = await c.projects.create({ ...newProject("x"), allowedCountries: ["Atlantis"] }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad).toMatchObject({ status: 409, code: "MissingParameter" });
    const p = await c.projects.create(newProject("no flow yet"));
    const conflict = await c.projects.update(p._id, { status: "active" }).catch((e) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({ status: 409, code: "Conflict" });
    const invalid = await c.projects
      .update(p._id, { projectFlow: { target: "personal", type: "onboarding", steps: { document: "mandatory" } }, projectFlowType: "onboarding" })
      .catch((e) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.status).toBe(422);
    expect(invalid.details.map((d: { field: string }) => d.field).join(" ")).toMatch(/verificationMethods|documentTypes/);
  });

  test("a fault-injected 503 is retried to success", async () => {
    const c = client();
    const p = await c.projects.create(newProject("flaky"));
    await emu("POST", "/_emulator/faults", { method: "GET", path: "/v3/projects/*", times: 2, status: 503 });
    await expect(c.projects.get(p._id)).resolves.toMatchObject({ _id: p._id });
    const gets = (await log()).filter((r) => r.method === "GET" && r.path === `/v3/projects/${p._id}`);
    expect(gets.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  test("a POST dropped before the server applied it is looked up by name, found missing and sent again: one project", async () => {
    const c = client();
    await emu("POST", "/_emulator/faults", { method: "POST", path: "/v3/projects", times: 1, drop: true });
    const p = await c.projects.create(newProject("dropped"));
    expect((await log()).filter((r) => r.path.split("?")[0] === "/v3/projects").map((r) => r.method)).toEqual(["POST", "GET", "POST"]);
    expect((await c.projects.list()).items.map((x) => x._id)).toEqual([p._id]);
  });

  test("commit-then-drop: the client finds the project by name, no duplicate", async () => {
    const c = client();
    await emu("POST", "/_emulator/faults", { method: "POST", path: "/v3/projects", times: 1, commitThenDrop: true });
    const p = await c.projects.create(newProject("committed"));
    expect(p.name).toBe("committed");
    const all: string[] = [];
    for await (const x of c.projects.listAll()) all.push(x._id);
    expect(all).toEqual([p._id]);
  });

  test("pacing under the real limits with a compressed window: zero 429s", async () => {
    const windowMs = 1500;
    await emu("PUT", "/_emulator/settings", { rateLimits: true, rateWindowMs: windowMs });
    const c = client();
    const p = await c.projects.create(newProject("paced"));
    const t0 = Date.now();
    await Promise.all([
      ...Array.from({ length: 160 }, () => c.projects.get(p._id)),
      ...Array.from({ length: 70 }, () => c.flows.list({ perPage: 1 })),
    ]);
    const wall = Date.now() - t0;
    const statuses = (await log()).map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
    expect(statuses).toHaveLength(1 + 160 + 70);
    // 161 project and 70 flow requests need a second window each; the rest is the server's own throughput
    expect(wall).toBeGreaterThanOrEqual(windowMs - 50);
    expect(wall).toBeLessThan(windowMs + 5000);
  });

  test("a second process starting while the user's window is partly used sees zero 429s", async () => {
    const windowMs = 1500;
    await emu("PUT", "/_emulator/settings", { rateLimits: true, rateWindowMs: windowMs });
    const a = client();
    await Promise.all(Array.from({ length: 70 }, () => a.projects.list({ limit: 1 })));
    const b = client();
    await Promise.all(Array.from({ length: 60 }, () => b.projects.list({ limit: 1 })));
    const statuses = (await log()).map((r) => r.status);
    expect(statuses).toHaveLength(130);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
  });

  test("read cache: 150 unchanged projects refresh with 2 GETs and 2 list pages", async () => {
    const writer = client({ pacing: false });
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) ids.push((await writer.projects.create(newProject(`bulk ${i}`)))._id);
    await emu("DELETE", "/_emulator/requests");
    const reader = client();
    const queue = [...ids];
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) expect((await reader.projects.read(id))._id).toBe(id);
      }),
    );
    const reqs = await log();
    expect(reqs.length).toBeLessThanOrEqual(4);
  });
});
