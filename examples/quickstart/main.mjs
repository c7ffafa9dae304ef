import { App, TerraformStack } from "cdktf";
import { KycProject, SmartenrollProvider } from "smartenroll-iac";
const app = new App();
const stack = new TerraformStack(app, "kyc");
new SmartenrollProvider(stack, "smartenroll");
new KycProject(stack, "onboarding", {
  name: "Customer Onboarding",
  allowedCountries: ["United States", "Canada"],
  contactEmail: "compliance@example.com",
  privacyUrl: "https://example.com/privacy",
  termsAndConditionsUrl: "https://example.com/terms",
  dataProtection: { name: "Jane Smith", email: "dpo@example.com", address: "1 Main St", city: "New York", country: "United States", postalCode: "10001" },
  steps: { document: "mandatory", liveness: "mandatory" },
  documents: {
    verificationMethods: ["scan", "upload"],
    documentTypes: [{ country: "United States", configurations: [{ documentCategory: "government_id" }] }],
  },
  liveness: { minScore: 0.65, searchMinScore: 0.8 },
  integrations: { redirectUrl: "https://example.com/done" },
  status: "active",
});
app.synth();
