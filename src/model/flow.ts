import { z } from "zod";
import { DEFAULT_FLOW_TYPE, DEFAULT_TARGET } from "./contract";
import * as E from "./enums";
import { between, httpUrlOrEmpty, nonEmpty, objectId } from "./primitives";

const { attemptLimit: AL, minScore: MS, searchMinScore: SMS } = E.RANGES;
const list = (items: readonly string[]) => items.map((v) => `\`${v}\``).join(", ");

/** Sign-up form (wizard step 2). Every key is optional; null restores the default. */
export const signUpFormInput = z
  .object({
    fullName: z.boolean().nullish().meta({ description: "Collect the enrollee's full name.", default: true }),
    fullNameStyle: z.enum(E.FULL_NAME_STYLES).nullish().meta({ description: `How the name is collected: ${list(E.FULL_NAME_STYLES)} (one field, or first + last).`, default: "separate" }),
    email: z.boolean().nullish().meta({ description: "Collect and verify an email address.", default: false, weaker: "disable" }),
    emailGateway: z.enum(E.EMAIL_GATEWAYS).nullish().meta({ description: `Gateway for email OTPs: ${list(E.EMAIL_GATEWAYS)}.`, default: "none" }),
    phone: z.boolean().nullish().meta({ description: "Collect and verify a phone number.", default: false, weaker: "disable" }),
    phoneGateway: z.enum(E.PHONE_GATEWAYS).nullish().meta({ description: `Gateway for phone OTPs: ${list(E.PHONE_GATEWAYS)}.`, default: "sms" }),
    countryCode: z.string().nullish().meta({ description: "Default phone country code, e.g. `US`. Optional; no default." }),
    showTermsAndConditions: z.boolean().nullish().meta({ description: "Show the terms-and-conditions consent checkbox.", default: false, weaker: "disable" }),
    showPrivacyNotice: z.boolean().nullish().meta({ description: "Show the privacy-notice consent checkbox.", default: false, weaker: "disable" }),
    allowAdditionalFields: z.boolean().nullish().meta({ description: "Allow custom extra fields in the form.", default: false }),
    additionalFields: z
      .array(
        z.union([
          z.string(),
          z.looseObject({
            name: z.string().optional().meta({ description: "Field name (key in the submitted data)." }),
            label: z.string().optional().meta({ description: "Label shown to the enrollee." }),
            type: z.string().optional().meta({ description: "Input type, e.g. `text`." }),
            required: z.boolean().optional().meta({ description: "Whether the enrollee must fill it in." }),
          }).meta({ description: "A custom extra field of the sign-up form." }),
        ]),
      )
      .nullish()
      .meta({ description: "Custom extra fields: names, or objects `{name, label, type, required}`. Replaced as a whole on update.", default: [] }),
  })
  .meta({ description: "Sign-up form settings: what the enrollee is asked for first (wizard step 2)." });

/** Which wizard steps the enrollee goes through. */
export const stepsInput = z
  .object({
    document: z.enum(E.STEP_REQUIREMENTS).nullish().meta({ description: `Document verification step: ${list(E.STEP_REQUIREMENTS)}.`, default: "skip", weaker: "disable" }),
    liveness: z.enum(E.STEP_REQUIREMENTS).nullish().meta({ description: `Liveness (selfie) step: ${list(E.STEP_REQUIREMENTS)}.`, default: "skip", weaker: "disable" }),
  })
  .meta({ description: "Step requirements of the flow." });

/** A prompt template of a document category: its id, or `{promptTemplate, required}`. */
export const documentTemplateInput = z.union([
  z.string(),
  z.looseObject({
    promptTemplate: z.string().meta({ description: "Id of an approved prompt template." }),
    required: z.string().optional().meta({ description: "`mandatory` or `optional`; when left out, the template's own setting applies." }),
  }).meta({ description: "A prompt template applied to a document category." }),
]);

/** One accepted document category for a country. */
export const documentConfigurationInput = z
  .object({
    active: z.boolean().meta({ description: "Whether this document category is accepted. Required.", weaker: "disable" }),
    documentCategory: z.enum(E.DOCUMENT_CATEGORIES).meta({ description: `Document category: ${list(E.DOCUMENT_CATEGORIES.slice(0, 3))} (personal) or ${list(E.DOCUMENT_CATEGORIES.slice(3))} (business). Required.` }),
    documentTemplates: z.array(documentTemplateInput).nullish().meta({ description: "Prompt templates for this category (ids or `{promptTemplate, required}` objects).", default: [] }),
  })
  .meta({ description: "An accepted document category." });

