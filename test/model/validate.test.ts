import {
  API_NAMING,
  FLOW_SECTION_DEFAULTS,
  LEGACY_BRANDING_DEFAULTS,
  brandingLegacyView,
  brandingPatch,
  defaultBranding,
  flowConfigInput,
  issueMessage,
  issueStatus,
  livenessInput,
  projectCreateInput,
  type ModelIssue,
} from "../../src/model";
import * as model from "../../src/model";

/** Issues with the API's message (what the server answers), for comparison. */
const shown = (issues: ModelIssue[]) => issues.map((i) => ({ path: i.path, status: i.status, message: issueMessage(i, API_NAMING) }));
const validateFlow = (v: unknown) => shown(model.validateFlow(v));
const validateFlowCreate = (v: unknown) => shown(model.validateFlowCreate(v));
const validateProjectCreate = (v: unknown) => shown(model.validateProjectCreate(v));
const validateProjectUpdate = (v: unknown) => shown(model.validateProjectUpdate(v));
const validateBranding = (v: unknown) => shown(model.validateBranding(v));
const validateActivation = (v: Parameters<typeof model.validateActivation>[0]) => shown(model.validateActivation(v));

const minimal = {
  name: "My KYC Project",
  allowedCountries: ["United States"],
  contactEmail: "admin@example.com",
  privacyUrl: "https://example.com/privacy",
  termsAndConditionsUrl: "https://example.com/terms",
  dataProtection: { name: "John Doe", email: "dpo@example.com", address: "123 Main St", city: "New York", country: "United States", postalCode: "10001" },
};
const goodDocs = {
  attemptLimit: 3,
  verificationMethods: ["scan", "upload"],
  documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "government_id", documentTemplates: [] }] }],
};

describe("ranges", () => {
  test.each([
    [{ liveness: { minScore: 0.95 } }, ["liveness", "minScore"], "minScore must be between 0.52 and 0.9, but 0.95 was provided"],
    [{ liveness: { minScore: 0.5 } }, ["liveness", "minScore"], "minScore must be between 0.52 and 0.9, but 0.5 was provided"],
    [{ liveness: { searchMinScore: 0.65 } }, ["liveness", "searchMinScore"], "searchMinScore must be between 0.7 and 0.95, but 0.65 was provided"],
    [{ liveness: { attemptLimit: 6 } }, ["liveness", "attemptLimit"], "attemptLimit must be an integer between 1 and 5, but 6 was provided"],
    [{ documents: { attemptLimit: 2.5 } }, ["documents", "attemptLimit"], "attemptLimit must be an integer between 1 and 5, but 2.5 was provided"],
    [{ documents: { attemptLimit: 0 } }, ["documents", "attemptLimit"], "attemptLimit must be an integer between 1 and 5, but 0 was provided"],
  ])("%j → 422 at its path", (flow, path, message) => {
    expect(validateFlow(flow)).toEqual([{ path, message, status: 422 }]);
  });
  test("bounds are inclusive", () => {
    expect(validateFlow({ liveness: { minScore: 0.52, searchMinScore: 0.95, attemptLimit: 1 }, documents: { attemptLimit: 5 } })).toEqual([]);
    expect(validateFlow({ liveness: { minScore: 0.9, searchMinScore: 0.7 } })).toEqual([]);
  });
});

describe("enums", () => {
  test("enum violations name the allowed values", () => {
    expect(validateFlow({ liveness: { searchMode: "SLOW" }, signUpForm: { phoneGateway: "pigeon" } })).toEqual([
      { path: ["signUpForm", "phoneGateway"], status: 422, message: 'phoneGateway must be one of "sms", "whatsapp", "both", "none", but "pigeon" was provided' },
      { path: ["liveness", "searchMode"], status: 422, message: 'searchMode must be one of "FAST", "ACCURATE", but "SLOW" was provided' },
    ]);
  });
  test("verificationMethods accepts both documented sets", () => {
    expect(validateFlow({ documents: { verificationMethods: ["SCAN_ZERO", "SCAN_PROMPT", "SCAN_STUDIO", "scan", "upload"] } })).toEqual([]);
    expect(validateFlow({ documents: { verificationMethods: ["photo"] } })[0]).toMatchObject({ path: ["documents", "verificationMethods", 0], status: 422 });
  });
});

