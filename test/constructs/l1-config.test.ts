import { Token } from "cdktf";
import { brandingConfig, flowSectionsConfig, projectConfig } from "../../src/constructs/l1-config";
import type { KycProjectProps } from "../../src/constructs";
import { seedProps } from "../support/seed";

describe("props as the L1 bindings take them", () => {
  const props = (over: Partial<KycProjectProps>): KycProjectProps => ({ ...seedProps(), ...over });

  test("the project's settings go to Project, and nothing else", () => {
    const config = projectConfig(props({ defaultLanguage: "es", status: "active" }));
    expect(Object.keys(config)).toEqual(["name", "allowedCountries", "contactEmail", "privacyUrl", "termsAndConditionsUrl", "dataProtection", "target", "defaultLanguage"]);
    expect(config.defaultLanguage).toBe("es");
  });

  test("the flow's sections go to ProjectFlow; a setting the binding names otherwise is renamed (integrations.webhook → webhookId)", () => {
    const id = "0123456789abcdef01234567";
    const sections = flowSectionsConfig(props({ integrations: { redirectUrl: "https://example.com/done", webhook: id } }));
    expect(Object.keys(sections)).toEqual(["signUpForm", "steps", "documents", "liveness", "integrations"]);
    expect(sections.integrations).toEqual({ redirectUrl: "https://example.com/done", webhookId: id });
  });

  test("document categories are accepted unless active says not; tokens pass through untouched", () => {
    const country = Token.asString({ resolve: () => "Canada" });
    const sections = flowSectionsConfig(props({ documents: { documentTypes: [{ country, configurations: [{ documentCategory: "passport" }, { documentCategory: "license", active: false }] }] } }));
    expect(sections.documents).toMatchObject({ documentTypes: [{ country, configurations: [{ documentCategory: "passport", active: true }, { documentCategory: "license", active: false }] }] });
  });

  test("branding keeps its colours; none given is none", () => {
    expect(brandingConfig(props({ branding: { buttonColor: "#123456" } }))).toEqual({ buttonColor: "#123456" });
    expect(brandingConfig(props({ branding: undefined }))).toBeUndefined();
  });
});
