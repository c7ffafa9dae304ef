/** Sliding-window rate limits per user and category, with the pacing headers. */
import { harness, minimalProject, type Harness } from "./support";

let h: Harness;
beforeAll(async () => (h = await harness({ rateLimits: true, rateWindowMs: 4000 })));
afterAll(() => h.close());
beforeEach(() => h.admin("POST", "/_emulator/reset"));

test("projects: 100 per window, then 429 with Retry-After and the documented body; other users unaffected", async () => {
  for (let i = 0; i < 100; i++) {
    const r = await h.call("GET", "/v3/projects");
    expect([r.status, r.headers["x-ratelimit-remaining"]]).toEqual([200, String(99 - i)]);
  }
  const r = await h.call("GET", "/v3/projects");
  expect(r.status).toBe(429);
  expect(r.body).toMatchObject({ message: "Too many requests", code: "TooManyRequests", status: 429, timestamp: expect.any(String) });
  const resetMs = Number(r.headers["x-ratelimit-reset-ms"]);
  expect(resetMs).toBeGreaterThan(0);
  expect(resetMs).toBeLessThanOrEqual(4000);
  expect(r.headers["retry-after"]).toBe(String(Math.ceil(resetMs / 1000)));
  expect(r.headers["x-ratelimit-window-ms"]).toBe("4000");
  // flows are a separate category, and bob has his own window
  expect((await h.call("GET", "/v3/project-flows")).status).toBe(200);
  expect((await h.call("GET", "/v3/projects", undefined, { token: await h.tokenFor("bob") })).status).toBe(200);
  // after the window slides, slots free up again
  await new Promise((res) => setTimeout(res, resetMs + 20));
  expect((await h.call("GET", "/v3/projects")).status).toBe(200);
});

test("flows: 50 per window across /v2 and /v3; a refused request writes nothing", async () => {
  const project = (await h.call("POST", "/v3/projects", minimalProject())).body.data._id;
  for (let i = 0; i < 50; i++) expect((await h.call(i % 2 ? "GET" : "POST", i % 2 ? "/v3/project-flows" : "/v2/project-flows", { project, type: "onboarding", name: `F${i}` })).status).toBe(200);
  const refused = await h.call("POST", "/v3/project-flows", { project, type: "onboarding", name: "late" });
  expect([refused.status, refused.headers["x-ratelimit-limit"], refused.headers["x-ratelimit-remaining"]]).toEqual([429, "50", "0"]);
  await h.admin("PUT", "/_emulator/settings", { rateLimits: false });
  const list = (await h.call("GET", "/v3/project-flows?perPage=100")).body;
  expect(list.pagination.total).toBe(25);
});
