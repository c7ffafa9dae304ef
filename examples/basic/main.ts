// The seed's complete example ("Complete Project Example") as one KycProject: all six steps, its webhook, then activation.
import { App, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { KycProject, SmartenrollProvider } from "smartenroll-iac";

/** One active KYC project for North America. */
export class BasicStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Token and URL come from SMARTENROLL_TOKEN / SMARTENROLL_BASE_URL at apply time, so they never enter cdktf.out.
    new SmartenrollProvider(this, "smartenroll", { environment: process.env.SMARTENROLL_ENVIRONMENT });

    const kyc = new KycProject(this, "NorthAmerica", {
      name: "Customer Onboarding - North America",
      allowedCountries: ["United States", "Canada"],
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
      steps: { document: "mandatory", liveness: "mandatory" },
      documents: {
        attemptLimit: 3,
        verificationMethods: ["scan", "upload"],
        documentTypes: [{ country: "United States", configurations: [{ documentCategory: "government_id" }] }],
      },
      liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
      integrations: { redirectUrl: "https://example.com/onboarding-complete" },
      // Created before the flow that references it, destroyed after it. Point it at your receiver to watch events
      // arrive from the local server's simulated enrollments (POST /_emulator/enrollments).
      webhook: { url: process.env.SMARTENROLL_WEBHOOK_URL ?? "https://example.com/webhooks/kyc", notifyOn: ["fail"] },
      branding: {
        backgroundColor: "#ffffff",
        buttonColor: "#2563eb",
        buttonTextColor: "#ffffff",
        titleColor: "#1e293b",
        textColor: "#475569",
        imageBackgroundColor: "#f1f5f9",
        logo: "https://example.com/logo.png",
      },
      status: "active",
    });

    new TerraformOutput(this, "project_id", { value: kyc.projectId });
    new TerraformOutput(this, "status", { value: kyc.status });
    new TerraformOutput(this, "webhook_id", { value: kyc.webhookId });
  }
}

const app = new App();
new BasicStack(app, "basic");
app.synth();
