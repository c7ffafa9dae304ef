import { AttributePath, Diagnostics, unknown } from "../../src/plugin";
import { ProjectBrandingResource } from "../../src/provider/resources/project-branding";
import { ProjectFlowResource } from "../../src/provider/resources/project-flow";
import { ProjectResource } from "../../src/provider/resources/project";
import { attributePath } from "../../src/provider/validation";
import { configOf, plan, validate } from "./harness";
import { seedConfig } from "../support/seed";

const { project: SEED_PROJECT, flow: SEED_FLOW, branding: SEED_BRANDING } = seedConfig();

const project = new ProjectResource();
const flow = new ProjectFlowResource();
const branding = new ProjectBrandingResource();
const pcfg = (over: Record<string, unknown>) => configOf(project.schema().attributes, { ...SEED_PROJECT, ...over });
const fcfg = (over: Record<string, unknown>) => configOf(flow.schema().attributes, { ...SEED_FLOW, project_id: "64a1b2c3d4e5f67890123456", ...over });
const paths = (d: Diagnostics) => d.errors().map((e) => e.path?.toString() ?? "");

describe("model issues become diagnostics on snake_case attribute paths", () => {
  test("converts issue paths", () => {
    expect(attributePath(["documents", "documentTypes", 0, "configurations"]).toString()).toBe("documents.document_types[0].configurations");
    expect(attributePath(["integrations", "webhook"], flow.schema().attributes).toString()).toBe("integrations.webhook_id");
  });

  test("the seed example is valid", async () => {
    expect((await validate(project, pcfg({}))).length).toBe(0);
    expect((await validate(flow, fcfg({}))).length).toBe(0);
    expect((await validate(branding, configOf(branding.schema().attributes, { ...SEED_BRANDING, project_id: "x" }))).length).toBe(0);
  });

  test.each([
    ["a bad contact email", { contact_email: "not-an-email" }, "contact_email"],
    ["a bad privacy URL", { privacy_url: "ftp//x" }, "privacy_url"],
    ["an unsupported country", { allowed_countries: ["Atlantis"] }, "allowed_countries[0]"],
    ["a name over 60 characters", { name: "x".repeat(61) }, "name"],
    ["a bad postal code", { data_protection: { ...SEED_PROJECT.data_protection, postal_code: "1" } }, "data_protection.postal_code"],
    ["an unknown target", { target: "robots" }, "target"],
  ])("fails for %s on the attribute", async (_, over, path) => {
    expect(paths(await validate(project, pcfg(over)))).toContain(path);
  });

  test.each([
    ["an attempt limit over 5", { liveness: { ...SEED_FLOW.liveness, attempt_limit: 9 } }, "liveness.attempt_limit"],
    ["a min score under 0.52", { liveness: { ...SEED_FLOW.liveness, min_score: 0.1 } }, "liveness.min_score"],
    ["an unknown search mode", { liveness: { ...SEED_FLOW.liveness, search_mode: "SLOW" } }, "liveness.search_mode"],
    ["no verification methods for a mandatory document step", { documents: { ...SEED_FLOW.documents, verification_methods: [] } }, "documents.verification_methods"],
    ["a country row without an active configuration", { documents: { ...SEED_FLOW.documents, document_types: [{ country: "Canada", configurations: [{ active: false, document_category: "passport" }] }] } }, "documents.document_types[0].configurations"],
    ["an API source without its URL", { integrations: { ...SEED_FLOW.integrations, source: "API", api_test_value: "a@b.co" } }, "integrations.api_url"],
    ["activation without a redirect URL", { integrations: { ...SEED_FLOW.integrations, redirect_url: "" } }, "integrations.redirect_url"],
  ])("fails for %s on the attribute", async (_, over, path) => {
    expect(paths(await validate(flow, fcfg(over)))).toContain(path);
  });

  test("values not known yet skip their checks", async () => {
    const d = await validate(project, pcfg({ contact_email: unknown, data_protection: unknown }));
    expect(d.length).toBe(0);
    const f = await validate(flow, fcfg({ liveness: { ...SEED_FLOW.liveness, min_score: unknown } }));
    expect(f.length).toBe(0);
  });

  test("unset settings are judged at their defaults: a mandatory document step without documents fails at validate, and activation without a redirect at plan", async () => {
    const cfg = configOf(flow.schema().attributes, { project_id: "64a1b2c3d4e5f67890123456", status: "active", steps: { document: "mandatory" } });
    expect(paths(await validate(flow, cfg)).sort()).toEqual(["documents.document_types", "documents.verification_methods", "integrations.redirect_url"]);
    const { diagnostics } = await plan(flow, cfg);
    expect(paths(diagnostics)).toEqual(expect.arrayContaining(["integrations.redirect_url", "documents.verification_methods", "documents.document_types"]));
    // The plan holds the API's default "" for the redirect URL the configuration leaves out: not a value the user wrote.
    expect(diagnostics.errors().find((e) => e.path?.toString() === "integrations.redirect_url")?.detail).toBe("integrations.redirect_url is required to activate, but it is empty");
  });

  test("a bad colour in branding is reported on the attribute", async () => {
    const d = await validate(branding, configOf(branding.schema().attributes, { ...SEED_BRANDING, project_id: "x", button_color: "blue-ish" }));
    expect(d.errors()[0].path).toEqual(AttributePath.root("button_color"));
  });
});

