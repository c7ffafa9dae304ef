import { unknown } from "../../../src/plugin";
import { FLOW_SECTION_DEFAULTS } from "../../../src/model";
import { brandingBody, brandingState, defaultBrandingBody, v3Branding } from "../../../src/provider/normalize/branding";
import { changedSections, effectiveStatus, flowState, flowUpsertBody, statusBody } from "../../../src/provider/normalize/flow";
import { ProjectFlowResource } from "../../../src/provider/resources/project-flow";
import { flowSchema } from "../../../src/provider/schemas/flow";
import { configOf, plan } from "../harness";
import { snakeKeys } from "../../support/seed";
import { seedConfig } from "../../support/seed";

const SEED_FLOW = seedConfig().flow;

const flowApi = {
  _id: "f1",
  type: "onboarding",
  target: "personal",
  status: "draft",
  version: 3,
  redirectUrl: "https://example.com/success",
  signUpForm: { fullName: true, fullNameStyle: "separate", email: false, emailGateway: "none", phone: false, phoneGateway: "sms", countryCode: "", showTermsAndConditions: false, showPrivacyNotice: false, allowAdditionalFields: false, additionalFields: [] },
  documents: { attemptLimit: 3, criminalHistoryVerification: false, informationVerification: false, screening: false, verificationMethods: ["SCAN_PROMPT"], documentTypes: [{ country: "Canada", configurations: [{ active: true, documentCategory: "passport" }] }] },
  liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
  steps: { document: "mandatory", liveness: "skip" },
  integrations: { redirectUrl: "https://example.com/success", webhook: null, source: "NONE", strategy: "none", apiUrl: "", apiTestType: "email", apiTestValue: "" },
};
const project = { _id: "p1", name: "P", status: "draft", projectFlows: [flowApi] } as never;

describe("flow state from the API", () => {
  const s = flowState(project, flowApi as never);

  test("maps sections to snake_case and ignores response-only mirrors", () => {
    expect(s).toMatchObject({ id: "f1", project_id: "p1", status: "draft", type: "onboarding", target: "personal", version: 3 });
    expect(s).not.toHaveProperty("redirect_url");
    expect(s.liveness).toEqual({ attempt_limit: 3, min_score: 0.65, search_min_score: 0.8, search_mode: "FAST" });
  });

  test('document_templates the server omits read as their default [] (with or without a prior), and countryCode "" as null', () => {
    const dt = (s.documents as any).document_types[0].configurations[0];
    expect(dt.document_templates).toEqual([]);
    const withPrior = flowState(project, flowApi as never, { documents: { document_types: [{ configurations: [{ document_templates: [] }] }] } } as never);
    expect((withPrior.documents as any).document_types[0].configurations[0].document_templates).toEqual([]);
    expect((s.sign_up_form as any).country_code).toBeNull();
  });

  test.each([
    ["active", "active", "active"],
    ["paused", "active", "paused"],
    ["active", "paused", "paused"],
    ["draft", "paused", "draft"],
    [undefined, "active", "active"],
  ])("project %s and flow %s report %s", (p, f, want) => {
    expect(effectiveStatus(p, f)).toBe(want);
  });
});

describe("plans and bodies", () => {
  const attrs = flowSchema().attributes;
  const prior = flowState(project, flowApi as never);

  test("settings the config leaves out are planned at the model's defaults, on create as on update, whatever the API holds", async () => {
    const flow = new ProjectFlowResource();
    const cfg = configOf(attrs, { project_id: "p1", liveness: { min_score: 0.7 } });
    const held = { ...prior, documents: { ...(prior.documents as object), attempt_limit: 5 }, liveness: { ...(prior.liveness as object), attempt_limit: 5 } };
    for (const state of [held, undefined]) {
      const { plan: planned, diagnostics } = await plan(flow, cfg, state);
      expect(diagnostics.toArray()).toEqual([]);
      expect(planned.documents).toEqual(snakeKeys(FLOW_SECTION_DEFAULTS.documents));
      expect(planned.steps).toEqual({ document: "skip", liveness: "skip" });
      expect(planned.liveness).toEqual({ ...snakeKeys(FLOW_SECTION_DEFAULTS.liveness), min_score: 0.7 });
      expect(planned.integrations).toEqual({ ...snakeKeys(FLOW_SECTION_DEFAULTS.integrations), webhook: undefined, webhook_id: null });
    }
  });

  test("only changed sections are sent, with the target and type that select the flow", () => {
    const next = { ...prior, liveness: { ...(prior.liveness as object), search_mode: "ACCURATE" } };
    const sections = changedSections(next, prior);
    expect(sections).toEqual(["liveness"]);
    expect(flowUpsertBody(next, sections)).toEqual({
      projectFlow: { target: "personal", type: "onboarding", liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "ACCURATE" } },
      projectFlowType: "onboarding",
    });
  });

  test("the create body leaves unknown values out and keeps explicit nulls", async () => {
    const cfg = configOf(attrs, { ...SEED_FLOW, project_id: "p1" });
    const { plan: planned } = await plan(new ProjectFlowResource(), cfg);
    const body = flowUpsertBody({ ...planned, version: unknown }) as any;
    expect(body.projectFlow.integrations.webhook).toBeNull();
    expect(body.projectFlow.documents.documentTypes[0].configurations[0]).toEqual({ active: true, documentCategory: "government_id", documentTemplates: [] });
    expect(body.projectFlow).not.toHaveProperty("status");
  });

  test("the status call is the seed's activation call", () => {
    expect(statusBody("active", "personal", "onboarding")).toEqual({ status: "active", projectFlow: { status: "active", target: "personal", type: "onboarding" }, projectFlowType: "onboarding" });
  });
});

describe("branding", () => {
  test("legacy answers are renamed to v3 keys and legacy-only keys dropped", () => {
    expect(v3Branding({ bgColor: "#01236D", buttonTxtColor: "#FFFFFF", tabColor: "#01236D", rightImage: null })).toEqual({ backgroundColor: "#01236D", buttonTextColor: "#FFFFFF", image: null });
  });

  test('an imported "" image stays "" (the API value is the truth for attributes it fills itself)', () => {
    const imported = brandingState({ _id: "p1", branding: { backgroundColor: "#ffffff", image: "" } } as never, { image: null, project_id: "p1" } as never);
    expect(imported.image).toBe("");
  });

  test("state, update body and the defaults restored on destroy", () => {
    const s = brandingState({ _id: "p1", branding: { backgroundColor: "#ffffff", buttonColor: "#2563eb", image: "", logo: null, backgroundImage: null } } as never, { image: "", logo: null } as never);
    expect(s).toMatchObject({ id: "p1", project_id: "p1", background_color: "#ffffff", image: "", logo: null });
    expect(brandingBody({ ...s, button_color: "#000000" }, s)).toEqual({ branding: { buttonColor: "#000000" } });
    expect(brandingBody(s, s)).toBeNull();
    expect(defaultBrandingBody()).toEqual({
      branding: { backgroundColor: "#01236D", buttonColor: "#B2BDD3", buttonTextColor: "#FFFFFF", titleColor: "#000000", textColor: "#8091B6", imageBackgroundColor: "white", logo: null, image: null },
    });
  });
});
