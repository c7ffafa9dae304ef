import type * as E from "../model/enums";
import type { KycWebhookProp } from "./kyc-webhook";

type OneOf<T extends readonly string[]> = T[number];

/** Project target: who the project onboards. */
export type KycTarget = OneOf<typeof E.TARGETS>;
/** Project lifecycle status. */
export type KycStatus = OneOf<typeof E.PROJECT_STATUSES>;
/** Whether a wizard step is part of the flow. */
export type StepRequirement = OneOf<typeof E.STEP_REQUIREMENTS>;

/** Data protection (GDPR) contact of a project: wizard step 1. */
export interface DataProtection {
  /** Name of the Data Protection Officer or legal representative. */
  readonly name: string;
  /** Email of the Data Protection Officer: a valid email address. */
  readonly email: string;
  /** Postal address, first line. */
  readonly address: string;
  /**
   * Postal address, second line.
   * @default - none (the server stores "")
   */
  readonly address2?: string;
  /** City. */
  readonly city: string;
  /** Country of the address, e.g. `United States`. */
  readonly country: string;
  /** Postal code: 3 to 12 letters, digits, spaces or hyphens. */
  readonly postalCode: string;
}

/** Sign-up form: what the enrollee is asked for first (wizard step 2). */
export interface SignUpForm {
  /**
   * Collect the enrollee's full name.
   * @default true
   */
  readonly fullName?: boolean;
  /**
   * How the name is collected: `together` (one field) or `separate` (first + last).
   * @default "separate"
   */
  readonly fullNameStyle?: OneOf<typeof E.FULL_NAME_STYLES>;
  /**
   * Collect and verify an email address.
   * @default false
   */
  readonly email?: boolean;
  /**
   * Gateway for email OTPs: `mailgun` or `none`.
   * @default "none"
   */
  readonly emailGateway?: OneOf<typeof E.EMAIL_GATEWAYS>;
  /**
   * Collect and verify a phone number.
   * @default false
   */
  readonly phone?: boolean;
  /**
   * Gateway for phone OTPs: `sms`, `whatsapp`, `both` or `none`.
   * @default "sms"
   */
  readonly phoneGateway?: OneOf<typeof E.PHONE_GATEWAYS>;
  /**
   * Default phone country code, e.g. `US`.
   * @default - none
   */
  readonly countryCode?: string;
  /**
   * Allow custom extra fields in the form.
   * @default false
   */
  readonly allowAdditionalFields?: boolean;
  /**
   * Custom extra fields of the form. Replaced as a whole on update.
   * @default []
   */
  readonly additionalFields?: AdditionalField[];
  /**
   * Show the privacy-notice consent checkbox.
   * @default false
   */
  readonly showPrivacyNotice?: boolean;
  /**
   * Show the terms-and-conditions consent checkbox.
   * @default false
   */
  readonly showTermsAndConditions?: boolean;
}

/** A custom extra field of the sign-up form. */
export interface AdditionalField {
  /** Field name (key in the submitted data). */
  readonly name?: string;
  /** Label shown to the enrollee. */
  readonly label?: string;
  /** Input type, e.g. `text`. */
  readonly type?: string;
  /**
   * Whether the enrollee must fill it in.
   * @default false
   */
  readonly required?: boolean;
}

/** Which wizard steps the enrollee goes through. */
export interface Steps {
  /**
   * Document verification step: `mandatory`, `optional` or `skip`. Only this turns the step on; `documents` alone
   * does not.
   * @default "skip"
   */
  readonly document?: StepRequirement;
  /**
   * Liveness (selfie) step: `mandatory`, `optional` or `skip`. Only this turns the step on; `liveness` alone does not.
   * @default "skip"
   */
  readonly liveness?: StepRequirement;
}