describe("diagnostics name the whole attribute path", () => {
  test("nested enum and required-null problems", async () => {
    const d = await validate(flow, fcfg({ steps: { document: "required", liveness: "mandatory" } }));
    expect(d.errors()[0].detail).toMatch(/^steps\.document must be one of/);
    const missing = await validate(flow, fcfg({ project_id: null }));
    expect(missing.errors().map((e) => e.path?.toString())).toEqual(["project_id"]);
    const country = await validate(flow, fcfg({ documents: { ...SEED_FLOW.documents, document_types: [{ country: "", configurations: [{ active: true, document_category: "passport" }] }] } }));
    expect(country.errors()[0].detail).toMatch(/^documents\.document_types\[0\]\.country must be/);
  });

  test("an ISO country code is refused with the country's name suggested", async () => {
    const d = await validate(project, pcfg({ allowed_countries: ["United States", "CAN"] }));
    expect(d.errors().map((e) => [e.path?.toString(), e.detail])).toEqual([
      ["allowed_countries[1]", 'allowed_countries[1] must be a supported country name (for example "United States") or "All", but "CAN" was provided; did you mean "Canada"?'],
    ]);
  });

  test("cross-field rules name both attributes in snake_case, with the attribute names the schema declares", async () => {
    const rows = [{ country: "Canada", configurations: [{ active: false, document_category: "passport" }] }];
    const d = await validate(flow, fcfg({ documents: { ...SEED_FLOW.documents, verification_methods: [], document_types: rows } }));
    expect(d.errors().map((e) => e.detail)).toEqual([
      'documents.verification_methods is required when steps.document is "mandatory": give at least one method, but an empty list was provided',
      'documents.document_types[0].configurations (Canada) needs at least one active configuration when steps.document is "mandatory", but none is active',
    ]);
    const api = await validate(flow, fcfg({ integrations: { ...SEED_FLOW.integrations, source: "API", api_url: "", api_test_value: "a@b.co" } }));
    expect(api.errors().map((e) => e.detail)).toEqual(['integrations.api_url is required when integrations.source is "API", but "" was provided']);
    const hook = await validate(flow, fcfg({ integrations: { ...SEED_FLOW.integrations, webhook_id: "hook-1" } }));
    expect(hook.errors().map((e) => e.detail)).toEqual(['integrations.webhook_id must be a 24-character hexadecimal id, but "hook-1" was provided']);
  });
});
