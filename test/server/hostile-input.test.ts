/** Hostile and malformed input through real HTTP: limits hold, answers stay small, every request gets a response. */
import { connect } from "node:net";
import { SignJWT } from "jose";
import { harness, minimalProject, readyFlow, type Harness } from "./support";

let h: Harness;
beforeAll(async () => (h = await harness({ rateLimits: true, rateWindowMs: 60_000, requestLogSize: 100 })));
afterAll(() => h.close());
beforeEach(() => h.admin("POST", "/_emulator/reset"));

/** Sends raw bytes on a fresh connection; resolves with whatever came back before the server closed it or 3 s passed. */
function raw(bytes: string | Buffer): Promise<string> {
  const url = new URL(h.srv.url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const s = connect(Number(url.port), url.hostname, () => s.write(bytes));
    const done = () => resolve(Buffer.concat(chunks).toString("latin1"));
    s.on("data", (c) => chunks.push(c));
    s.on("close", done);
    s.on("error", done);
    s.setTimeout(3_000, () => s.destroy());
  });
}
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe("1. one normalised path for the limiter and the router", () => {
  test("doubled slashes route to the same endpoint and count against the same limit", async () => {
    const id = (await h.call("POST", "/v3//projects", minimalProject())).body.data._id;
    expect((await h.call("GET", `//v3//projects//${id}/`)).body.data._id).toBe(id);
    for (let i = 0; i < 98; i++) expect((await h.call("GET", i % 2 ? "/v3/projects" : "/v3//projects")).status).toBe(200);
    const refused = [await h.call("PUT", `/v3//projects/${id}`, { name: "x" }), await h.call("POST", "//v3/projects", minimalProject("y"))];
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    for (let i = 0; i < 50; i++) expect((await h.call("GET", "/v3/project-flows/")).status).toBe(200);
    expect((await h.call("POST", "/v2//project-flows", { project: id, type: "onboarding" })).status).toBe(429);
  });
});

describe("2. validation errors stay small", () => {
  test("details[] is capped at 50 with a truncated marker and the total", async () => {
    const r = await h.call("POST", "/v3/projects", { ...minimalProject(), allowedCountries: Array.from({ length: 3_000 }, (_, i) => `Nowhere ${i}`) });
    expect(r.status).toBe(409);
    expect(r.body.details).toHaveLength(50);
    expect(r.body).toMatchObject({ code: "MissingParameter", truncated: true, detailsTotal: 3_000 });
    expect(r.body.details[0]).toEqual({ field: "allowedCountries.0", message: expect.any(String) });
    expect(JSON.stringify(r.body).length).toBeLessThan(10_000);
    const few = await h.call("POST", "/v3/projects", { ...minimalProject(), allowedCountries: ["Nowhere"] });
    expect(few.body.details).toHaveLength(1);
    expect(few.body.truncated).toBeUndefined();
  });

  test("a 0.9 MB body of 450,000 invalid countries gets a 400 of under 1 KB naming the field", async () => {
    const body = JSON.stringify({ ...minimalProject(), allowedCountries: Array.from({ length: 450_000 }, () => 0) });
    expect(body.length).toBeGreaterThan(900_000);
    const r = await h.call("POST", "/v3/projects", undefined, { raw: body });
    expect(r.status).toBe(400);
    expect(r.body.details).toEqual([{ field: "allowedCountries", message: "the request body holds more than 5000 values" }]);
    expect(JSON.stringify(r.body).length).toBeLessThan(1_000);
  });
});

describe("3. the request log is a bounded ring", () => {
  test("it keeps the newest --request-log-size entries, 401s included, with long query strings cut", async () => {
    const long = "q".repeat(5_000);
    for (let i = 0; i < 150; i++) await h.call("GET", `/v3/projects?i=${i}&junk=${long}`, undefined, { token: null });
    const log = (await h.admin("GET", "/_emulator/requests")).body.data;
    expect(log).toHaveLength(100);
    expect(log[0].query.i).toBe("50");
    expect(log[99]).toMatchObject({ status: 401, query: { i: "149" } });
    expect(log[99].query.junk.length).toBeLessThanOrEqual(513);
    expect(JSON.stringify(log).length).toBeLessThan(100 * 1_200);
  });
});