/** One accepted document category for a country. */
export interface DocumentConfiguration {
  /**
   * Whether this document category is accepted.
   * @default true
   */
  readonly active?: boolean;
  /** Document category: `government_id`, `passport`, `license` (personal) or `bank_document`, `tax_document`, `business_document` (business). */
  readonly documentCategory: OneOf<typeof E.DOCUMENT_CATEGORIES>;
  /**
   * Prompt templates for this category.
   * @default []
   */
  readonly documentTemplates?: DocumentTemplate[];
}

/** A prompt template applied to a document category. */
export interface DocumentTemplate {
  /** Id of an approved prompt template. */
  readonly promptTemplate: string;
  /**
   * `mandatory` or `optional`.
   * @default - the template's own setting
   */
  readonly required?: string;
}

/** Accepted documents for one country. */
export interface DocumentType {
  /** Country name this row applies to, e.g. `United States`. */
  readonly country: string;
  /** Document categories for the country; at least one must be active unless the document step is skipped. */
  readonly configurations: DocumentConfiguration[];
}

/** Document verification settings (wizard step 3). */
export interface Documents {
  /**
   * Maximum document attempts, an integer from 1 to 5.
   * @default 3
   */
  readonly attemptLimit?: number;
  /**
   * How documents are captured, e.g. `scan` and `upload`. Must be non-empty unless `steps.document` is `skip`.
   * @default []
   */
  readonly verificationMethods?: OneOf<typeof E.VERIFICATION_METHODS>[];
  /**
   * Accepted documents per country. Must be non-empty unless `steps.document` is `skip`.
   * @default []
   */
  readonly documentTypes?: DocumentType[];
  /**
   * Run database / AML screening.
   * @default false
   */
  readonly screening?: boolean;
  /**
   * Check extracted data against government sources.
   * @default false
   */
  readonly informationVerification?: boolean;
  /**
   * Run a criminal history check.
   * @default false
   */
  readonly criminalHistoryVerification?: boolean;
}

/** Liveness detection settings (wizard step 4). */
export interface Liveness {
  /**
   * Maximum liveness attempts, an integer from 1 to 5.
   * @default 3
   */
  readonly attemptLimit?: number;
  /**
   * Minimum liveness score, from 0.52 to 0.90.
   * @default 0.65
   */
  readonly minScore?: number;
  /**
   * Minimum face-to-document comparison score, from 0.70 to 0.95.
   * @default 0.8
   */
  readonly searchMinScore?: number;
  /**
   * Speed versus accuracy: `FAST` or `ACCURATE`.
   * @default "FAST"
   */
  readonly searchMode?: OneOf<typeof E.SEARCH_MODES>;
}

/** Integrations: redirect, webhook and blacklist source (wizard step 5). */
export interface Integrations {
  /**
   * Where enrollees go after onboarding: an http(s) URL. Required to activate the project.
   * @default - none ("")
   */
  readonly redirectUrl?: string;
  /**
   * Id of an existing webhook receiving onboarding events (the seed's shape); or use KycProject's `webhook` prop.
   * @default - no webhook
   */
  readonly webhook?: string;
  /**
   * Blacklist source: `API`, `CSV` or `NONE`. `API` requires `apiUrl`, `apiTestType` and `apiTestValue`.
   * @default "NONE"
   */
  readonly source?: OneOf<typeof E.INTEGRATION_SOURCES>;
  /**
   * What to do with people found in the source: `blacklist` or `none`.
   * @default "none"
   */
  readonly strategy?: OneOf<typeof E.INTEGRATION_STRATEGIES>;
  /**
   * Endpoint SmartEnroll calls to look people up when `source` is `API`: an http(s) URL.
   * @default - none ("")
   */
  readonly apiUrl?: string;
  /**
   * Kind of the sample identifier: `email` or `phone`.
   * @default "email"
   */
  readonly apiTestType?: OneOf<typeof E.API_TEST_TYPES>;
  /**
   * A known sample email or phone used to test `apiUrl`. Required when `source` is `API`.
   * @default - none ("")
   */
  readonly apiTestValue?: string;
}

