// The stack `smartenroll drift --stack drift` watches: one active KycProject.
import { App, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { KycProject, SmartenrollProvider } from "smartenroll-iac";

/** One project whose live settings must match this file. */
export class DriftStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SmartenrollProvider(this, "smartenroll", { environment: process.env.SMARTENROLL_ENVIRONMENT });
    new KycProject(this, "Watched", {
      name: "Customer Onboarding - Watched",
      allowedCountries: ["United States", "Canada"],
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
      steps: { document: "mandatory", liveness: "mandatory" },
      documents: {
        verificationMethods: ["scan", "upload"],
        documentTypes: [{ country: "United States", configurations: [{ documentCategory: "government_id" }] }],
      },
      liveness: { minScore: 0.65, searchMinScore: 0.8 },
      integrations: { redirectUrl: "https://example.com/onboarding-complete" },
      status: "active",
    });
  }
}

const app = new App();
new DriftStack(app, "drift");
app.synth();
