/** F1–F5 and `POST /v2/project-flows` over real HTTP. */
import { harness, minimalProject, readyFlow, type Harness } from "./support";

let h: Harness;
let project: string;
beforeAll(async () => (h = await harness()));
afterAll(() => h.close());
beforeEach(async () => {
  await h.admin("POST", "/_emulator/reset");
  project = (await h.call("POST", "/v3/projects", minimalProject())).body.data._id;
});

describe("F1 create", () => {
  test.each(["/v3/project-flows", "/v2/project-flows"])("POST %s → 200 {data} with server defaults", async (p) => {
    const r = await h.call("POST", p, { project, type: "onboarding", name: "Onboarding Estándar", description: "Flujo", liveness: { attemptLimit: 3, minScore: 0.7 } });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      project, type: "onboarding", name: "Onboarding Estándar", description: "Flujo", target: "personal", status: "draft", version: 3,
      liveness: { attemptLimit: 3, minScore: 0.7, searchMinScore: 0.8, searchMode: "FAST" }, steps: { document: "skip", liveness: "skip" },
      integrations: { redirectUrl: "", webhook: null, source: "NONE", strategy: "none", apiUrl: "", apiTestType: "email", apiTestValue: "" },
    });
    expect(r.body.data._id).toMatch(/^[0-9a-f]{24}$/);
  });
  test("errors: bad project id 400, unknown project 404, missing name 400, rules 422", async () => {
    expect((await h.call("POST", "/v3/project-flows", { project: "123", type: "onboarding", name: "x" })).body).toMatchObject({ message: "Invalid project ID format", code: "BadRequest" });
    expect((await h.call("POST", "/v3/project-flows", { project: "0123456789abcdef01234567", type: "onboarding", name: "x" })).body).toEqual({ message: "Project not found", code: "NotFound" });
    const missing = await h.call("POST", "/v3/project-flows", { project, type: "onboarding" });
    expect([missing.status, missing.body.details]).toEqual([400, [{ field: "name", message: "name is required" }]]);
    // Q10: the Spanish example (document step mandatory without documentTypes) fails the rule
    const es = await h.call("POST", "/v3/project-flows", {
      project, type: "onboarding", name: "Onboarding Estándar", documents: { attemptLimit: 5, verificationMethods: ["SCAN_PROMPT"] }, steps: { document: "mandatory", liveness: "mandatory" },
    });
    expect([es.status, es.body.code, es.body.details]).toEqual([422, "UnprocessableEntity", [{ field: "documents.documentTypes", message: expect.stringContaining("documentTypes is required") }]]);
  });
});

describe("F2 list, F3 get", () => {
  test("list: summaries, pagination{page, perPage, total}, filters type and status", async () => {
    for (const name of ["A", "B", "C"]) await h.call("POST", "/v3/project-flows", { project, type: name === "C" ? "login" : "onboarding", name });
    const r = (await h.call("GET", "/v3/project-flows?perPage=2")).body;
    expect(r.pagination).toEqual({ page: 1, perPage: 2, total: 3 });
    expect(r.data.map((f: any) => f.name)).toEqual(["C", "B"]);
    expect(r.data[0]).not.toHaveProperty("documents");
    expect((await h.call("GET", "/v3/project-flows?type=login")).body.data.map((f: any) => f.name)).toEqual(["C"]);
    expect((await h.call("GET", "/v3/project-flows?status=active")).body.data).toEqual([]);
    expect((await h.call("GET", "/v3/project-flows?page=2&perPage=2")).body.data.map((f: any) => f.name)).toEqual(["A"]);
  });
  test("list: perPage falls back to limit; a page size or page out of range is 409 MissingParameter", async () => {
    for (const name of ["A", "B"]) await h.call("POST", "/v3/project-flows", { project, type: "onboarding", name });
    expect((await h.call("GET", "/v3/project-flows?limit=1")).body.pagination).toEqual({ page: 1, perPage: 1, total: 2 });
    for (const [q, name, max] of [["perPage=101", "perPage", 100], ["limit=0", "limit", 100], ["page=x", "page", Number.MAX_SAFE_INTEGER]] as const) {
      const r = await h.call("GET", `/v3/project-flows?${q}`);
      expect([r.status, r.body.code, r.body.message]).toEqual([409, "MissingParameter", `Invalid parameter: ${name} must be between 1 and ${max}`]);
    }
  });
  test("get: full flow; bad id 400; unknown 404", async () => {
    const id = (await h.call("POST", "/v3/project-flows", { project, type: "onboarding", name: "A" })).body.data._id;
    expect((await h.call("GET", `/v3/project-flows/${id}`)).body.data).toMatchObject({ _id: id, project, name: "A", signUpForm: { fullName: true } });
    expect((await h.call("GET", "/v3/project-flows/xyz")).body).toEqual({ message: "Invalid project flow ID format", code: "BadRequest" });
    expect((await h.call("GET", "/v3/project-flows/0123456789abcdef01234567")).body).toEqual({ message: "Project flow not found", code: "NotFound" });
  });
});