/** Branding of the onboarding pages (wizard step 6). Colours are hex `#rgb` or `#rrggbb`. */
export interface Branding {
  /**
   * Main background colour.
   * @default "#01236D"
   */
  readonly backgroundColor?: string;
  /**
   * Primary button colour.
   * @default "#B2BDD3"
   */
  readonly buttonColor?: string;
  /**
   * Button text colour.
   * @default "#FFFFFF"
   */
  readonly buttonTextColor?: string;
  /**
   * Headings colour.
   * @default "#000000"
   */
  readonly titleColor?: string;
  /**
   * Body text colour.
   * @default "#8091B6"
   */
  readonly textColor?: string;
  /**
   * Background colour of the image area: a hex colour or a CSS colour name such as `white`.
   * @default "white"
   */
  readonly imageBackgroundColor?: string;
  /**
   * Logo shown at the top of the onboarding pages: an http(s) URL.
   * @default - no logo
   */
  readonly logo?: string;
  /**
   * Side or decorative image: an http(s) URL, or "" for none.
   * @default - no image
   */
  readonly image?: string;
}

/** Everything about a KYC project: the seed's six wizard steps and the lifecycle status, in the seed's own shape. */
export interface KycProjectProps {
  /** Project name, 1 to 60 characters, unique among your projects. */
  readonly name: string;
  /** Countries where users can onboard: supported country names (e.g. `United States`) or `All`; at least one. */
  readonly allowedCountries: string[];
  /** Email for project-related communications: a valid email address. */
  readonly contactEmail: string;
  /** URL of your privacy policy: an http(s) URL. */
  readonly privacyUrl: string;
  /** URL of your terms and conditions: an http(s) URL. */
  readonly termsAndConditionsUrl: string;
  /** Data protection contact required by privacy regulations (GDPR). */
  readonly dataProtection: DataProtection;
  /**
   * Who the project onboards: `personal` (KYC) or `business` (KYB). Changing it replaces the project.
   * @default "personal"
   */
  readonly target?: KycTarget;
  /**
   * Language of the enrollee UI and OTP emails, e.g. `en` or `es`.
   * @default "en"
   */
  readonly defaultLanguage?: string;
  /**
   * Sign-up form settings (step 2). Settings left out are planned at their defaults.
   * @default - every setting at its default
   */
  readonly signUpForm?: SignUpForm;
  /**
   * Which of the document and liveness steps the enrollee goes through. A project that verifies people sets both to
   * "mandatory"; an active project with both "skip" verifies no one (synth warns, and `smartenroll review` flags it).
   * @default - both "skip"
   */
  readonly steps?: Steps;
  /**
   * Document verification settings (step 3), used when `steps.document` is on (settings given for a skipped step
   * are kept, with a synth warning).
   * @default - every setting at its default
   */
  readonly documents?: Documents;
  /**
   * Liveness detection settings (step 4), used when `steps.liveness` is on (settings given for a skipped step are
   * kept, with a synth warning).
   * @default - every setting at its default
   */
  readonly liveness?: Liveness;
  /**
   * Integrations: redirect URL, webhook and blacklist (step 5). `redirectUrl` is required to activate.
   * @default - every setting at its default
   */
  readonly integrations?: Integrations;
  /**
   * Branding of the onboarding pages (step 6). The construct always manages the branding: colours left out are
   * planned at their defaults, so a change made by hand shows in the next plan.
   * @default - the default branding
   */
  readonly branding?: Branding;
  /**
   * The webhook that receives the flow's onboarding events: `{ url, name?, notifyOn? }` creates one (before the
   * flow that references it, destroyed after it), a string is the id of an existing one. Do not also set
   * `integrations.webhook`.
   * @default - no webhook
   */
  readonly webhook?: KycWebhookProp;
  /**
   * Lifecycle status: `draft`, `active` or `paused`. Activation is applied after every other setting.
   * @default "draft"
   */
  readonly status?: KycStatus;
}
