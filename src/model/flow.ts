import { z } from "zod";
import * as E from "./enums";
import { between, httpUrlOrEmpty, nonEmpty, objectId } from "./primitives";

const { attemptLimit: AL, minScore: MS, searchMinScore: SMS } = E.RANGES;
const list = (items: readonly string[]) => items.map((v) => `\`${v}\``).join(", ");

/** Sign-up form (wizard step 2). Every key is optional; null restores the default. */
export const signUpFormInput = z
  .object({
    fullName: z.boolean().nullish().describe("Collect the enrollee's full name. Default `true`."),
    fullNameStyle: z.enum(E.FULL_NAME_STYLES).nullish().describe(`How the name is collected: ${list(E.FULL_NAME_STYLES)} (one field, or first + last). Default \`separate\`.`),
    email: z.boolean().nullish().describe("Collect and verify an email address. Default `false`."),
    emailGateway: z.enum(E.EMAIL_GATEWAYS).nullish().describe(`Gateway for email OTPs: ${list(E.EMAIL_GATEWAYS)}. Default \`none\`.`),
    phone: z.boolean().nullish().describe("Collect and verify a phone number. Default `false`."),
    phoneGateway: z.enum(E.PHONE_GATEWAYS).nullish().describe(`Gateway for phone OTPs: ${list(E.PHONE_GATEWAYS)}. Default \`sms\`.`),
    countryCode: z.string().nullish().describe('Default phone country code, e.g. `US`. Optional; no default.'),
    showTermsAndConditions: z.boolean().nullish().describe("Show the terms-and-conditions consent checkbox. Default `false`."),
    showPrivacyNotice: z.boolean().nullish().describe("Show the privacy-notice consent checkbox. Default `false`."),
    allowAdditionalFields: z.boolean().nullish().describe("Allow custom extra fields in the form. Default `false`."),
    additionalFields: z
      .array(z.union([z.string(), z.looseObject({ name: z.string().optional(), label: z.string().optional(), type: z.string().optional(), required: z.boolean().optional() })]))
      .nullish()
      .describe("Custom extra fields: names, or objects `{name, label, type, required}`. Replaced as a whole on update. Default `[]`."),
  })
  .describe("Sign-up form settings: what the enrollee is asked for first.");

/** Which wizard steps the enrollee goes through. */
export const stepsInput = z
  .object({
    document: z.enum(E.STEP_REQUIREMENTS).nullish().describe(`Document verification step: ${list(E.STEP_REQUIREMENTS)}. Default \`skip\`.`),
    liveness: z.enum(E.STEP_REQUIREMENTS).nullish().describe(`Liveness (selfie) step: ${list(E.STEP_REQUIREMENTS)}. Default \`skip\`.`),
  })
  .describe("Step requirements of the flow.");

/** One accepted document category for a country. */
export const documentConfigurationInput = z
  .object({
    active: z.boolean().describe("Whether this document category is accepted. Required."),
    documentCategory: z.enum(E.DOCUMENT_CATEGORIES).describe(`Document category: ${list(E.DOCUMENT_CATEGORIES.slice(0, 3))} (personal) or ${list(E.DOCUMENT_CATEGORIES.slice(3))} (business). Required.`),
    documentTemplates: z.array(z.unknown()).nullish().describe("Prompt templates for this category (ids or `{promptTemplate, required}` objects). Default `[]`."),
  })
  .describe("An accepted document category.");

/** Accepted documents for one country. */
export const documentTypeInput = z
  .object({
    country: nonEmpty().describe("Country name this row applies to, e.g. `United States`. Required, non-empty."),
    configurations: z.array(documentConfigurationInput).describe("Document categories for the country; at least one must be active unless the document step is skipped."),
  })
  .describe("Accepted documents for one country.");

/** Document verification settings (wizard step 3). */
export const documentsInput = z
  .object({
    attemptLimit: between(AL.min, AL.max, { int: true }).nullish().describe(`Maximum document attempts, an integer from ${AL.min} to ${AL.max}. Default \`3\`.`),
    verificationMethods: z.array(z.enum(E.VERIFICATION_METHODS)).nullish().describe(`How documents are captured: any of ${list(E.VERIFICATION_METHODS)} (echoed as sent). Must be non-empty unless \`steps.document\` is \`skip\`. Default \`[]\`.`),
    documentTypes: z.array(documentTypeInput).nullish().describe("Accepted documents per country. Must be non-empty unless `steps.document` is `skip`. Replaced as a whole on update. Default `[]`."),
    screening: z.boolean().nullish().describe("Run database / AML screening. Default `false`."),
    informationVerification: z.boolean().nullish().describe("Check extracted data against government sources. Default `false`."),
    criminalHistoryVerification: z.boolean().nullish().describe("Run a criminal history check. Default `false`."),
  })
  .describe("Document verification settings.");