describe("4. deep JSON is a 400 naming the field, not a 500", () => {
  const nest = (levels: number) => {
    let v: unknown = "leaf";
    for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };

  test("additionalFields, documentTemplates and emailTemplates nested thousands of levels deep", async () => {
    const created = await h.call("POST", "/v3/projects", { ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() });
    const flowId = created.body.data.projectFlows;
    const cases: [string, string, unknown, string][] = [
      ["POST", "/v3/projects", { ...minimalProject("deep"), projectFlowType: "onboarding", projectFlow: { ...readyFlow(), additionalFields: [nest(2_000)] } }, "projectFlow.additionalFields.0.0.a.0"],
      ["PUT", `/v3/project-flows/${flowId}`, { documents: { documentTypes: [{ country: "United States", configurations: [{ documentCategory: "passport", documentTemplates: [nest(2_000)] }] }] } }, "documents.documentTypes.0.configurations.0.documentTemplates.0.0.a"],
      ["PUT", `/v3/project-flows/${flowId}`, { emailTemplates: { en: nest(4_000) } }, "emailTemplates.en.0.a.0"],
    ];
    for (const [method, path, body, field] of cases) {
      const r = await h.call(method, path, body);
      expect([r.status, r.body.code]).toEqual([400, "BadRequest"]);
      expect(r.body.details).toEqual([{ field: expect.stringMatching(new RegExp(`^${field.replace(/\./g, "\\.")}`)), message: "is nested deeper than 32 levels" }]);
    }
    expect((await h.call("GET", `/v3/project-flows/${flowId}`)).status).toBe(200);
    expect((await h.call("PUT", `/v3/project-flows/${flowId}`, { emailTemplates: { en: { subject: "Hi", extra: nest(20) } } })).status).toBe(200);
  });
});

describe("5. every request gets an HTTP answer", () => {
  test.each([
    ["//", 404],
    ["//:99999/v3/projects", 404],
    ["//example.com/v3/projects", 404],
    ["/v3/projects/%zz", 401],
    ["http://[::1/v3/projects", 400],
    ["*", 400],
    ["/?%%%&&=", 404],
  ])("GET %s answers %i", async (target, status) => {
    expect(statusOf(await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`))).toBe(status);
  });

  test("an X-Emulator-Token of the right length with a non-ASCII byte is a 401", async () => {
    const token = Buffer.from(h.srv.adminToken, "latin1");
    token[3] = 0xe9;
    const head = Buffer.from("GET /_emulator/requests HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Emulator-Token: ", "latin1");
    const answer = await raw(Buffer.concat([head, token, Buffer.from("\r\n\r\n")]));
    expect(statusOf(answer)).toBe(401);
  });
});

describe("doubtful points, decided against the API docs", () => {
  test("a token without exp is refused (the API's tokens always expire); one with exp works", async () => {
    const key = new TextEncoder().encode(h.secret);
    const noExp = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("alice").setIssuedAt().sign(key);
    const withExp = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("alice").setIssuedAt().setExpirationTime("30d").sign(key);
    const refused = await h.call("GET", "/v3/projects", undefined, { token: noExp });
    expect([refused.status, refused.body]).toEqual([401, expect.objectContaining({ code: "Forbidden", message: "Access forbidden" })]);
    expect((await h.call("GET", "/v3/projects", undefined, { token: withExp })).status).toBe(200);
  });

  test("an id in upper case names the same object (an ObjectId's hex is case-insensitive); answers use lower case", async () => {
    const created = (await h.call("POST", "/v3/projects", { ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() })).body.data;
    const [id, flowId] = [created._id as string, created.projectFlows as string];
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    const got = await h.call("GET", `/v3/projects/${id.toUpperCase()}`);
    expect([got.status, got.body.data._id]).toEqual([200, id]);
    expect((await h.call("PUT", `/v3/projects/${id.toUpperCase()}`, { name: "Renamed" })).body.data._id).toBe(id);
    expect((await h.call("GET", `/v3/project-flows/${flowId.toUpperCase()}`)).body.data._id).toBe(flowId);
    expect((await h.call("DELETE", `/v3/projects/${id.toUpperCase()}`)).status).toBe(200);
    expect((await h.call("GET", `/v3/projects/${id}`)).status).toBe(404);
  });
});

describe("a client that goes away mid-body", () => {
  test("is logged with status 0, quietly, and the server keeps answering", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const url = new URL(h.srv.url);
      await new Promise<void>((resolve) => {
        const s = connect(Number(url.port), url.hostname, () => {
          s.write(`PUT /v3/projects/${"a".repeat(24)} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${h.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":`);
          setTimeout(() => s.destroy(), 100);
        });
        s.on("close", () => resolve());
      });
      await new Promise((r) => setTimeout(r, 200));
      expect((await h.call("GET", "/v3/projects")).status).toBe(200);
      const log = (await h.admin("GET", "/_emulator/requests")).body.data;
      expect(log.find((e: { method: string }) => e.method === "PUT")).toMatchObject({ status: 0, user: "alice" });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
