import { ConflictError, NotFoundError, ValidationError } from "../../src/client";
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
    addApiError(d, err, "Error Updating Project Flow", { attributes: flowSchema().attributes, fieldPrefix: "projectFlow" });
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
      attributes: flowSchema().attributes,
    });
    expect(d.errors()[0].path).toBeUndefined();
  });

  test("other failures keep the API's message", () => {
    const d = new Diagnostics();
    addApiError(d, new NotFoundError("GET /v3/projects/x: 404 NotFound: Project not found", { method: "GET", path: "/v3/projects/x", status: 404 }), "Error Reading Project");
    expect(d.errors()[0]).toMatchObject({ summary: "Error Reading Project", detail: "GET /v3/projects/x: 404 NotFound: Project not found" });
  });
});
