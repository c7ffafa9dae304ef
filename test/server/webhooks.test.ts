/** W1–W5 (`/v2/webhooks`), the flow ↔ webhook link, the `webhookUrl` mirror and the project-delete cascade, over real HTTP. */
import { harness, minimalProject, readyFlow, type Harness } from "./support";

let h: Harness;
let project: string;
let flow: string;
beforeAll(async () => (h = await harness()));
afterAll(() => h.close());
beforeEach(async () => {
  await h.admin("POST", "/_emulator/reset");
  project = (await h.call("POST", "/v3/projects", minimalProject())).body.data._id;
  flow = (await h.call("POST", "/v3/project-flows", { project, type: "onboarding", name: "KYC" })).body.data._id;
});

const hookBody = (extra: object = {}) => ({ name: "Receiver", url: "https://hooks.example.com/kyc", isActive: true, ...extra });
const create = async (extra: object = {}, token?: string) => (await h.call("POST", "/v2/webhooks", hookBody(extra), { token })).body.data;
const getFlow = async (id = flow) => (await h.call("GET", `/v3/project-flows/${id}`)).body.data;
const MISSING_ID = "0123456789abcdef01234567";

describe("W1 create", () => {
  test("200 {data} with the documented shape and notification defaults", async () => {
    const r = await h.call("POST", "/v2/webhooks", hookBody({ description: "Onboarding events" }));
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({
      client: "alice", projectFlow: [], statistics: {}, isActive: true, name: "Receiver", url: "https://hooks.example.com/kyc", description: "Onboarding events",
      notification: { success: false, fail: true, _id: expect.stringMatching(/^[0-9a-f]{24}$/) },
      _id: expect.stringMatching(/^[0-9a-f]{24}$/), updatedAt: expect.any(String), createdAt: expect.any(String), __v: 0,
    });
    const n = (await create({ notification: { success: true, email: "ops@example.com" } })).notification;
    expect(n).toMatchObject({ success: true, fail: true, email: "ops@example.com" });
  });

  test("link[] attaches flows: their integrations.webhook and webhookUrl follow", async () => {
    const hook = await create({ link: [flow] });
    expect(hook.projectFlow).toEqual([flow]);
    const f = await getFlow();
    expect([f.integrations.webhook, f.webhookUrl]).toEqual([hook._id, "https://hooks.example.com/kyc"]);
  });

  test("fails with 409 MissingParameter and the v2 short body", async () => {
    const cases: [object, string][] = [
      [{ name: "x", isActive: true }, "missing url\n"],
      [{ url: "https://a.example.com", isActive: true }, "missing name\n"],
      [{ name: "x", url: "https://a.example.com" }, "missing isActive\n"],
      [hookBody({ url: "not a url" }), 'url must be an http(s) URL, but "not a url" was provided\n'],
      [hookBody({ notification: { email: "nope" } }), 'email must be a valid email address, but "nope" was provided\n'],
      [hookBody({ link: [MISSING_ID] }), `invalid link: project flow ${MISSING_ID} not found\n`],
    ];
    for (const [body, message] of cases) {
      const r = await h.call("POST", "/v2/webhooks", body);
      expect([r.status, r.body]).toEqual([409, { code: "MissingParameter", message }]);
    }
    expect((await h.call("GET", "/v2/webhooks")).body.pagination.total).toBe(0);
  });
});

describe("W2 list, W3 get", () => {
  test("list: newest first, pagination, like_name, where_url, isActive and projectFlow filters", async () => {
    const a = await create({ name: "Alpha", link: [flow] });
    const b = await create({ name: "Beta", url: "https://b.example.com/h", isActive: false });
    const ids = async (q = "") => (await h.call("GET", `/v2/webhooks${q}`)).body.data.map((w: any) => w._id);
    expect(await ids()).toEqual([b._id, a._id]);
    expect((await h.call("GET", "/v2/webhooks?perPage=1&page=2")).body).toMatchObject({ data: [{ _id: a._id }], pagination: { page: 2, perPage: 1, total: 2, pages: 2 } });
    expect(await ids("?like_name=alp")).toEqual([a._id]);
    expect(await ids("?where_url=https://b.example.com/h")).toEqual([b._id]);
    expect(await ids("?isActive=false")).toEqual([b._id]);
    expect(await ids(`?projectFlow=${flow}`)).toEqual([a._id]);
    expect((await h.call("GET", "/v2/webhooks?perPage=101")).body).toEqual({ code: "MissingParameter", message: "Invalid parameter: perPage must be between 1 and 100\n" });
  });

  test("get: the webhook; unknown or malformed id 404 Record not found", async () => {
    const hook = await create();
    expect((await h.call("GET", `/v2/webhooks/${hook._id}`)).body).toEqual({ data: hook });
    for (const id of [MISSING_ID, "nope"]) {
      const r = await h.call("GET", `/v2/webhooks/${id}`);
      expect([r.status, r.body]).toEqual([404, { code: "NotFound", message: "Record not found." }]);
    }
  });
});

