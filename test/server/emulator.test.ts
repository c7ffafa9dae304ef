/** `/_emulator/*`: admin token, reset, request log, faults and settings. */
import { request } from "undici";
import { harness, minimalProject, type Harness } from "./support";

let h: Harness;
beforeAll(async () => (h = await harness()));
afterAll(() => h.close());
beforeEach(() => h.admin("POST", "/_emulator/reset"));

const names = async () => (await h.call("GET", "/v3/projects")).body.data.map((p: any) => p.name);
const fault = async (f: object) => {
  const r = await h.admin("POST", "/_emulator/faults", f);
  expect(r.status).toBe(200);
  return r.body.data.id as string;
};

test("the admin token is required", async () => {
  const r = await h.call("POST", "/_emulator/reset", undefined, { token: null });
  expect(r.status).toBe(401);
  const wrong = await request(`${h.srv.url}/_emulator/requests`, { headers: { "x-emulator-token": "nope" } });
  expect(wrong.statusCode).toBe(401);
  await wrong.body.text();
});

test("reset empties data, the log and the faults", async () => {
  await h.call("POST", "/v3/projects", minimalProject());
  await fault({ method: "GET", path: "/v3/projects", status: 500 });
  await h.admin("POST", "/_emulator/reset");
  expect((await h.admin("GET", "/_emulator/requests")).body.data).toEqual([]);
  expect((await h.admin("GET", "/_emulator/faults")).body.data).toEqual([]);
  expect(await names()).toEqual([]);
});

test("the request log records API requests in order with status, user, time and duration", async () => {
  await h.call("POST", "/v3/projects", minimalProject());
  await h.call("GET", "/v3/projects?limit=5&in_status[]=draft");
  await h.call("GET", "/v3/projects", undefined, { token: null });
  const log = (await h.admin("GET", "/_emulator/requests")).body.data;
  expect(log.map((e: any) => [e.method, e.path, e.status, e.user])).toEqual([
    ["POST", "/v3/projects", 201, "alice"],
    ["GET", "/v3/projects", 200, "alice"],
    ["GET", "/v3/projects", 401, null],
  ]);
  expect(log[1].query).toEqual({ limit: "5", "in_status[]": "draft" });
  expect(new Date(log[0].time).getTime()).toBeLessThanOrEqual(new Date(log[1].time).getTime());
  expect(typeof log[0].durationMs).toBe("number");
  await h.admin("DELETE", "/_emulator/requests");
  expect((await h.admin("GET", "/_emulator/requests")).body.data).toEqual([]);
});

test("a status fault answers that status `times` times, matching * as one segment, then stops", async () => {
  const d = (await h.call("POST", "/v3/projects", minimalProject())).body.data;
  await fault({ method: "PUT", path: "/v3/projects/*", times: 2, status: 503 });
  expect((await h.admin("GET", "/_emulator/faults")).body.data).toMatchObject([{ method: "PUT", path: "/v3/projects/*", times: 2, status: 503 }]);
  expect((await h.call("GET", `/v3/projects/${d._id}`)).status).toBe(200);
  expect((await h.call("PUT", `/v3/projects/${d._id}`, { name: "A" })).status).toBe(503);
  expect((await h.call("PUT", `/v3/projects/${d._id}`, { name: "B" })).status).toBe(503);
  expect((await h.call("PUT", `/v3/projects/${d._id}`, { name: "C" })).status).toBe(200);
  expect(await names()).toEqual(["C"]);
});

test("faults are consumed in order", async () => {
  await fault({ method: "GET", path: "/v3/projects", status: 500 });
  await fault({ method: "GET", path: "/v3/projects", status: 502 });
  expect((await h.call("GET", "/v3/projects")).status).toBe(500);
  expect((await h.call("GET", "/v3/projects")).status).toBe(502);
  expect((await h.call("GET", "/v3/projects")).status).toBe(200);
});

test("delayMs delays the answer", async () => {
  await fault({ method: "GET", path: "/v3/projects", delayMs: 300 });
  const t0 = Date.now();
  expect((await h.call("GET", "/v3/projects")).status).toBe(200);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
});

test("drop destroys the connection and commits nothing", async () => {
  await fault({ method: "POST", path: "/v3/projects", drop: true });
  await expect(h.call("POST", "/v3/projects", minimalProject())).rejects.toThrow();
  expect(await names()).toEqual([]);
});

test("commitThenDrop commits, then destroys the connection", async () => {
  await fault({ method: "POST", path: "/v3/projects", commitThenDrop: true });
  await expect(h.call("POST", "/v3/projects", minimalProject())).rejects.toThrow();
  expect(await names()).toEqual(["My KYC Project"]);
  const log = (await h.admin("GET", "/_emulator/requests")).body.data;
  expect(log[0]).toMatchObject({ method: "POST", status: 201 });
});

test("DELETE /_emulator/faults clears them; bad specs are 400", async () => {
  await fault({ method: "GET", path: "/v3/projects", status: 500 });
  await h.admin("DELETE", "/_emulator/faults");
  expect((await h.call("GET", "/v3/projects")).status).toBe(200);
  expect((await h.admin("POST", "/_emulator/faults", { method: "GET", path: "/x" })).status).toBe(400);
  expect((await h.admin("POST", "/_emulator/faults", { method: "GET", path: "/x", status: 42 })).status).toBe(400);
});

test("settings toggle rate limits at runtime", async () => {
  expect((await h.admin("PUT", "/_emulator/settings", { rateLimits: true, rateWindowMs: 1000 })).body.data).toEqual({ rateLimits: true, rateWindowMs: 1000 });
  expect((await h.call("GET", "/v3/projects")).headers["x-ratelimit-limit"]).toBe("100");
  await h.admin("PUT", "/_emulator/settings", { rateLimits: false });
  expect((await h.call("GET", "/v3/projects")).headers["x-ratelimit-limit"]).toBeUndefined();
  expect((await h.admin("PUT", "/_emulator/settings", { rateWindowMs: -1 })).status).toBe(400);
});
