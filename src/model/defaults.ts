/** Server defaults of a flow's sections (smartenroll-api.md §13), applied on create and when a key is cleared with null. */
export const FLOW_SECTION_DEFAULTS = {
  signUpForm: {
    fullName: true,
    fullNameStyle: "separate",
    email: false,
    emailGateway: "none",
    phone: false,
    phoneGateway: "sms",
    showTermsAndConditions: false,
    showPrivacyNotice: false,
    allowAdditionalFields: false,
    additionalFields: [] as unknown[],
  },
  documents: {
    attemptLimit: 3,
    criminalHistoryVerification: false,
    informationVerification: false,
    screening: false,
    verificationMethods: [] as string[],
    documentTypes: [] as unknown[],
  },
  liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
  steps: { document: "skip", liveness: "skip" },
  integrations: {
    redirectUrl: "",
    webhook: null as string | null,
    source: "NONE",
    strategy: "none",
    apiUrl: "",
    apiTestType: "email",
    apiTestValue: "",
  },
} as const;

/** Flow top-level defaults. */
export const FLOW_DEFAULTS = { target: "personal", type: "onboarding", status: "draft", version: 3 } as const;

/** Project defaults filled by the server on create (§13). */
export const PROJECT_DEFAULTS = {
  status: "draft",
  target: "personal",
  defaultLanguage: "en",
  identifier: null as string | null,
  currentStep: 0,
  lastStep: 0,
  demoMode: false,
  demoOTP: null as string | null,
  version: 2,
  dataProtectionAddress2: "",
} as const;

/** Names of the flow's configurable sections. */
export const FLOW_SECTIONS = ["signUpForm", "steps", "documents", "liveness", "integrations"] as const;
export type FlowSection = (typeof FLOW_SECTIONS)[number];
