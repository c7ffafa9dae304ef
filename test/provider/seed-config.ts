/** The seed's complete example (smart-enroll-self-hosted.mdx) as resource configurations. */
export const SEED_PROJECT = {
  name: "Customer Onboarding - North America",
  allowed_countries: ["United States", "Canada"],
  contact_email: "compliance@example.com",
  privacy_url: "https://example.com/privacy",
  terms_and_conditions_url: "https://example.com/terms",
  target: "personal",
  data_protection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postal_code: "10001" },
};

export const SEED_FLOW = {
  target: "personal",
  type: "onboarding",
  status: "active",
  sign_up_form: {
    full_name: true,
    full_name_style: "together",
    email: true,
    email_gateway: "mailgun",
    phone: true,
    phone_gateway: "sms",
    allow_additional_fields: false,
    additional_fields: [],
    show_privacy_notice: true,
    show_terms_and_conditions: true,
  },
  steps: { document: "mandatory", liveness: "mandatory" },
  documents: {
    attempt_limit: 3,
    verification_methods: ["scan", "upload"],
    document_types: [{ country: "United States", configurations: [{ active: true, document_category: "government_id", document_templates: [] }] }],
    screening: false,
    information_verification: false,
    criminal_history_verification: false,
  },
  liveness: { attempt_limit: 3, min_score: 0.65, search_min_score: 0.8, search_mode: "FAST" },
  integrations: { redirect_url: "https://example.com/onboarding-complete", webhook_id: null, source: "NONE", strategy: "none", api_url: "", api_test_type: "email", api_test_value: "" },
};

export const SEED_BRANDING = {
  background_color: "#ffffff",
  button_color: "#2563eb",
  button_text_color: "#ffffff",
  title_color: "#1e293b",
  text_color: "#475569",
  image_background_color: "#f1f5f9",
  logo: "https://example.com/logo.png",
  image: "",
};
