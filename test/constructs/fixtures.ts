import type { KycProjectProps } from "../../src/constructs";

/** The seed's complete example (smart-enroll-self-hosted.mdx, "Complete Project Example") as KycProject props. */
export function seedProps(): KycProjectProps {
  return {
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
      additionalFields: [],
      showPrivacyNotice: true,
      showTermsAndConditions: true,
    },
    steps: { document: "mandatory", liveness: "mandatory" },
    documents: {
      attemptLimit: 3,
      verificationMethods: ["scan", "upload"],
      documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "government_id", documentTemplates: [] }] }],
      screening: false,
      informationVerification: false,
      criminalHistoryVerification: false,
    },
    liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
    integrations: {
      redirectUrl: "https://example.com/onboarding-complete",
      source: "NONE",
      strategy: "none",
      apiUrl: "",
      apiTestType: "email",
      apiTestValue: "",
    },
    branding: {
      backgroundColor: "#ffffff",
      buttonColor: "#2563eb",
      buttonTextColor: "#ffffff",
      titleColor: "#1e293b",
      textColor: "#475569",
      imageBackgroundColor: "#f1f5f9",
      logo: "https://example.com/logo.png",
      image: "",
    },
    status: "active",
  };
}