/** Accepted documents for one country. */
export const documentTypeInput = z
  .object({
    country: nonEmpty().meta({ description: "Country name this row applies to, e.g. `United States`. Required, non-empty." }),
    configurations: z.array(documentConfigurationInput).meta({ description: "Document categories for the country; at least one must be active unless the document step is skipped." }),
  })
  .meta({ description: "Accepted documents for one country." });

/** Document verification settings (wizard step 3). */
export const documentsInput = z
  .object({
    attemptLimit: between(AL.min, AL.max, { int: true }).nullish().meta({ description: `Maximum document attempts, an integer from ${AL.min} to ${AL.max}.`, default: 3, weaker: "increase" }),
    verificationMethods: z.array(z.enum(E.VERIFICATION_METHODS)).nullish().meta({
      description: `How documents are captured: any of ${list(E.VERIFICATION_METHODS)} (echoed as sent). Must be non-empty unless \`steps.document\` is \`skip\`.`,
      default: [],
      weaker: "remove",
    }),
    documentTypes: z.array(documentTypeInput).nullish().meta({
      description: "Accepted documents per country. Must be non-empty unless `steps.document` is `skip`. Replaced as a whole on update.",
      default: [],
      weaker: "add",
    }),
    screening: z.boolean().nullish().meta({ description: "Run database / AML screening.", default: false, weaker: "disable" }),
    informationVerification: z.boolean().nullish().meta({ description: "Check extracted data against government sources.", default: false, weaker: "disable" }),
    criminalHistoryVerification: z.boolean().nullish().meta({ description: "Run a criminal history check.", default: false, weaker: "disable" }),
  })
  .meta({ description: "Document verification settings (wizard step 3)." });

/** Liveness settings (wizard step 4). */
export const livenessInput = z
  .object({
    attemptLimit: between(AL.min, AL.max, { int: true }).nullish().meta({ description: `Maximum liveness attempts, an integer from ${AL.min} to ${AL.max}.`, default: 3, weaker: "increase" }),
    minScore: between(MS.min, MS.max).nullish().meta({ description: `Minimum liveness score, from ${MS.min} to ${MS.max}.`, default: 0.65, recommended: 0.65, weaker: "decrease" }),
    searchMinScore: between(SMS.min, SMS.max).nullish().meta({ description: `Minimum face-to-document comparison score, from ${SMS.min} to ${SMS.max}.`, default: 0.8, recommended: 0.8, weaker: "decrease" }),
    searchMode: z.enum(E.SEARCH_MODES).nullish().meta({ description: `Speed versus accuracy: ${list(E.SEARCH_MODES)}.`, default: "FAST" }),
  })
  .meta({ description: "Liveness detection settings (wizard step 4)." });

/** Integrations and blacklist settings (wizard step 5). */
export const integrationsInput = z
  .object({
    redirectUrl: httpUrlOrEmpty().nullish().meta({ description: "Where enrollees go after onboarding: an http(s) URL. Required to activate.", default: "" }),
    webhook: objectId().nullish().meta({ description: "Id of a webhook (`/v2/webhooks`) receiving onboarding events, or null.", default: null }),
    source: z.enum(E.INTEGRATION_SOURCES).nullish().meta({ description: `Blacklist source: ${list(E.INTEGRATION_SOURCES)}. \`API\` requires \`apiUrl\`, \`apiTestType\` and \`apiTestValue\`.`, default: "NONE" }),
    strategy: z.enum(E.INTEGRATION_STRATEGIES).nullish().meta({ description: `What to do with people found in the source: ${list(E.INTEGRATION_STRATEGIES)}.`, default: "none" }),
    apiUrl: httpUrlOrEmpty().nullish().meta({ description: "Endpoint Verifik calls to look people up when `source` is `API`.", default: "" }),
    apiTestType: z.enum(E.API_TEST_TYPES).nullish().meta({ description: `Kind of the sample identifier: ${list(E.API_TEST_TYPES)}.`, default: "email" }),
    apiTestValue: z.string().nullish().meta({ description: "A known sample email or phone used to test `apiUrl`. Required when `source` is `API`.", default: "" }),
  })
  .meta({ description: "Integrations: redirect, webhook and blacklist source (wizard step 5)." });