describe("project fields", () => {
  test("minimal create body is valid", () => expect(validateProjectCreate(minimal)).toEqual([]));
  test("missing required fields and wrong types are 400", () => {
    expect(validateProjectCreate({ ...minimal, name: 5, contactEmail: undefined })).toEqual([
      { path: ["name"], status: 400, message: "name must be a string, but number 5 was provided" },
      { path: ["contactEmail"], status: 400, message: "contactEmail is required" },
    ]);
    expect(validateProjectCreate({ ...minimal, dataProtection: { ...minimal.dataProtection, address: undefined } })).toEqual([
      { path: ["dataProtection", "address"], status: 400, message: "address is required" },
    ]);
  });
  test("format problems are 409", () => {
    expect(validateProjectCreate({ ...minimal, allowedCountries: ["United States", "Narnia"], contactEmail: "nope", privacyUrl: "ftp://x" })).toEqual([
      { path: ["allowedCountries", 1], status: 409, message: 'allowedCountries[1] must be a supported country name (for example "United States") or "All", but "Narnia" was provided' },
      { path: ["contactEmail"], status: 409, message: 'contactEmail must be a valid email address, but "nope" was provided' },
      { path: ["privacyUrl"], status: 409, message: 'privacyUrl must be an http(s) URL, but "ftp://x" was provided' },
    ]);
  });
  test("postal code 3–12 of [A-Za-z0-9 -]", () => {
    for (const ok of ["100", "M5H 2N2", "SW1A-1AA", "123456789012"]) expect(validateProjectUpdate({ dataProtection: { postalCode: ok } })).toEqual([]);
    for (const bad of ["12", "1234567890123", "10001!"])
      expect(validateProjectUpdate({ dataProtection: { postalCode: bad } })).toEqual([
        { path: ["dataProtection", "postalCode"], status: 409, message: `postalCode must be 3 to 12 letters, digits, spaces or hyphens, but "${bad}" was provided` },
      ]);
  });
  test("name is at most 60 characters", () => {
    expect(validateProjectUpdate({ name: "x".repeat(60) })).toEqual([]);
    expect(validateProjectUpdate({ name: "x".repeat(61) })).toEqual([{ path: ["name"], status: 422, message: expect.stringMatching(/^name must be at most 60 characters long, but "x+" was provided$/) }]);
  });
  test('"All" is a valid country; an empty list is not', () => {
    expect(validateProjectUpdate({ allowedCountries: ["All"] })).toEqual([]);
    expect(validateProjectUpdate({ allowedCountries: [] })).toEqual([
      { path: ["allowedCountries"], status: 422, message: "allowedCountries must be a list with at least one country, but an empty list was provided" },
    ]);
  });
  test("projectFlow requires projectFlowType, target and type on create", () => {
    expect(validateProjectCreate({ ...minimal, projectFlow: { target: "personal", type: "onboarding" } })).toEqual([
      { path: ["projectFlowType"], status: 400, message: "projectFlowType is required when projectFlow is sent" },
    ]);
    expect(validateProjectCreate({ ...minimal, projectFlowType: "onboarding", projectFlow: {} }).map((i) => i.message)).toEqual(["target is required", "type is required"]);
  });
  test("unknown keys are ignored", () => {
    expect(projectCreateInput.parse({ ...minimal, _id: "x", client: "y", hello: 1 })).not.toHaveProperty("hello");
  });
});

describe("branding", () => {
  test("hex colours, CSS names only for imageBackgroundColor", () => {
    expect(validateBranding({ backgroundColor: "#fff", buttonColor: "#2563eb", imageBackgroundColor: "white", image: "" })).toEqual([]);
    expect(validateBranding({ backgroundColor: "white", imageBackgroundColor: "#12" })).toEqual([
      { path: ["backgroundColor"], status: 409, message: 'backgroundColor must be a hex colour like #1a2b3c or #abc, but "white" was provided' },
      { path: ["imageBackgroundColor"], status: 409, message: 'imageBackgroundColor must be a hex colour like #f1f5f9 or a CSS colour name like "white", but "#12" was provided' },
    ]);
  });
  test("legacy keys map onto v3; v3 wins", () => {
    expect(brandingPatch({ bgColor: "#111111", backgroundColor: "#222222", txtColor: "#333333", rightImage: "https://x.test/i.png" })).toEqual({
      backgroundColor: "#222222", textColor: "#333333", image: "https://x.test/i.png",
    });
    expect(brandingLegacyView(defaultBranding())).toEqual(LEGACY_BRANDING_DEFAULTS);
  });
});

