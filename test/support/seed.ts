/**
 * The seed guide (smart-enroll-self-hosted.mdx), written once in the API's camelCase: its complete example and its
 * progressive steps 1–6 plus activation. Every other form the tests need (API request bodies, KycProject props,
 * Terraform attribute values in snake_case) is converted from these values.
 */
import type { KycProjectProps } from "../../src/constructs";
import { snakeCase } from "../../src/provider/normalize/case";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const dataProtection = { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postalCode: "10001" };

/** Step 1 (basic setup): three countries. */
const step1Project = {
  name: "Customer Onboarding - North America",
  allowedCountries: ["United States", "Canada", "Mexico"],
  contactEmail: "compliance@example.com",
  privacyUrl: "https://example.com/privacy",
  termsAndConditionsUrl: "https://example.com/terms",
  dataProtection,
  target: "personal",
};

const signUpForm = {
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
};

const configuration = (documentCategory: string) => ({ active: true, documentCategory, documentTemplates: [] });
const checks = { screening: false, informationVerification: false, criminalHistoryVerification: false };

/** Step 3's documents: two countries. */
const step3Documents = {
  attemptLimit: 3,
  verificationMethods: ["scan", "upload"],
  documentTypes: [
    { country: "United States", configurations: [configuration("government_id"), configuration("license")] },
    { country: "Canada", configurations: [configuration("government_id")] },
  ],
  ...checks,
};

const liveness = { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" };

const integrations = {
  redirectUrl: "https://example.com/onboarding-complete",
  webhook: null,
  source: "NONE",
  strategy: "none",
  apiUrl: "",
  apiTestType: "email",
  apiTestValue: "",
};

const completeBranding = {
  backgroundColor: "#ffffff",
  buttonColor: "#2563eb",
  buttonTextColor: "#ffffff",
  titleColor: "#1e293b",
  textColor: "#475569",
  imageBackgroundColor: "#f1f5f9",
  logo: "https://example.com/logo.png",
  image: "",
};

/** The seed's values, in camelCase. */
export const SEED = {
  step1Project,
  /** The complete example's project: two countries. */
  completeProject: { ...step1Project, allowedCountries: ["United States", "Canada"] },
  signUpForm,
  step3Documents,
  /** The complete example's documents: one country. */
  completeDocuments: { ...step3Documents, documentTypes: [{ country: "United States", configurations: [configuration("government_id")] }] },
  liveness,
  /** Integrations with `webhook: null` (the complete example). */
  integrations,
  /** The webhook id step 5 of the guide sends: a placeholder that names no webhook. */
  step5WebhookId: "64b2c3d4e5f678901234567",
  completeBranding,
  /** Step 6's branding: with a background image. */
  step6Branding: { ...completeBranding, image: "https://example.com/background.jpg" },
  completeSteps: { document: "mandatory", liveness: "mandatory" },
} as const;

const clone = <T>(v: T): T => structuredClone(v) as T;
const flowSlot = { target: "personal", type: "onboarding" };
const flowStep = (fields: Obj) => ({ projectFlow: { ...flowSlot, ...fields }, projectFlowType: "onboarding" });

/** The guide's JSON request bodies, for creating data directly through the API (step 5 with `webhook: null`). */
export function seedBodies() {
  return clone({
    step1: SEED.step1Project,
    step2: flowStep({ signUpForm: SEED.signUpForm }),
    step3: flowStep({ steps: { document: "mandatory" }, documents: SEED.step3Documents }),
    step4: flowStep({ steps: { liveness: "mandatory" }, liveness: SEED.liveness }),
    step5: flowStep({ integrations: SEED.integrations }),
    step6: { branding: SEED.step6Branding },
    activate: { status: "active", projectFlow: { status: "active" } },
    complete: {
      ...SEED.completeProject,
      branding: SEED.completeBranding,
      projectFlow: {
        ...flowSlot,
        status: "draft",
        version: 3,
        signUpForm: SEED.signUpForm,
        steps: SEED.completeSteps,
        documents: SEED.completeDocuments,
        liveness: SEED.liveness,
        integrations: SEED.integrations,
      },
      projectFlowType: "onboarding",
    },
  } as const) as unknown as Record<"step1" | "step2" | "step3" | "step4" | "step5" | "step6" | "activate" | "complete", Record<string, any>>;
}

/** The complete example as KycProject props (active, no webhook). */
export function seedProps(): KycProjectProps {
  const { webhook: _none, ...withoutWebhook } = SEED.integrations;
  void _none;
  return clone({
    ...SEED.completeProject,
    signUpForm: SEED.signUpForm,
    steps: SEED.completeSteps,
    documents: SEED.completeDocuments,
    liveness: SEED.liveness,
    integrations: withoutWebhook,
    branding: SEED.completeBranding,
    status: "active",
  }) as unknown as KycProjectProps;
}

/** A camelCase value with every object key in Terraform's snake_case (`postalCode` → `postal_code`). */
export function snakeKeys<T>(value: T): any {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [snakeCase(k), snakeKeys(v)]));
  return value;
}

/** The complete example as Terraform attribute values of the three resources (the flow active). */
export function seedConfig() {
  return {
    project: snakeKeys(SEED.completeProject),
    flow: snakeKeys({
      ...flowSlot,
      status: "active",
      signUpForm: SEED.signUpForm,
      steps: SEED.completeSteps,
      documents: SEED.completeDocuments,
      liveness: SEED.liveness,
      integrations: (({ webhook, ...rest }) => ({ ...rest, webhookId: webhook }))(SEED.integrations),
    }),
    branding: snakeKeys(SEED.completeBranding),
  };
}
