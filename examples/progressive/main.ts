// The seed's progressive configuration with the L1 bindings: one resource per wizard stage, activation last.
import { App, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { Project } from "smartenroll-iac/lib/project";
import { ProjectBranding } from "smartenroll-iac/lib/project-branding";
import { ProjectFlow } from "smartenroll-iac/lib/project-flow";
import { SmartenrollProvider } from "smartenroll-iac";

/** Steps 1–6 as separate resources; the flow's `status` is the activation and runs after everything else. */
export class ProgressiveStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SmartenrollProvider(this, "smartenroll", { environment: process.env.SMARTENROLL_ENVIRONMENT });

    // Step 1: basic setup.
    const project = new Project(this, "project", {
      name: "Customer Onboarding - Progressive",
      allowedCountries: ["United States", "Canada", "Mexico"],
      contactEmail: "compliance@example.com",
      privacyUrl: "https://example.com/privacy",
      termsAndConditionsUrl: "https://example.com/terms",
      target: "personal",
      dataProtection: {
        name: "Jane Smith",
        email: "dpo@example.com",
        address: "123 Business Plaza",
        city: "New York",
        country: "United States",
        postalCode: "10001",
      },
    });

    // Step 6: branding (independent of the flow, so it can be applied in parallel with steps 2–5).
    const branding = new ProjectBranding(this, "branding", {
      projectId: project.id,
      backgroundColor: "#ffffff",
      buttonColor: "#2563eb",
      buttonTextColor: "#ffffff",
      titleColor: "#1e293b",
      textColor: "#475569",
      imageBackgroundColor: "#f1f5f9",
      logo: "https://example.com/logo.png",
    });

    // Steps 2–5 and step 7 (activation): the flow applies its configuration, then activates.
    const flow = new ProjectFlow(this, "flow", {
      projectId: project.id,
      target: "personal",
      type: "onboarding",
      // Step 2: sign-up form.
      signUpForm: {
        fullName: true,
        fullNameStyle: "together",
        email: true,
        emailGateway: "mailgun",
        phone: true,
        phoneGateway: "sms",
        allowAdditionalFields: false,
        showPrivacyNotice: true,
        showTermsAndConditions: true,
      },
      // Step 3: document verification.
      steps: { document: "mandatory", liveness: "mandatory" },
      documents: {
        attemptLimit: 3,
        verificationMethods: ["scan", "upload"],
        documentTypes: [
          {
            country: "United States",
            configurations: [
              { active: true, documentCategory: "government_id" },
              { active: true, documentCategory: "license" },
            ],
          },
          { country: "Canada", configurations: [{ active: true, documentCategory: "government_id" }] },
        ],
        screening: false,
        informationVerification: false,
        criminalHistoryVerification: false,
      },
      // Step 4: liveness.
      liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
      // Step 5: integrations.
      integrations: { redirectUrl: "https://example.com/onboarding-complete", source: "NONE", strategy: "none" },
      // Step 7: activation, after the branding.
      status: "active",
      dependsOn: [branding],
    });

    new TerraformOutput(this, "project_id", { value: project.id });
    new TerraformOutput(this, "flow_id", { value: flow.id });
  }
}

const app = new App();
new ProgressiveStack(app, "progressive");
app.synth();