/** Liveness settings (wizard step 4). */
export const livenessInput = z
  .object({
    attemptLimit: between(AL.min, AL.max, { int: true }).nullish().describe(`Maximum liveness attempts, an integer from ${AL.min} to ${AL.max}. Default \`3\`.`),
    minScore: between(MS.min, MS.max).nullish().describe(`Minimum liveness score, from ${MS.min} to ${MS.max}. Default \`0.65\` (recommended).`),
    searchMinScore: between(SMS.min, SMS.max).nullish().describe(`Minimum face-to-document comparison score, from ${SMS.min} to ${SMS.max}. Default \`0.8\` (recommended).`),
    searchMode: z.enum(E.SEARCH_MODES).nullish().describe(`Speed versus accuracy: ${list(E.SEARCH_MODES)}. Default \`FAST\`.`),
  })
  .describe("Liveness detection settings.");

/** Integrations and blacklist settings (wizard step 5). */
export const integrationsInput = z
  .object({
    redirectUrl: httpUrlOrEmpty().nullish().describe('Where enrollees go after onboarding: an http(s) URL. Required to activate. Default `""`.'),
    webhook: z.string().nullish().describe("Id of a webhook (`/v2/webhooks`) receiving onboarding events, or null. Default null."),
    source: z.enum(E.INTEGRATION_SOURCES).nullish().describe(`Blacklist source: ${list(E.INTEGRATION_SOURCES)}. \`API\` requires \`apiUrl\`, \`apiTestType\` and \`apiTestValue\`. Default \`NONE\`.`),
    strategy: z.enum(E.INTEGRATION_STRATEGIES).nullish().describe(`What to do with people found in the source: ${list(E.INTEGRATION_STRATEGIES)}. Default \`none\`.`),
    apiUrl: httpUrlOrEmpty().nullish().describe('Endpoint Verifik calls to look people up when `source` is `API`. Default `""`.'),
    apiTestType: z.enum(E.API_TEST_TYPES).nullish().describe(`Kind of the sample identifier: ${list(E.API_TEST_TYPES)}. Default \`email\`.`),
    apiTestValue: z.string().nullish().describe('A known sample email or phone used to test `apiUrl`. Required when `source` is `API`. Default `""`.'),
  })
  .describe("Integrations: redirect, webhook and blacklist source.");

/** The configurable sections of a flow, shared by every write path. */
export const flowSectionsShape = {
  signUpForm: signUpFormInput.nullish(),
  steps: stepsInput.nullish(),
  documents: documentsInput.nullish(),
  liveness: livenessInput.nullish(),
  integrations: integrationsInput.nullish(),
};

/** Flow fields settable on every write path (project-embedded `projectFlow`, F1, F4). */
export const flowCommonShape = {
  target: z.enum(E.TARGETS).nullish().describe(`Who is onboarded: ${list(E.TARGETS)}. Default \`personal\`.`),
  type: z.enum(E.FLOW_TYPES).nullish().describe(`Flow type: ${list(E.FLOW_TYPES)} (SmartEnroll uses \`onboarding\`). Default \`onboarding\`.`),
  status: z.enum(E.PROJECT_STATUSES).nullish().describe(`Flow status: ${list(E.PROJECT_STATUSES)}. Only active flows accept enrollees. Default \`draft\`.`),
  version: z.number().nullish().describe("Flow schema version; v3 flows are `3`. Server-maintained."),
  name: z.string().nullish().describe("Display name of the flow."),
  description: z.string().nullish().describe("Free-text description of the flow."),
  emailTemplates: z.record(z.string(), z.looseObject({})).nullish().describe("Per-language OTP email overrides keyed by language code, each `{subject, message, greeting}`."),
  emailTemplateDesign: z.string().nullish().describe("Email template design, e.g. `standard` or `custom`."),
  ...flowSectionsShape,
};

/** A flow configuration as a partial object (F4 body, provider plan values). */
export const flowConfigInput = z.object(flowCommonShape).describe("Project flow configuration (wizard steps 2 to 5).");
export type FlowConfigInput = z.infer<typeof flowConfigInput>;

/** `projectFlow` inside a project create body: `target` and `type` are required there. */
export const projectFlowCreateInput = z
  .object({
    ...flowCommonShape,
    target: z.enum(E.TARGETS).describe(`Who is onboarded: ${list(E.TARGETS)}. Required.`),
    type: z.enum(E.FLOW_TYPES).describe(`Flow type: ${list(E.FLOW_TYPES)}. Required.`),
  })
  .describe("The project's flow, created together with the project.");

/** F1 body (`POST /v3/project-flows`, `POST /v2/project-flows`). */
export const flowCreateInput = z
  .object({
    ...flowCommonShape,
    project: objectId().describe("Id of the parent project (24 hex characters). Required."),
    type: z.enum(E.FLOW_TYPES).describe(`Flow type: ${list(E.FLOW_TYPES)}. Required.`),
    name: nonEmpty().describe("Display name of the flow. Required."),
  })
  .describe("Body of a direct project-flow create.");
export type FlowCreateInput = z.infer<typeof flowCreateInput>;
