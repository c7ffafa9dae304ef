/** Allowed values of the model's enums, exported for docs and for Terraform validators. */
export const PROJECT_STATUSES = ["draft", "active", "paused"] as const;
export const TARGETS = ["personal", "business"] as const;
export const FLOW_TYPES = ["onboarding", "login"] as const;
export const FULL_NAME_STYLES = ["together", "separate"] as const;
export const EMAIL_GATEWAYS = ["mailgun", "none"] as const;
export const PHONE_GATEWAYS = ["sms", "whatsapp", "both", "none"] as const;
export const STEP_REQUIREMENTS = ["mandatory", "optional", "skip"] as const;
export const VERIFICATION_METHODS = ["SCAN_ZERO", "SCAN_PROMPT", "SCAN_STUDIO", "scan", "upload"] as const;
export const DOCUMENT_CATEGORIES = ["government_id", "passport", "license", "bank_document", "tax_document", "business_document"] as const;
export const SEARCH_MODES = ["FAST", "ACCURATE"] as const;
export const INTEGRATION_SOURCES = ["API", "CSV", "NONE"] as const;
export const INTEGRATION_STRATEGIES = ["blacklist", "none"] as const;
export const API_TEST_TYPES = ["email", "phone"] as const;

/** Numeric ranges of the seed (the seed's searchMinScore floor 0.70 overrides §15 Q11's 0.65). */
export const RANGES = {
  attemptLimit: { min: 1, max: 5, int: true },
  minScore: { min: 0.52, max: 0.9 },
  searchMinScore: { min: 0.7, max: 0.95 },
  step: { min: 0, max: 6, int: true },
  nameMaxLength: 60,
} as const;