describe("W4 update", () => {
  test("partial: unsent fields stay, isActive can be toggled (Q20), notification merges, null description clears", async () => {
    const hook = await create({ description: "d", notification: { email: "ops@example.com" } });
    const r = await h.call("PUT", `/v2/webhooks/${hook._id}`, { isActive: false, notification: { success: true }, description: null });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ name: "Receiver", url: hook.url, isActive: false, notification: { success: true, fail: true, email: "ops@example.com", _id: hook.notification._id } });
    expect(r.body.data).not.toHaveProperty("description");
    expect((await h.call("GET", `/v2/webhooks/${hook._id}`)).body.data).toEqual(r.body.data);
  });

  test("a URL change reaches the linked flows' webhookUrl; link/unlink move flows", async () => {
    const hook = await create({ link: [flow] });
    await h.call("PUT", `/v2/webhooks/${hook._id}`, { url: "https://new.example.com/h" });
    expect((await getFlow()).webhookUrl).toBe("https://new.example.com/h");
    expect((await h.call("GET", `/v3/projects/${project}`)).body.data.projectFlows[0].webhookUrl).toBe("https://new.example.com/h");
    const other = await create({ name: "Other" });
    const moved = await h.call("PUT", `/v2/webhooks/${other._id}`, { link: [flow] });
    expect(moved.body.data.projectFlow).toEqual([flow]);
    expect((await h.call("GET", `/v2/webhooks/${hook._id}`)).body.data.projectFlow).toEqual([]);
    const un = await h.call("PUT", `/v2/webhooks/${other._id}`, { unlink: [flow, MISSING_ID] });
    expect(un.body.data.projectFlow).toEqual([]);
    expect((await getFlow()).integrations.webhook).toBeNull();
    expect((await getFlow()).webhookUrl).toBe("");
  });

  test("fails: unknown id 404, bad field 409", async () => {
    expect((await h.call("PUT", `/v2/webhooks/${MISSING_ID}`, { name: "x" })).body).toEqual({ code: "NotFound", message: "Record not found." });
    const hook = await create();
    const r = await h.call("PUT", `/v2/webhooks/${hook._id}`, { isActive: "yes" });
    expect([r.status, r.body.code]).toEqual([409, "MissingParameter"]);
  });
});

describe("W5 delete", () => {
  test("returns the deleted document; linked flows lose the reference; then 404", async () => {
    const hook = await create({ link: [flow] });
    const r = await h.call("DELETE", `/v2/webhooks/${hook._id}`);
    expect([r.status, r.body.data._id, r.body.data.projectFlow]).toEqual([200, hook._id, [flow]]);
    expect((await getFlow()).integrations.webhook).toBeNull();
    expect((await h.call("DELETE", `/v2/webhooks/${hook._id}`)).status).toBe(404);
  });
});

