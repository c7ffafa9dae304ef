import { ConflictError, NetworkError, NotFoundError, RateLimitedError, ValidationError } from "../../src/client";
import { Diagnostics } from "../../src/plugin";
import { addApiError, hasAttribute, pathFromApiField } from "../../src/provider/errors";
import { flowSchema } from "../../src/provider/schemas/flow";

const req = { method: "PUT", path: "/v3/projects/p1" };

describe("API errors become diagnostics", () => {
  test("422 details land on the named attribute, without the projectFlow prefix", () => {
    const d = new Diagnostics();
    const err = new ValidationError("PUT /v3/projects/p1: 422 UnprocessableEntity: Project flow validation failed", {
      ...req,
      status: 422,
      code: "UnprocessableEntity",
      details: [{ field: "projectFlow.documents.verificationMethods", message: "verificationMethods is required when documents step is not skipped" }],
    });
    addApiError(d, err, "Error Updating Project Flow", { connection: undefined, attributes: flowSchema().attributes, fieldPrefix: "projectFlow" });
    const [e] = d.errors();
    expect(e.path?.toString()).toBe("documents.verification_methods");
    expect(e.detail).toMatch(/^The API refused documents\.verification_methods: verificationMethods is required when documents step is not skipped/);
    expect(e.detail).toMatch(/Project flow validation failed/);
  });

  test("list indexes in a field path step into list elements; unknown fields become plain errors", () => {
    expect(pathFromApiField("documents.documentTypes.1.country").toString()).toBe("documents.document_types[1].country");
    expect(hasAttribute(flowSchema().attributes, pathFromApiField("documents.documentTypes.1.country"))).toBe(true);
    const d = new Diagnostics();
    addApiError(d, new ConflictError("409 Conflict: project_flow_required", { ...req, status: 409, details: [{ field: "somethingElse", message: "nope" }] }), "Error", {
      connection: undefined,
      attributes: flowSchema().attributes,
    });
    expect(d.errors()[0].path).toBeUndefined();
  });

  test("other failures keep the API's message", () => {
    const d = new Diagnostics();
    addApiError(d, new NotFoundError("GET /v3/projects/x: 404 NotFound: Project not found", { method: "GET", path: "/v3/projects/x", status: 404 }), "Error Reading Project", { connection: undefined });
    expect(d.errors()[0]).toMatchObject({ summary: "Error Reading Project", detail: "GET /v3/projects/x: 404 NotFound: Project not found" });
  });

  test("failures of the endpoint and the retries quote the provider's connection: the URL, what set it, max_retries", () => {
    const connection = { endpoint: { url: "http://127.0.0.1:9", setBy: "SMARTENROLL_BASE_URL" }, maxRetries: 2 };
    const refused = new NetworkError("connect ECONNREFUSED", { method: "GET", path: "/v3/projects", url: "http://127.0.0.1:9/v3/projects", code: "ECONNREFUSED" });
    const limited = new RateLimitedError("429", { method: "POST", path: "/v3/projects", status: 429 });
    const details = (connection?: object) =>
      [refused, limited].map((err) => {
        const d = new Diagnostics();
        addApiError(d, err, "Error", { connection });
        return d.errors()[0].detail;
      });
    const [where, retries] = details(connection);
    expect(where).toContain("Check http://127.0.0.1:9 (set by SMARTENROLL_BASE_URL): its host and port");
    expect(retries).toContain("raise max_retries in the provider block (now 2, at most");
    expect(details(undefined)[0]).toContain("Check the API: its host and port");
  });
});