/**
 * The configurable sections of a flow, in the order the wizard applies them, shared by every write path. Each
 * section's name, defaults, stored shape, API view and Terraform attribute derive from this list.
 */
export const flowSectionsShape = {
  signUpForm: signUpFormInput.nullish(),
  steps: stepsInput.nullish(),
  documents: documentsInput.nullish(),
  liveness: livenessInput.nullish(),
  integrations: integrationsInput.nullish(),
};

/** The name of a flow section (`signUpForm`, `steps`, …). */
export type FlowSection = keyof typeof flowSectionsShape;

/** Names of the flow's configurable sections, in the model's order. */
export const FLOW_SECTIONS = Object.keys(flowSectionsShape) as FlowSection[];

/** A flow's fields besides its sections, settable on every write path. */
export const flowTopShape = {
  target: z.enum(E.TARGETS).nullish().meta({ description: `Who is onboarded: ${list(E.TARGETS)}.`, default: DEFAULT_TARGET }),
  type: z.enum(E.FLOW_TYPES).nullish().meta({ description: `Flow type: ${list(E.FLOW_TYPES)} (SmartEnroll uses \`onboarding\`).`, default: DEFAULT_FLOW_TYPE }),
  status: z.enum(E.PROJECT_STATUSES).nullish().meta({ description: `Flow status: ${list(E.PROJECT_STATUSES)}. Only active flows accept enrollees.`, default: "draft" }),
  version: z.number().nullish().meta({ description: "Flow schema version; v3 flows are `3`. Server-maintained.", default: 3 }),
  name: z.string().nullish().meta({ description: "Display name of the flow." }),
  description: z.string().nullish().meta({ description: "Free-text description of the flow." }),
  emailTemplates: z.record(z.string(), z.looseObject({})).nullish().meta({ description: "Per-language OTP email overrides keyed by language code, each `{subject, message, greeting}`." }),
  emailTemplateDesign: z.string().nullish().meta({ description: "Email template design, e.g. `standard` or `custom`." }),
};

/** Names of a flow's fields besides its sections, in the model's order. */
export const FLOW_TOP_FIELDS = Object.keys(flowTopShape) as (keyof typeof flowTopShape)[];

/** Flow fields settable on every write path (project-embedded `projectFlow`, F1, F4). */
export const flowCommonShape = { ...flowTopShape, ...flowSectionsShape };

/** A flow configuration as a partial object (F4 body, provider plan values). */
export const flowConfigInput = z.object(flowCommonShape).meta({ description: "Project flow configuration (wizard steps 2 to 5)." });
export type FlowConfigInput = z.infer<typeof flowConfigInput>;

/** A section as the server stores it: every key the model declares (defaults filled in), null where the default is null. */
export type FlowSectionValue<S extends FlowSection> = { [K in keyof NonNullable<FlowConfigInput[S]>]-?: Exclude<NonNullable<FlowConfigInput[S]>[K], undefined> };

/** Every section of a flow, as stored. */
export type FlowSections = { [S in FlowSection]: FlowSectionValue<S> };

/** `projectFlow` inside a project create body: `target` and `type` are required there. */
export const projectFlowCreateInput = z
  .object({
    ...flowCommonShape,
    target: z.enum(E.TARGETS).meta({ description: `Who is onboarded: ${list(E.TARGETS)}. Required.` }),
    type: z.enum(E.FLOW_TYPES).meta({ description: `Flow type: ${list(E.FLOW_TYPES)}. Required.` }),
  })
  .meta({ description: "The project's flow, created together with the project." });

/** F1 body (`POST /v3/project-flows`, `POST /v2/project-flows`). */
export const flowCreateInput = z
  .object({
    ...flowCommonShape,
    project: objectId().meta({ description: "Id of the parent project (24 hex characters). Required." }),
    type: z.enum(E.FLOW_TYPES).meta({ description: `Flow type: ${list(E.FLOW_TYPES)}. Required.` }),
    name: nonEmpty().meta({ description: "Display name of the flow. Required." }),
  })
  .meta({ description: "Body of a direct project-flow create." });
export type FlowCreateInput = z.infer<typeof flowCreateInput>;
