// Adopting a project made by hand: declare it as a KycProject and let the next deploy import it, then manage it.
//
//   ADOPT_PROJECT_ID=<project id> ADOPT_FLOW_ID=<flow id> cdktf deploy
//
// The first deploy imports the project, its flow and its branding into state and then applies the declared
// settings as an update. Once imported, the ids are no longer needed (the import blocks become no-ops).
import { App, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { KycProject, SmartenrollProvider } from "smartenroll-iac";

/** A hand-made project brought under management. */
export class ImportStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SmartenrollProvider(this, "smartenroll", { environment: process.env.SMARTENROLL_ENVIRONMENT });

    const adopted = new KycProject(this, "HandMade", {
      name: "Onboarding made by hand",
      allowedCountries: ["United States"],
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
      liveness: { minScore: 0.7 },
      integrations: { redirectUrl: "https://example.com/onboarding-complete" },
      branding: { buttonColor: "#2563eb" },
      status: "active",
    });

    const projectId = process.env.ADOPT_PROJECT_ID;
    const flowId = process.env.ADOPT_FLOW_ID;
    if (projectId && flowId) adopted.importFrom({ projectId, flowId });

    new TerraformOutput(this, "project_id", { value: adopted.projectId });
  }
}

const app = new App();
new ImportStack(app, "import");
app.synth();