describe("flows reference webhooks", () => {
  test("integrations.webhook must be an existing webhook of the same user (422), on every flow write path", async () => {
    const bobs = await create({}, await h.tokenFor("bob"));
    const writes: [string, string, object, string][] = [
      ["PUT", `/v3/project-flows/${flow}`, { integrations: { webhook: bobs._id } }, "integrations.webhook"],
      ["POST", "/v3/project-flows", { project, type: "onboarding", name: "B", integrations: { webhook: MISSING_ID } }, "integrations.webhook"],
      ["PUT", `/v3/projects/${project}`, { projectFlow: { ...readyFlow(), integrations: { webhook: MISSING_ID } } }, "projectFlow.integrations.webhook"],
      ["POST", "/v3/projects", { ...minimalProject("P2"), projectFlowType: "onboarding", projectFlow: { target: "personal", type: "onboarding", integrations: { webhook: MISSING_ID } } }, "projectFlow.integrations.webhook"],
    ];
    for (const [method, p, body, field] of writes) {
      const r = await h.call(method, p, body);
      expect([r.status, r.body.code, r.body.details]).toEqual([422, "UnprocessableEntity", [{ field, message: expect.stringContaining("must be the id of one of your webhooks") }]]);
    }
    const malformed = await h.call("PUT", `/v3/project-flows/${flow}`, { integrations: { webhook: "abc" } });
    expect([malformed.status, malformed.body.details]).toEqual([400, [{ field: "integrations.webhook", message: 'webhook must be a 24-character hexadecimal id, but "abc" was provided' }]]);
    expect((await getFlow()).integrations.webhook).toBeNull();
  });

  test("setting the reference from the flow side shows on the webhook, and the seed's Step 5 PUT links it", async () => {
    const hook = await create();
    const upper = await h.call("PUT", `/v3/project-flows/${flow}`, { integrations: { webhook: hook._id.toUpperCase() } });
    expect(upper.body.data.integrations.webhook).toBe(hook._id);
    const r = await h.call("PUT", `/v3/projects/${project}`, {
      projectFlow: { target: "personal", type: "onboarding", integrations: { redirectUrl: "https://example.com/done", webhook: hook._id, source: "NONE", strategy: "none", apiUrl: "", apiTestType: "email", apiTestValue: "" } },
      projectFlowType: "onboarding",
    });
    expect(r.status).toBe(200);
    expect((await h.call("GET", `/v2/webhooks/${hook._id}`)).body.data.projectFlow).toEqual([flow]);
    expect(await getFlow()).toMatchObject({ webhookUrl: hook.url, integrations: { webhook: hook._id } });
    await h.call("PUT", `/v3/project-flows/${flow}`, { integrations: { webhook: null } });
    expect((await h.call("GET", `/v2/webhooks/${hook._id}`)).body.data.projectFlow).toEqual([]);
  });
});

test("isolation: another user's webhook is 404 on get, update and delete, and absent from the list", async () => {
  const hook = await create();
  const bob = await h.tokenFor("bob");
  for (const [method, body] of [["GET"], ["PUT", { name: "x" }], ["DELETE"]] as const) {
    const r = await h.call(method, `/v2/webhooks/${hook._id}`, body, { token: bob });
    expect([r.status, r.body]).toEqual([404, { code: "NotFound", message: "Record not found." }]);
  }
  expect((await h.call("GET", "/v2/webhooks", undefined, { token: bob })).body.data).toEqual([]);
  const link = await h.call("POST", "/v2/webhooks", hookBody({ link: [flow] }), { token: bob });
  expect([link.status, link.body.code]).toEqual([409, "MissingParameter"]);
  expect((await h.call("GET", `/v2/webhooks/${hook._id}`)).body.data.name).toBe("Receiver");
});

test("project delete cascade (Q4): a webhook linked only to its flows goes, a shared one stays", async () => {
  const other = (await h.call("POST", "/v3/projects", minimalProject("Other"))).body.data._id;
  const otherFlow = (await h.call("POST", "/v3/project-flows", { project: other, type: "onboarding", name: "O" })).body.data._id;
  const own = await create({ name: "Own", link: [flow] });
  const shared = await create({ name: "Shared", link: [otherFlow] });
  const second = (await h.call("POST", "/v3/project-flows", { project, type: "login", name: "L", integrations: { webhook: shared._id } })).body.data._id;
  const unlinked = await create({ name: "Unlinked" });
  expect((await h.call("DELETE", `/v3/projects/${project}`)).status).toBe(200);
  expect((await h.call("GET", `/v2/webhooks/${own._id}`)).status).toBe(404);
  expect((await h.call("GET", `/v2/webhooks/${shared._id}`)).body.data.projectFlow).toEqual([otherFlow]);
  expect((await h.call("GET", `/v2/webhooks/${unlinked._id}`)).status).toBe(200);
  expect((await h.call("GET", `/v3/project-flows/${second}`)).status).toBe(404);
});

test("webhook calls count against the projects rate-limit category", async () => {
  const limited = await harness({ rateLimits: true, rateWindowMs: 60_000 });
  try {
    for (let i = 0; i < 99; i++) expect((await limited.call("GET", "/v3/projects")).status).toBe(200);
    const last = await limited.call("GET", "/v2/webhooks");
    expect([last.status, last.headers["x-ratelimit-limit"], last.headers["x-ratelimit-remaining"]]).toEqual([200, "100", "0"]);
    expect((await limited.call("POST", "/v2/webhooks", hookBody())).status).toBe(429);
  } finally {
    await limited.close();
  }
});
