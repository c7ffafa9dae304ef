/** P1–P5 over real HTTP: envelopes, quirks, partial updates, lifecycle, filters and isolation. */
import { LEGACY_BRANDING_DEFAULTS, V3_BRANDING_DEFAULTS } from "../../src/model";
import { harness, minimalProject, readyFlow, type Harness } from "./support";

let h: Harness;
beforeAll(async () => (h = await harness()));
afterAll(() => h.close());
beforeEach(() => h.admin("POST", "/_emulator/reset"));

const create = async (body: Record<string, unknown> = minimalProject()) => {
  const r = await h.call("POST", "/v3/projects", body);
  expect(r.status).toBe(201);
  return r.body.data;
};

describe("P1 create", () => {
  test("201 with server defaults, legacy branding and projectFlows null", async () => {
    const d = await create();
    expect(d).toMatchObject({
      name: "My KYC Project", identifier: null, status: "draft", currentStep: 0, lastStep: 0, demoMode: false, demoOTP: null,
      defaultLanguage: "en", target: "personal", version: 2, projectFlows: null, branding: LEGACY_BRANDING_DEFAULTS,
    });
    expect(d.dataProtection.address2).toBe("");
    expect(d.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
  test("unknown and server-owned keys are ignored", async () => {
    const d = await create({ ...minimalProject(), _id: "0123456789abcdef01234567", version: 9, hello: "x" });
    expect(d._id).not.toBe("0123456789abcdef01234567");
    expect(d.version).toBe(2);
    expect(d).not.toHaveProperty("hello");
  });
  test("demo mode generates a 6-digit OTP shown on write, null on GET, absent on list", async () => {
    const d = await create({ ...minimalProject(), demoMode: true });
    expect(d.demoOTP).toMatch(/^\d{6}$/);
    expect((await h.call("GET", `/v3/projects/${d._id}`)).body.data.demoOTP).toBeNull();
    expect((await h.call("GET", "/v3/projects")).body.data[0]).not.toHaveProperty("demoOTP");
  });
  test("duplicate name for the same user → 409 Conflict; another user may reuse it", async () => {
    await create();
    const dup = await h.call("POST", "/v3/projects", minimalProject());
    expect([dup.status, dup.body.code]).toEqual([409, "Conflict"]);
    const other = await h.call("POST", "/v3/projects", minimalProject(), { token: await h.tokenFor("bob") });
    expect(other.status).toBe(201);
  });
  test("validation errors map to 400 / 409 MissingParameter / 422 with details naming each field", async () => {
    const missing = await h.call("POST", "/v3/projects", { ...minimalProject(), dataProtection: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ message: "Invalid request body", code: "BadRequest", status: 400, details: [{ field: "dataProtection", message: "dataProtection is required" }] });
    const country = await h.call("POST", "/v3/projects", { ...minimalProject(), allowedCountries: ["Atlantis"] });
    expect(country.body).toMatchObject({ code: "MissingParameter", status: 409, message: "Country not supported. contact support to help you include your country to our list." });
    expect(country.body.details).toEqual([{ field: "allowedCountries.0", message: expect.stringContaining('"Atlantis"') }]);
    const email = await h.call("POST", "/v3/projects", { ...minimalProject(), contactEmail: "not-an-email" });
    expect([email.status, email.body.code, email.body.message]).toEqual([409, "MissingParameter", 'contactEmail must be a valid email address, but "not-an-email" was provided']);
    const range = await h.call("POST", "/v3/projects", { ...minimalProject(), projectFlowType: "onboarding", projectFlow: { ...readyFlow(), liveness: { minScore: 0.95 } } });
    expect(range.status).toBe(422);
    expect(range.body).toMatchObject({ code: "UnprocessableEntity", message: "Project flow validation failed" });
    expect(range.body.details).toEqual([{ field: "projectFlow.liveness.minScore", message: "minScore must be between 0.52 and 0.9, but 0.95 was provided" }]);
    const rule = await h.call("POST", "/v3/projects", { ...minimalProject(), projectFlowType: "onboarding", projectFlow: { ...readyFlow(), documents: { ...readyFlow().documents, verificationMethods: [] } } });
    expect(rule.body.details).toEqual([{ field: "projectFlow.documents.verificationMethods", message: expect.stringContaining("verificationMethods is required") }]);
    expect((await h.call("GET", "/v3/projects")).body.total).toBe(0);
  });
  test("status active on create needs a valid flow (Q1)", async () => {
    const r = await h.call("POST", "/v3/projects", { ...minimalProject(), status: "active" });
    expect(r.body).toMatchObject({ message: "project_flow_required", code: "Conflict", status: 409 });
    const ok = await h.call("POST", "/v3/projects", { ...minimalProject(), status: "active", projectFlowType: "onboarding", projectFlow: readyFlow() });
    expect([ok.status, ok.body.data.status]).toEqual([201, "active"]);
  });
});

describe("P3 get and P2 list", () => {
  test("GET returns v3 branding, populated projectFlows with redirect/webhook mirrors", async () => {
    const d = await create({ ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() });
    const g = (await h.call("GET", `/v3/projects/${d._id}`)).body.data;
    expect(g.branding).toEqual(V3_BRANDING_DEFAULTS);
    expect(g.projectFlows).toHaveLength(1);
    expect(g.projectFlows[0]._id).toBe(d.projectFlows);
    expect(g.projectFlows[0].redirectUrl).toBe("https://example.com/done");
    expect(g.projectFlows[0]).toHaveProperty("webhookUrl");
    expect(g.projectFlows[0].documents.documentTypes[0].configurations[0].documentTemplates).toEqual([]);
    expect(g.projectFlows[0].signUpForm).toEqual({ fullName: true, fullNameStyle: "separate", email: false, emailGateway: "none", phone: false, phoneGateway: "sms", showTermsAndConditions: false, showPrivacyNotice: false, allowAdditionalFields: false, additionalFields: [] });
  });
  test("a project without a flow has projectFlows [] on GET", async () => {
    const d = await create();
    expect((await h.call("GET", `/v3/projects/${d._id}`)).body.data.projectFlows).toEqual([]);
  });
  test("bad id → 400 InvalidParameter on GET, BadRequest on PUT/DELETE; unknown id → 404", async () => {
    expect((await h.call("GET", "/v3/projects/nope")).body).toEqual({ message: "Invalid project ID format", code: "InvalidParameter" });
    expect((await h.call("PUT", "/v3/projects/nope", {})).body).toMatchObject({ message: "Invalid project ID format", code: "BadRequest", status: 400 });
    expect((await h.call("DELETE", "/v3/projects/nope")).body).toMatchObject({ message: "Invalid project ID format", code: "BadRequest" });
    for (const m of ["GET", "PUT", "DELETE"]) {
      const r = await h.call(m, "/v3/projects/0123456789abcdef01234567", m === "PUT" ? {} : undefined);
      expect([r.status, r.body]).toEqual([404, { message: "Project not found", code: "NotFound" }]);
    }
  });
  test("pagination, newest first, pages past the end, limit bounds", async () => {
    for (let i = 0; i < 25; i++) await create(minimalProject(`P${String(i).padStart(2, "0")}`));
    const p1 = (await h.call("GET", "/v3/projects")).body;
    expect([p1.total, p1.limit, p1.page, p1.pages, p1.data.length]).toEqual([25, 10, 1, 3, 10]);
    expect(p1.data[0].name).toBe("P24");
    const p3 = (await h.call("GET", "/v3/projects?page=3")).body;
    expect(p3.data.map((p: any) => p.name)).toEqual(["P04", "P03", "P02", "P01", "P00"]);
    const past = (await h.call("GET", "/v3/projects?page=9&limit=100")).body;
    expect([past.data, past.total, past.pages]).toEqual([[], 25, 1]);
    for (const bad of ["0", "101", "abc"]) {
      const r = await h.call("GET", `/v3/projects?limit=${bad}`);
      expect([r.status, r.body.code, r.body.message]).toEqual([409, "MissingParameter", "Invalid parameter: limit must be between 1 and 100"]);
    }
  });
  test("filters like_name, where_status, where_target, in_status[] combine with AND", async () => {
    const a = await create(minimalProject("KYC Alpha"));
    await create({ ...minimalProject("kyc beta"), target: "business" });
    await create(minimalProject("Other"));
    await h.call("PUT", `/v3/projects/${a._id}`, { status: "paused" });
    const names = async (q: string) => (await h.call("GET", `/v3/projects?${q}`)).body.data.map((p: any) => p.name).sort();
    expect(await names("like_name=KYC")).toEqual(["KYC Alpha", "kyc beta"]);
    expect(await names("like_name=%25")).toEqual([]);
    expect(await names("where_status=draft")).toEqual(["Other", "kyc beta"]);
    expect(await names("where_target=business")).toEqual(["kyc beta"]);
    expect(await names("in_status[]=paused&in_status[]=active")).toEqual(["KYC Alpha"]);
    expect(await names("where_status=draft&like_name=kyc")).toEqual(["kyc beta"]);
  });
});

describe("P4 update", () => {
  test("envelope has top-level status completed; objects merge, arrays replace, null clears", async () => {
    const d = await create();
    const r = await h.call("PUT", `/v3/projects/${d._id}`, {
      allowedCountries: ["Canada", "Mexico"], dataProtection: { city: "Toronto", address2: "Suite 2" }, branding: { backgroundColor: "#1a365d", bgColor: "#000000", txtColor: "#111111" },
    });
    expect(r.body.status).toBe("completed");
    expect(r.body.data.branding).toEqual({ ...LEGACY_BRANDING_DEFAULTS, bgColor: "#1a365d", txtColor: "#111111" });
    let g = (await h.call("GET", `/v3/projects/${d._id}`)).body.data;
    expect(g.allowedCountries).toEqual(["Canada", "Mexico"]);
    expect(g.dataProtection).toEqual({ ...d.dataProtection, city: "Toronto", address2: "Suite 2" });
    expect(g.branding).toMatchObject({ backgroundColor: "#1a365d", textColor: "#111111", buttonColor: "#B2BDD3" });
    await h.call("PUT", `/v3/projects/${d._id}`, { dataProtection: { address2: null }, branding: { backgroundColor: null }, identifier: "my-kyc" });
    g = (await h.call("GET", `/v3/projects/${d._id}`)).body.data;
    expect([g.dataProtection.address2, g.branding.backgroundColor, g.identifier]).toEqual(["", "#01236D", "my-kyc"]);
  });
  test("target cannot change on update (Q18); renaming onto a taken name is 409", async () => {
    const d = await create();
    await create(minimalProject("Taken"));
    await h.call("PUT", `/v3/projects/${d._id}`, { target: "business" });
    expect((await h.call("GET", `/v3/projects/${d._id}`)).body.data.target).toBe("personal");
    expect((await h.call("PUT", `/v3/projects/${d._id}`, { name: "Taken" })).body.code).toBe("Conflict");
    expect((await h.call("PUT", `/v3/projects/${d._id}`, { name: "My KYC Project" })).status).toBe(200);
  });
  test("projectFlow upserts the flow; the whole merged flow is validated (422 leaves nothing changed)", async () => {
    const d = await create();
    const first = await h.call("PUT", `/v3/projects/${d._id}`, { projectFlow: { target: "personal", type: "onboarding", liveness: { minScore: 0.7 } }, projectFlowType: "onboarding" });
    expect(first.body.data.projectFlows).toMatch(/^[0-9a-f]{24}$/);
    const bad = await h.call("PUT", `/v3/projects/${d._id}`, { name: "Renamed", projectFlow: { steps: { document: "mandatory" } } });
    expect(bad.status).toBe(422);
    expect(bad.body.details.map((x: any) => x.field)).toEqual(["projectFlow.documents.verificationMethods", "projectFlow.documents.documentTypes"]);
    const g = (await h.call("GET", `/v3/projects/${d._id}`)).body.data;
    expect([g.name, g.projectFlows[0].steps.document, g.projectFlows[0].liveness.minScore]).toEqual(["My KYC Project", "skip", 0.7]);
  });
  test("source API needs apiUrl, apiTestType and apiTestValue", async () => {
    const d = await create();
    const r = await h.call("PUT", `/v3/projects/${d._id}`, { projectFlow: { integrations: { source: "API", strategy: "blacklist" } } });
    expect(r.status).toBe(422);
    expect(r.body.details.map((x: any) => x.field)).toEqual(["projectFlow.integrations.apiUrl", "projectFlow.integrations.apiTestValue"]);
  });
});

describe("lifecycle and P5 delete", () => {
  test("draft → active ⇄ paused; activation needs a flow with a redirect URL; no way back to draft", async () => {
    const d = await create();
    const noFlow = await h.call("PUT", `/v3/projects/${d._id}`, { status: "active" });
    expect(noFlow.body).toMatchObject({ message: "project_flow_required", code: "Conflict", status: 409 });
    await h.call("PUT", `/v3/projects/${d._id}`, { projectFlow: { ...readyFlow(), integrations: { redirectUrl: "" } }, projectFlowType: "onboarding" });
    const noRedirect = await h.call("PUT", `/v3/projects/${d._id}`, { status: "active", projectFlow: { status: "active" } });
    expect(noRedirect.body).toMatchObject({ message: "project_flow_required", details: [{ field: "projectFlow.integrations.redirectUrl" }] });
    await h.call("PUT", `/v3/projects/${d._id}`, { projectFlow: { integrations: { redirectUrl: "https://example.com/done" } } });
    expect((await h.call("PUT", `/v3/projects/${d._id}`, { status: "active", projectFlow: { status: "active" } })).body.data.status).toBe("active");
    const del = await h.call("DELETE", `/v3/projects/${d._id}`);
    expect([del.status, del.body]).toEqual([409, { message: "Cannot delete project with active flows", code: "Conflict", status: 409, timestamp: expect.any(String) }]);
    expect((await h.call("PUT", `/v3/projects/${d._id}`, { status: "draft" })).status).toBe(409);
    expect((await h.call("PUT", `/v3/projects/${d._id}`, { status: "paused" })).body.data.status).toBe("paused");
    expect((await h.call("DELETE", `/v3/projects/${d._id}`)).status).toBe(409); // the flow is still active
    await h.call("PUT", `/v3/projects/${d._id}`, { projectFlow: { status: "paused" } });
    expect((await h.call("PUT", `/v3/projects/${d._id}`, { status: "active" })).body.data.status).toBe("active");
    await h.call("PUT", `/v3/projects/${d._id}`, { status: "paused" });
    const ok = await h.call("DELETE", `/v3/projects/${d._id}`);
    expect(ok.body).toEqual({ data: { _id: d._id, name: "My KYC Project", status: "deleted" } });
    expect((await h.call("GET", `/v3/projects/${d._id}`)).status).toBe(404);
  });
  test("delete cascades to flows", async () => {
    const d = await create({ ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() });
    expect((await h.call("GET", `/v3/project-flows/${d.projectFlows}`)).status).toBe(200);
    expect((await h.call("DELETE", `/v3/projects/${d._id}`)).status).toBe(200);
    expect((await h.call("GET", `/v3/project-flows/${d.projectFlows}`)).status).toBe(404);
    expect((await h.call("GET", "/v3/project-flows")).body.pagination.total).toBe(0);
  });
});

describe("isolation", () => {
  test("another user's project and flow are 404 everywhere and never listed", async () => {
    const d = await create({ ...minimalProject(), projectFlowType: "onboarding", projectFlow: readyFlow() });
    const bob = { token: await h.tokenFor("bob") };
    for (const [m, p, b] of [
      ["GET", `/v3/projects/${d._id}`], ["PUT", `/v3/projects/${d._id}`, { name: "x" }], ["DELETE", `/v3/projects/${d._id}`],
      ["GET", `/v3/project-flows/${d.projectFlows}`], ["PUT", `/v3/project-flows/${d.projectFlows}`, {}], ["DELETE", `/v3/project-flows/${d.projectFlows}`],
      ["POST", "/v3/project-flows", { project: d._id, type: "onboarding", name: "steal" }],
    ] as [string, string, unknown?][]) {
      expect([m, p, (await h.call(m, p, b, bob)).status]).toEqual([m, p, 404]);
    }
    expect((await h.call("GET", "/v3/projects", undefined, bob)).body).toMatchObject({ data: [], total: 0 });
    expect((await h.call("GET", "/v3/project-flows", undefined, bob)).body.data).toEqual([]);
    expect((await h.call("GET", `/v3/projects/${d._id}`)).body.data.name).toBe("My KYC Project");
  });
});