describe("F4 update", () => {
  test("the page's example: documents merged key by key, arrays replaced, documentTemplates added", async () => {
    const id = (await h.call("POST", "/v3/project-flows", { project, type: "onboarding", name: "A", documents: { informationVerification: true, screening: true } })).body.data._id;
    const r = await h.call("PUT", `/v3/project-flows/${id}`, {
      documents: { attemptLimit: 5, criminalHistoryVerification: true, verificationMethods: ["SCAN_PROMPT"], documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "government_id" }] }] },
    });
    expect(r.status).toBe(200);
    expect(r.body.data).not.toHaveProperty("project");
    expect(r.body.data.documents).toEqual({
      attemptLimit: 5, criminalHistoryVerification: true, informationVerification: true, screening: true, verificationMethods: ["SCAN_PROMPT"],
      documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "government_id", documentTemplates: [] }] }],
    });
  });
  test("rules on the merged configuration: ranges, document step, API source; nothing written on 422", async () => {
    const id = (await h.call("POST", "/v3/project-flows", { project, type: "onboarding", name: "A" })).body.data._id;
    const r = await h.call("PUT", `/v3/project-flows/${id}`, { liveness: { attemptLimit: 9, searchMinScore: 0.6 }, steps: { document: "optional" }, integrations: { source: "API" } });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "UnprocessableEntity", message: "Project flow validation failed", status: 422 });
    expect(r.body.details).toEqual([
      { field: "liveness.attemptLimit", message: "attemptLimit must be an integer between 1 and 5, but 9 was provided" },
      { field: "liveness.searchMinScore", message: "searchMinScore must be between 0.7 and 0.95, but 0.6 was provided" },
    ]);
    const r2 = await h.call("PUT", `/v3/project-flows/${id}`, { steps: { document: "optional" }, integrations: { source: "API" } });
    expect(r2.body.details.map((d: any) => d.field)).toEqual(["documents.verificationMethods", "documents.documentTypes", "integrations.apiUrl", "integrations.apiTestValue"]);
    expect((await h.call("GET", `/v3/project-flows/${id}`)).body.data.steps.document).toBe("skip");
  });
  test("activating a flow needs a redirect URL; F5 deletes it and it leaves the project", async () => {
    const d = (await h.call("PUT", `/v3/projects/${project}`, { projectFlow: { ...readyFlow(), integrations: { redirectUrl: "" } }, projectFlowType: "onboarding" })).body.data;
    const act = await h.call("PUT", `/v3/project-flows/${d.projectFlows}`, { status: "active" });
    expect(act.body).toMatchObject({ code: "Conflict", message: "project_flow_required", details: [{ field: "integrations.redirectUrl" }] });
    const ok = await h.call("PUT", `/v3/project-flows/${d.projectFlows}`, { status: "active", integrations: { redirectUrl: "https://example.com/x" } });
    expect([ok.body.data.status, ok.body.data.redirectUrl]).toEqual(["active", "https://example.com/x"]);
    expect((await h.call("PUT", `/v3/project-flows/${d.projectFlows}`, { status: "draft" })).status).toBe(409);
    const del = await h.call("DELETE", `/v3/project-flows/${d.projectFlows}`);
    expect(del.body).toEqual({ data: { _id: d.projectFlows, type: "onboarding", target: "personal", status: "deleted" } });
    expect((await h.call("GET", `/v3/projects/${project}`)).body.data.projectFlows).toEqual([]);
    expect((await h.call("DELETE", `/v3/project-flows/${d.projectFlows}`)).status).toBe(404);
  });
});