describe("cross-field rules", () => {
  test("document step not skipped needs methods, types and an active configuration per row", () => {
    const issues = validateFlow({
      steps: { document: "mandatory" },
      documents: { verificationMethods: [], documentTypes: [goodDocs.documentTypes[0], { country: "Canada", configurations: [{ active: false, documentCategory: "passport" }] }] },
    });
    expect(issues).toEqual([
      { path: ["documents", "verificationMethods"], status: 422, message: 'verificationMethods is required when steps.document is "mandatory": give at least one method, but an empty list was provided' },
      { path: ["documents", "documentTypes", 1, "configurations"], status: 422, message: 'documentTypes[1].configurations (Canada) needs at least one active configuration when steps.document is "mandatory", but none is active' },
    ]);
  });
  test("a skipped document step needs nothing; unknown (omitted) fields are not reported", () => {
    expect(validateFlow({ steps: { document: "skip" }, documents: { verificationMethods: [] } })).toEqual([]);
    expect(validateFlow({ steps: { document: "optional" } })).toEqual([]);
  });
  test("source API needs apiUrl, apiTestType and apiTestValue", () => {
    expect(validateFlow({ integrations: { source: "API", apiUrl: "", apiTestType: null, apiTestValue: "" } })).toEqual([
      { path: ["integrations", "apiUrl"], status: 422, message: 'apiUrl is required when integrations.source is "API", but "" was provided' },
      { path: ["integrations", "apiTestType"], status: 422, message: 'apiTestType is required when integrations.source is "API", but null was provided' },
      { path: ["integrations", "apiTestValue"], status: 422, message: 'apiTestValue is required when integrations.source is "API", but "" was provided' },
    ]);
    expect(validateFlow({ integrations: { source: "API", apiUrl: "https://api.example.com/check", apiTestType: "email", apiTestValue: "a@b.co" } })).toEqual([]);
  });
  test("activation needs a flow with a redirect URL", () => {
    expect(model.validateActivation(null)).toEqual([{ code: "flow_required", path: [], status: 409, params: {} }]);
    expect(validateActivation({ integrations: { redirectUrl: "" } })).toEqual([{ path: ["integrations", "redirectUrl"], status: 409, message: "redirectUrl is required to activate, but it is empty" }]);
    expect(validateActivation({ integrations: { redirectUrl: "https://example.com/done" }, steps: { document: "mandatory" }, documents: goodDocs })).toEqual([]);
    expect(validateProjectCreate({ ...minimal, status: "active" })).toEqual([{ path: ["projectFlow"], status: 409, message: "projectFlow is required to activate a project, but the project has no flow" }]);
  });
  test("F1 body needs a valid project id", () => {
    expect(validateFlowCreate({ project: "nope", type: "onboarding", name: "F" })).toEqual([
      { path: ["project"], status: 400, message: 'project must be a 24-character hexadecimal id, but "nope" was provided' },
    ]);
  });
});

describe("classification and metadata", () => {
  test("issueStatus classifies raw zod issues", () => {
    const r = livenessInput.safeParse({ minScore: "high" });
    expect(r.success || issueStatus(r.error.issues[0])).toBe(400);
  });
  test("every flow field carries a description for docs", () => {
    for (const section of ["signUpForm", "documents", "liveness", "steps", "integrations"] as const) {
      const shape = (flowConfigInput.shape[section].unwrap().unwrap() as unknown as { shape: Record<string, { description?: string }> }).shape;
      for (const s of Object.values(shape)) expect(s.description).toBeTruthy();
    }
    expect(Object.keys(FLOW_SECTION_DEFAULTS.liveness)).toEqual(["attemptLimit", "minScore", "searchMinScore", "searchMode"]);
  });
});
