// The seed's template-based deployment: regional projects from one template, each with its own overrides.
import { App, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { ProjectTemplate, SmartenrollProvider } from "smartenroll-iac";

/** Three regional projects sharing contact, legal, flow and branding settings. */
export class TemplatesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SmartenrollProvider(this, "smartenroll", { environment: process.env.SMARTENROLL_ENVIRONMENT });

    const regional = new ProjectTemplate(this, "Regional", {
      template: {
        contactEmail: "compliance@example.com",
        privacyUrl: "https://example.com/privacy",
        termsAndConditionsUrl: "https://example.com/terms",
        dataProtection: {
          name: "Jane Smith",
          email: "dpo@example.com",
          address: "123 Business Plaza",
          city: "New York",
          country: "United States",
          postalCode: "10001",
        },
        signUpForm: { fullNameStyle: "together", email: true, emailGateway: "mailgun", showPrivacyNotice: true, showTermsAndConditions: true },
        steps: { document: "mandatory", liveness: "mandatory" },
        documents: { verificationMethods: ["scan", "upload"] },
        liveness: { minScore: 0.65, searchMinScore: 0.8 },
        integrations: { redirectUrl: "https://example.com/onboarding-complete" },
        branding: { buttonColor: "#2563eb", logo: "https://example.com/logo.png" },
        status: "active",
      },
      projects: {
        NorthAmerica: {
          name: "Onboarding - North America",
          allowedCountries: ["United States", "Canada"],
          documents: { documentTypes: [{ country: "United States", configurations: [{ documentCategory: "government_id" }, { documentCategory: "license" }] }] },
        },
        Europe: {
          name: "Onboarding - Europe",
          allowedCountries: ["France", "Germany", "Spain"],
          defaultLanguage: "es",
          documents: { documentTypes: [{ country: "Spain", configurations: [{ documentCategory: "government_id" }, { documentCategory: "passport" }] }] },
          liveness: { searchMode: "ACCURATE" },
        },
        LatinAmerica: {
          name: "Onboarding - Latin America",
          allowedCountries: ["Mexico", "Colombia", "Brazil"],
          defaultLanguage: "es",
          documents: { documentTypes: [{ country: "Colombia", configurations: [{ documentCategory: "government_id" }] }] },
          // Prepared but not live yet.
          status: "draft",
        },
      },
    });

    for (const [region, project] of Object.entries(regional.projects)) {
      new TerraformOutput(this, `${region}_id`, { value: project.projectId });
    }
  }
}

const app = new App();
new TemplatesStack(app, "templates");
app.synth();
