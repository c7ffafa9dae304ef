import "cdktf/lib/testing/adapters/jest";
import { Project } from "../../lib/project";
import { ProjectFlow } from "../../lib/project-flow";
import { DataSmartenrollProject } from "../../lib/data-smartenroll-project";
import { ProjectBranding } from "../../lib/project-branding";
import { TerraformStack, Testing, Fn } from "cdktf";
import { KycProject, type KycProjectProps } from "../../src/constructs";
import { SmartenrollProvider } from "../../lib/provider";
import { seedProps } from "../support/seed";
import { synthErrors as errorsOf, synthJson, synthStack } from "../support/synth";

Testing.setupJest();

function stackWith(props: KycProjectProps): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new SmartenrollProvider(stack, "smartenroll");
  new KycProject(stack, "Kyc", props);
  return stack;
}

function synth(props: KycProjectProps): Record<string, any> {
  return synthJson(stackWith(props));
}

function synthErrors(props: KycProjectProps): string {
  return errorsOf(stackWith(props)).join("\n");
}

describe("KycProject", () => {
  test("the seed's complete example synthesizes project, branding and flow", () => {
    const out = Testing.synthScope((scope) => {
      new KycProject(scope, "Kyc", seedProps());
    });
    expect(out).toHaveResourceWithProperties(Project, {
      name: "Customer Onboarding - North America",
      allowed_countries: ["United States", "Canada"],
      data_protection: expect.objectContaining({ postal_code: "10001" }),
    });
    expect(out).toHaveResourceWithProperties(ProjectFlow, {
      status: "active",
      type: "onboarding",
      steps: { document: "mandatory", liveness: "mandatory" },
      liveness: { attempt_limit: 3, min_score: 0.65, search_min_score: 0.8, search_mode: "FAST" },
      integrations: expect.objectContaining({ redirect_url: "https://example.com/onboarding-complete" }),
    });
    expect(out).toHaveResourceWithProperties(ProjectBranding, { button_color: "#2563eb" });
  });

  test("the project is the child with id Resource, named after the construct, and the flow references it", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const kyc = new KycProject(stack, "Kyc", seedProps());
    expect(kyc.node.findChild("Resource")).toBe(kyc.project);
    const json = JSON.parse(Testing.synth(stack));
    const [projectKey] = Object.keys(json.resource.smartenroll_project);
    expect(projectKey).toMatch(/^Kyc_[0-9A-F]{8}$/);
    const flow = Object.values<any>(json.resource.smartenroll_project_flow)[0];
    expect(flow.project_id).toBe(`\${smartenroll_project.${projectKey}.id}`);
  });

  test("activation is last: the flow depends on the branding", () => {
    const json = synth(seedProps());
    const brandingKey = Object.keys(json.resource.smartenroll_project_branding)[0];
    const flow = Object.values<any>(json.resource.smartenroll_project_flow)[0];
    expect(flow.depends_on).toEqual([`smartenroll_project_branding.${brandingKey}`]);
  });

  test("the flow's dependency follows the branding's logical id when it is overridden after construction", () => {
    const stack = stackWith(seedProps());
    const kyc = stack.node.findChild("Kyc") as KycProject;
    kyc.branding!.overrideLogicalId("branding");
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values<any>(json.resource.smartenroll_project_flow)[0].depends_on).toEqual(["smartenroll_project_branding.branding"]);
  });

  test("no implicit changes: liveness settings do not switch the step on, they are kept and synth warns; status defaults to draft", () => {
    const { steps, documents, status, ...rest } = seedProps();
    const stack = stackWith({ ...rest, documents: undefined, liveness: { minScore: 0.7 } });
    const json = synthJson(stack);
    const flow = Object.values<any>(json.resource.smartenroll_project_flow)[0];
    expect(flow.steps).toBeUndefined();
    expect(flow.liveness).toEqual({ min_score: 0.7 });
    expect(flow.status).toBe("draft");
    const warnings = stack.node.findChild("Kyc").node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toEqual(['liveness settings (minScore 0.7) are kept, but steps.liveness is "skip": they take effect only when the step is on']);
  });

  test("props are judged as the provider plans them, sections left out at their defaults: a mandatory step needs its settings", () => {
    const { documents, ...rest } = seedProps();
    expect(synthErrors(rest)).toContain('[test/Kyc] documents.verificationMethods is required when steps.document is "mandatory": give at least one method, but an empty list was provided');
  });

  test("an active project that verifies no one synthesizes, with a warning saying so", () => {
    const { steps, documents, liveness, ...rest } = seedProps();
    const stack = stackWith(rest);
    expect(synthStack(stack).errors).toEqual([]);
    const warnings = stack.node.findChild("Kyc").node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toEqual(['status "active" with steps.document "skip" and steps.liveness "skip": the project verifies no one (enrollees finish without a document or a selfie)']);
  });

  test("without branding props the branding is still managed: a branding resource with only the project id (every colour at its default)", () => {
    const json = synth({ ...seedProps(), branding: undefined });
    expect(Object.values<any>(json.resource.smartenroll_project_branding).map(({ "//": _m, ...b }) => b)).toEqual([{ project_id: expect.stringMatching(/^\$\{smartenroll_project\.Kyc_[0-9A-F]{8}\.id\}$/) }]);
  });

  test("a document configuration is active unless it says otherwise", () => {
    const p = seedProps();
    const json = synth({ ...p, documents: { ...p.documents, documentTypes: [{ country: "Canada", configurations: [{ documentCategory: "passport" }] }] } });
    const flow = Object.values<any>(json.resource.smartenroll_project_flow)[0];
    expect(flow.documents.document_types[0].configurations[0]).toEqual(expect.objectContaining({ active: true, document_category: "passport" }));
  });

  test("a document configuration with active: undefined synthesizes with the default true", () => {
    const p = seedProps();
    const json = synth({ ...p, documents: { ...p.documents, documentTypes: [{ country: "Canada", configurations: [{ active: undefined, documentCategory: "passport" }] }] } });
    const flow = Object.values<any>(json.resource.smartenroll_project_flow)[0];
    expect(flow.documents.document_types[0].configurations[0]).toEqual(expect.objectContaining({ active: true, document_category: "passport" }));
  });

  test("fails on keys the props do not know, with the prop path and the likely intended key", () => {
    const p = seedProps();
    const message = synthErrors({
      ...p,
      liveness: { ...p.liveness, minScor: 0.7 },
      documents: { ...p.documents, documentTypes: [{ country: "Canada", configurations: [{ documentCategory: "passport", actve: true }] }] },
      contactMail: "x@example.com",
    } as unknown as KycProjectProps);
    expect(message).toContain("[test/Kyc] liveness.minScor is not a known prop; did you mean liveness.minScore? (known here: attemptLimit, minScore, searchMinScore, searchMode)");
    expect(message).toContain("[test/Kyc] documents.documentTypes[0].configurations[0].actve is not a known prop; did you mean documents.documentTypes[0].configurations[0].active?");
    expect(message).toContain("[test/Kyc] contactMail is not a known prop; did you mean contactEmail?");
  });

  test("fails with the prop path, the value and what is allowed", () => {
    const p = seedProps();
    const message = synthErrors({
      ...p,
      allowedCountries: ["United States", "Atlantis"],
      contactEmail: "not-an-email",
      documents: { ...p.documents, attemptLimit: 9 },
      liveness: { ...p.liveness, minScore: 0.3 },
      branding: { ...p.branding, buttonColor: "blue-ish" },
    });
    expect(message).toContain('[test/Kyc] allowedCountries[1] must be a supported country name (for example "United States") or "All", but "Atlantis" was provided');
    expect(message).toContain('[test/Kyc] contactEmail must be a valid email address, but "not-an-email" was provided');
    expect(message).toContain("[test/Kyc] documents.attemptLimit must be an integer between 1 and 5, but 9 was provided");
    expect(message).toContain("[test/Kyc] liveness.minScore must be between 0.52 and 0.9, but 0.3 was provided");
    expect(message).toContain('[test/Kyc] branding.buttonColor must be a hex colour like #1a2b3c or #abc, but "blue-ish" was provided');
  });

  test("fails to activate without a redirect URL, however the props leave it out", () => {
    const { integrations: _left, ...p } = seedProps();
    const notSet = "[test/Kyc] integrations.redirectUrl is required to activate, but it is not set";
    expect(errorsOf(stackWith(p))).toEqual([notSet]);
    expect(errorsOf(stackWith({ ...p, integrations: {} }))).toEqual([notSet]);
    expect(errorsOf(stackWith({ ...p, integrations: { redirectUrl: "" } }))).toEqual(["[test/Kyc] integrations.redirectUrl is required to activate, but it is empty"]);
    expect(errorsOf(stackWith({ ...p, liveness: { minScore: 0.3 } }))).toEqual([
      "[test/Kyc] liveness.minScore must be between 0.52 and 0.9, but 0.3 was provided",
      notSet,
    ]);
    expect(synthStack(stackWith({ ...p, status: "draft" })).errors).toEqual([]);
  });

  test("fails when the document step is mandatory but no document type is given", () => {
    const p = seedProps();
    const message = synthErrors({ ...p, documents: { ...p.documents, documentTypes: [] } });
    expect(message).toMatch(/documents\.documentTypes is required when steps\.document is "mandatory"/);
  });

  test("fails with an enum's allowed values", () => {
    const message = synthErrors({ ...seedProps(), liveness: { searchMode: "SLOW" as any } });
    expect(message).toContain('[test/Kyc] liveness.searchMode must be one of "FAST", "ACCURATE", but "SLOW" was provided');
  });

  test("values known only at apply time are not validated", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    new SmartenrollProvider(stack, "smartenroll");
    const other = new KycProject(stack, "Other", seedProps());
    new KycProject(stack, "Kyc", {
      ...seedProps(),
      name: `${other.projectId}-copy`,
      allowedCountries: Fn.tolist(["x"]) as unknown as string[],
      contactEmail: other.project.contactEmail,
    });
    expect(synthStack(stack).errors).toEqual([]);
  });

  test("warns, without failing, when liveness scores are below the recommended values", () => {
    const stack = stackWith({ ...seedProps(), liveness: { minScore: 0.55, searchMinScore: 0.75 } });
    const kyc = stack.node.findChild("Kyc");
    const warnings = kyc.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    expect(warnings).toEqual([
      "liveness.minScore 0.55 is below the recommended 0.65: it accepts low-quality cameras but may let more spoofing attempts through",
      "liveness.searchMinScore 0.75 is below the recommended 0.8: faces may be matched to documents of other people more often",
    ]);
    expect(synthStack(stack).errors).toEqual([]);
    const outOfRange = stackWith({ ...seedProps(), liveness: { minScore: 0.3 } });
    expect(outOfRange.node.findChild("Kyc").node.metadata.filter((m) => m.type === "@cdktf/warn")).toEqual([]);
    expect(synthStack(outOfRange).errors).toEqual(["[test/Kyc] liveness.minScore must be between 0.52 and 0.9, but 0.3 was provided"]);
  });

  test("fromProjectId references a project without managing it", () => {
    const out = Testing.synthScope((scope) => {
      const ref = KycProject.fromProjectId(scope, "Existing", "64a1b2c3d4e5f6789012345a");
      expect(ref.projectId).toBe("64a1b2c3d4e5f6789012345a");
      expect(KycProject.isKycProject(ref)).toBe(true);
    });
    expect(JSON.parse(out).resource).toBeUndefined();
  });

  test("fromProjectName looks the project up with the smartenroll_project data source", () => {
    let ref: { projectId: string } | undefined;
    const out = Testing.synthScope((scope) => {
      ref = KycProject.fromProjectName(scope, "Existing", "Onboarding - EU");
    });
    expect(out).toHaveDataSourceWithProperties(DataSmartenrollProject, { name: "Onboarding - EU" });
    expect(ref!.projectId).toMatch(/TOKEN/);
  });

  test("importFrom adopts an existing project through import blocks", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    new SmartenrollProvider(stack, "smartenroll");
    const kyc = new KycProject(stack, "Kyc", seedProps());
    kyc.importFrom({ projectId: "64a1b2c3d4e5f6789012345a", flowId: "64a1b2c3d4e5f6789012345b" });
    const json = JSON.parse(Testing.synth(stack));
    expect(json.import).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "64a1b2c3d4e5f6789012345a", to: expect.stringMatching(/^smartenroll_project\./) }),
        expect.objectContaining({ id: "64a1b2c3d4e5f6789012345a/64a1b2c3d4e5f6789012345b", to: expect.stringMatching(/^smartenroll_project_flow\./) }),
        expect.objectContaining({ id: "64a1b2c3d4e5f6789012345a", to: expect.stringMatching(/^smartenroll_project_branding\./) }),
      ]),
    );
  });
});
